import { expect } from 'vitest';

/**
 * Runs `call` and returns the error it threw, failing the test when it threw anything but an
 * instance of `errorClass` or returned. The class is passed in because core's own tests use
 * `NewsparseError` from its source, the other packages the one from core's build.
 */
export function thrown(errorClass, call) {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(errorClass);
    return error;
  }
  throw new Error(`expected a ${errorClass.name}, but the call returned`);
}

/**
 * Milliseconds of CPU this process spent on `run` (garbage collection included): unlike the
 * wall clock it does not grow when other jobs take the cores, so a linear-time guard measures
 * the algorithm, not the machine's load.
 */
export function cpuMs(run) {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
