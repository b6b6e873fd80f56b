import { describe, expect, it } from 'vitest';
import { dropSectionLabel, splitDescriptor } from './byline-descriptors.js';

describe('splitDescriptor', () => {
  it('splits a job title or an outlet printed after a name without a comma', () => {
    expect(splitDescriptor('Jane Doe Seattle Times business reporter')).toEqual({ name: 'Jane Doe', role: 'Seattle Times business reporter' });
    expect(splitDescriptor('Jane Doe Staff Writer')).toEqual({ name: 'Jane Doe', role: 'Staff Writer' });
    expect(splitDescriptor('Jane Doe Associated Press')).toEqual({ name: 'Jane Doe', organization: 'Associated Press' });
    expect(splitDescriptor('Jane Doe for Example Daily')).toEqual({ name: 'Jane Doe', organization: 'Example Daily' });
    expect(splitDescriptor('Jane Doe Washington Post')).toEqual({ name: 'Jane Doe', organization: 'Washington Post' });
    expect(splitDescriptor('Jane Doe is a reporter at Example Daily')).toEqual({ name: 'Jane Doe', role: 'reporter at Example Daily' });
    expect(splitDescriptor('Claire Dupont (AFP)')).toEqual({ name: 'Claire Dupont', organization: 'AFP' });
  });

  it('leaves whole names alone', () => {
    for (const name of ['Jane Doe', 'Mary Ann Smith', 'Emily Post', 'Yang Sun', 'Jan van der Berg', 'Sarah Jessica Parker', 'Anne-Marie Le Pen', 'Dublin Core property author']) {
      expect(splitDescriptor(name)).toBeNull();
    }
  });

  it('finds no name in a collective credit', () => {
    for (const credit of ['Our Foreign Staff', 'Al Jazeera Staff', 'Washington Post Staff', 'Times Staff Writer', 'Senior Staff Technologist', 'Herald Sun Staff']) {
      expect(splitDescriptor(credit)).toBeNull();
    }
  });
});

describe('dropSectionLabel', () => {
  it('drops section labels before a name', () => {
    expect(dropSectionLabel('Politics Jane Doe')).toBe('Jane Doe');
    expect(dropSectionLabel('US news Jane Doe')).toBe('Jane Doe');
    expect(dropSectionLabel('Opinion: Jane Doe')).toBe('Jane Doe');
    expect(dropSectionLabel('Politique Jean Martin')).toBe('Jean Martin');
  });

  it('keeps what is not a label before a name', () => {
    expect(dropSectionLabel('Jane Doe')).toBe('Jane Doe');
    expect(dropSectionLabel('Politics Editor')).toBe('Politics Editor');
    expect(dropSectionLabel('World Health Organization')).toBe('World Health Organization');
  });
});
