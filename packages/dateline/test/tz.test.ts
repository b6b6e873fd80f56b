// Results must not change with the machine's time zone: the suite's fixtures run in child
// processes under zones far apart (and across the date line), and must print the same.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { probe } from './tz-probe.js';

const probeFile = fileURLToPath(new URL('./tz-probe.ts', import.meta.url));
const runUnder = (zone: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', probeFile], { env: { ...process.env, TZ: zone }, encoding: 'utf8', maxBuffer: 1 << 26 });

describe('time zones', () => {
  it('gives the same results under UTC+14, UTC-11 and São Paulo as in this process', () => {
    const here = probe();
    expect(runUnder('Pacific/Kiritimati')).toBe(here);
    expect(runUnder('Pacific/Pago_Pago')).toBe(here);
    expect(runUnder('America/Sao_Paulo')).toBe(here);
  }, 180_000);
});
