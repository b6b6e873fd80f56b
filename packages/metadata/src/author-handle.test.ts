import { describe, expect, it } from 'vitest';
import { readHandle } from './author-handle.js';

describe('readHandle', () => {
  it('reads a one-word posting account after a cue in several languages', () => {
    expect(readHandle('von wanderfalke')).toBe('wanderfalke');
    expect(readHandle('Posted by Kiki_88')).toBe('Kiki_88');
    expect(readHandle('Autor: nachtschwalbe')).toBe('nachtschwalbe');
    expect(readHandle('Eingestellt von Lotte')).toBe('Lotte');
  });

  it('drops the stamp a forum post puts after the account', () => {
    expect(readHandle('von wanderfalke am 26/10/13, 03:48 pm')).toBe('wanderfalke');
    expect(readHandle('by kiki_88 on 2024-01-02')).toBe('kiki_88');
  });

  it('refuses admin accounts, cue words alone, roles, organisations and more than one word', () => {
    expect(readHandle('von wordpressadmin')).toBeNull();
    expect(readHandle('Von')).toBeNull();
    expect(readHandle('Redaktion')).toBeNull();
    expect(readHandle('Reuters')).toBeNull();
    expect(readHandle('Jane Doe')).toBeNull();
    expect(readHandle('2024')).toBeNull();
    expect(readHandle('Veröffentlicht am 19.10.19')).toBeNull();
  });

  it('refuses the accounts CMSs and forums post under in other languages', () => {
    expect(readHandle('door beheerder')).toBeNull();
    expect(readHandle('by moderator')).toBeNull();
    expect(readHandle('di Amministratore')).toBeNull();
    expect(readHandle('Posted by support')).toBeNull();
    expect(readHandle('by superuser')).toBeNull();
  });
});
