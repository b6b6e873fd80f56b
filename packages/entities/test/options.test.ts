import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

describe('options', () => {
  it('a newsroom lexicon wins over the tagger', () => {
    const result = tagEntities('Acme Quantum hired Zed Orbit, who joined Acme Quantum in May.', { lexicon: { 'Zed Orbit': 'person', 'Acme Quantum': 'organization' } });
    expect(result.mentions.map((mention) => [mention.text, mention.type])).toEqual([
      ['Acme Quantum', 'organization'],
      ['Zed Orbit', 'person'],
      ['Acme Quantum', 'organization'],
    ]);
    expect(result.entities.find((entity) => entity.name === 'Acme Quantum')?.mentions).toBe(2);
  });

  it('types limits what comes back', () => {
    const result = tagEntities('Dina Boluarte flew from Lima to Beijing with Huawei executives.', { types: ['person'] });
    expect(result.mentions.map((mention) => mention.text)).toEqual(['Dina Boluarte']);
  });

  it('full mode adds compromise readings but keeps our spans', () => {
    const text = 'Dina Boluarte flew from Lima to Beijing.';
    const fast = tagEntities(text);
    const full = tagEntities(text, { mode: 'full' });
    for (const mention of fast.mentions) expect(full.mentions).toContainEqual(mention);
  });
});
