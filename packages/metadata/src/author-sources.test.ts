import { describe, expect, it } from 'vitest';
import { nameFromBio, nameFromProfileUrl, siteKeys, surnameFirst } from './author-sources.js';

describe('nameFromProfileUrl', () => {
  it('reads a name a profile address spells', () => {
    expect(nameFromProfileUrl('https://example.com/author/jane-doe/')).toBe('Jane Doe');
    expect(nameFromProfileUrl('https://example.com/autor/ana-da-silva')).toBe('Ana da Silva');
    expect(nameFromProfileUrl('https://example.com/profile/jane_doe-1234')).toBe('Jane Doe');
    expect(nameFromProfileUrl('https://example.com/auteurs/jean-martin?page=2')).toBe('Jean Martin');
  });

  it('reads nothing from ids, handles, roles, outlets and other paths', () => {
    for (const url of [
      'https://example.com/author/jdoe123',
      'https://example.com/author/jdoe',
      'https://example.com/author/staff-writer',
      'https://example.com/author/news-desk',
      'https://example.com/author/guest-post',
      'https://example.com/author/web-team',
      'https://example.com/auteur/2005-afp',
      'https://www.facebook.com/jane.doe',
      'https://example.com/2024/01/02/jane-doe-wins-award',
      'https://example.com/author/%E0%A4%A',
      'https://example.com/author/jane-doeexample-com/',
    ]) {
      expect(nameFromProfileUrl(url)).toBeNull();
    }
  });
});

describe('siteKeys', () => {
  it('keys the names a site goes by, but not a person-like site name', () => {
    expect([...siteKeys(['Example Cyber Media', '@examplenews', 'Jane Doe', null])]).toEqual(['examplecybermedia', 'examplenews']);
    expect([...siteKeys(['Example.co.id'])]).toEqual(['examplecoid', 'example']);
  });
});

describe('nameFromBio', () => {
  it('reads the full name a bio opens with', () => {
    expect(nameFromBio('Jane', 'Jane Doe is a reporter at Example News.')).toBe('Jane Doe');
    expect(nameFromBio('Jonas', 'Jonas Berger - Mechaniker und Tourenfahrer.')).toBe('Jonas Berger');
    expect(nameFromBio('Ana', 'Ana María Ruiz, periodista.')).toBe('Ana María Ruiz');
  });
  it('reads nothing else', () => {
    expect(nameFromBio('Jane', 'Jane writes about food.')).toBeNull();
    expect(nameFromBio('Jane', 'Janet Doe is a reporter.')).toBeNull();
    expect(nameFromBio('Jane', 'Jane Doe Media - our team.')).toBeNull();
  });
});

describe('surnameFirst', () => {
  it('turns a name written surname first around', () => {
    expect(surnameFirst('Keller, Hans')).toBe('Hans Keller');
    expect(surnameFirst('Lindqvist, Maria')).toBe('Maria Lindqvist');
    expect(surnameFirst('Porter, James R.')).toBe('James R. Porter');
    expect(surnameFirst('Ortega Ruiz, Pablo')).toBe('Pablo Ortega Ruiz');
  });

  it('leaves lists, single names and titles alone', () => {
    for (const value of ['Maria Lindqvist, James Porter', 'Anna, Hans', 'Porter, Senior Editor', 'Porter, Reuters', 'Keller', 'Hans Keller']) {
      expect(surnameFirst(value)).toBeNull();
    }
  });
});
