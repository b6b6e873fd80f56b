import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

describe('organisations grouped across the article', () => {
  it('joins a short name in the headline to the full name given later', () => {
    const result = tagEntities('Lumora to build plant in Arizona\n\nLumora Semiconductor Inc said on Tuesday it would build a plant. Shares of Lumora rose.');
    const lumora = result.entities.filter((entity) => entity.type === 'organization');
    expect(lumora).toHaveLength(1);
    expect(lumora[0]).toMatchObject({ name: 'Lumora Semiconductor Inc', aliases: ['Lumora'], mentions: 3 });
  });

  it('lets the first company of two with one short name keep it', () => {
    const result = tagEntities('Ford Motor Co. said sales rose. Ford Motor Credit Co. lent more. Ford shares fell.');
    const ford = result.entities.find((entity) => entity.aliases.includes('Ford'));
    expect(ford?.name).toBe('Ford Motor Co.');
  });

  it("gives a body named after a place no short name (\"Northbridge\" is not the Residents' Association)", () => {
    const result = tagEntities("Northbridge, which supplies 1.4 million homes, said its services would continue. Rachel Kim of the Northbridge Residents' Association said it was a win.");
    const association = result.entities.find((entity) => entity.name === "Northbridge Residents' Association");
    expect(association?.aliases).toEqual([]);
  });

  it('gives a utility its own name as a short name ("Northbridge" of "Northbridge Water")', () => {
    const result = tagEntities('A judge blocked the sale of Northbridge Water to Ashgrove Capital. Northbridge, which supplies 1.4 million homes, said its services would continue.');
    const water = result.entities.find((entity) => entity.name === 'Northbridge Water');
    expect(water?.aliases).toEqual(['Northbridge']);
  });

  it('never cuts a kind noun off ordinary words after it ("Carrier Global")', () => {
    const result = tagEntities('Carrier Global said sales rose.');
    expect(result.mentions.map((mention) => mention.text)).not.toContain('Global');
  });
});
