import { describe, expect, it } from 'vitest';
import { readHandle } from './author-handle.js';

describe('readHandle', () => {
  it('reads a one-word posting account after a cue in several languages', () => {
    expect(readHandle('von wanderfalke')).toBe('wanderfalke');
    expect(readHandle('Posted by Kiki_88')).toBe('Kiki_88');
    expect(readHandle('Autor: nachtschwalbe')).toBe('nachtschwalbe');
    expect(readHandle('Eingestellt von Lotte')).toBe('Lotte');
  });

  it('refuses admin accounts, cue words alone, roles, organisations and more than one word', () => {
    expect(readHandle('von wordpressadmin')).toBeNull();
    expect(readHandle('Von')).toBeNull();
    expect(readHandle('Redaktion')).toBeNull();
    expect(readHandle('Reuters')).toBeNull();
    expect(readHandle('Jane Doe')).toBeNull();
    expect(readHandle('2024')).toBeNull();
  });
});
