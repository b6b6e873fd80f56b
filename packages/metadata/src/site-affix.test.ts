import { describe, expect, it } from 'vitest';
import { affixAround, agreeWithHeading, headlineByAgreement, sharedTitleAffix, siteNameKeys, stripSiteAffix } from './site-affix.js';

describe('site affix', () => {
  const keys = siteNameKeys(['Example News', '@exampledaily'], ['https://www.harbour-times.co.uk/2024/06/27/story']);

  it('keys a site by its declared names and its host', () => {
    expect([...keys]).toEqual(expect.arrayContaining(['examplenews', 'exampledaily', 'harbourtimes']));
  });

  it('drops a site name after the last separator or before the first', () => {
    expect(stripSiteAffix('Port opens after the storm | Example News', keys)).toBe('Port opens after the storm');
    expect(stripSiteAffix('Harbour Times » Port opens after the storm', keys)).toBe('Port opens after the storm');
    expect(stripSiteAffix('Port opens – www.harbour-times.co.uk', keys)).toBe('Port opens');
  });

  it('reads a bare bar beside Japanese, Chinese or Korean text as a separator', () => {
    expect(stripSiteAffix('Example News|港が新しく開いた', keys)).toBe('港が新しく開いた');
    expect(stripSiteAffix('港が新しく開いた|Example News', keys)).toBe('港が新しく開いた');
    expect(stripSiteAffix('Port|opens | Example News', keys)).toBe('Port|opens');
  });

  it('keeps a part that does not name the site, and a headline that merely mentions it', () => {
    expect(stripSiteAffix('Port opens - and ships arrive', keys)).toBe('Port opens - and ships arrive');
    expect(stripSiteAffix('How Example News covered the port - a look back', keys)).toBe('How Example News covered the port - a look back');
  });

  it('with domainsOnly, drops only a web address', () => {
    expect(stripSiteAffix('Port opens | Example News', keys, true)).toBe('Port opens | Example News');
    expect(stripSiteAffix('Port opens - http://www.example.org', keys, true)).toBe('Port opens');
  });

  it("takes the page's <h1> when it is one side of the title, in the page's typography", () => {
    expect(agreeWithHeading('Port opens after the storm | Harbour blog', ['Port opens after the storm'], keys)).toBe('Port opens after the storm');
    expect(agreeWithHeading('Storms: Port opens after three days', ['Port opens after three days'], keys)).toBe('Port opens after three days');
    expect(agreeWithHeading("Jane's port reopens", ['Jane’s port reopens'], keys)).toBe('Jane’s port reopens');
  });

  it('never takes a heading that names the site, or the shorter side of a separator', () => {
    expect(agreeWithHeading('Port opens after the storm | Example News', ['Example News'], keys)).toBe('Port opens after the storm | Example News');
    expect(agreeWithHeading('Port opens after the storm — harbour guide', ['harbour guide'], keys)).toBe('Port opens after the storm — harbour guide');
  });

  it("gives a declared title's <h1> when one side of a separator is the site's name or a kicker", () => {
    expect(headlineByAgreement('Port opens after the storm | Example News', ['Port opens after the storm'], keys)).toBe('Port opens after the storm');
    expect(headlineByAgreement('Pressemitteilung: Hafen öffnet wieder', ['Hafen öffnet wieder'], keys)).toBe('Hafen öffnet wieder');
    expect(headlineByAgreement('Harbour - Port opens after the storm', ['Port opens after the storm'], keys)).toBe('Port opens after the storm');
    expect(headlineByAgreement("The port's seven secrets", ['The port’s seven secrets'], keys)).toBe('The port’s seven secrets');
  });

  it('keeps a declared suffix that names no site, and answers null without an agreeing heading', () => {
    expect(headlineByAgreement('Why the port matters | Jane Doe', ['Why the port matters'], keys)).toBeNull();
    expect(headlineByAgreement('Seven secrets of the port', ['The seven secrets of the port'], keys)).toBeNull();
    expect(headlineByAgreement('Port opens | Example News', ['Example News'], keys)).toBeNull();
  });

  it('gives what a title adds to a heading it opens or closes with, at word boundaries only', () => {
    expect(affixAround('Port opens after the storm - photo gallery', 'Port opens after the storm')).toBe('photo gallery');
    expect(affixAround('Storms: Port opens after the storm', 'Port opens after the storm')).toBe('Storms');
    expect(affixAround('»Port opens« (Harbour Times)', '»Port opens«')).toBe('Harbour Times');
    expect(affixAround('Portland opens its harbour', 'Port')).toBeNull();
    expect(affixAround('Port opens', 'Port opens')).toBeNull();
    expect(affixAround('The harbour reopens today', 'Port opens')).toBeNull();
  });
});

describe('sharedTitleAffix', () => {
  it('finds the site part two titles of different stories end with', () => {
    expect(sharedTitleAffix(['一季度经济数据好于预期，消费回暖_示例新闻', '一季度经济数据好于预期_示例新闻'])).toBe('示例新闻');
    expect(sharedTitleAffix(['Port opens after years of work | Example Post', 'Port opens on the coast | Example Post'])).toBe('Example Post');
  });

  it('finds none in one title, in titles that agree, or where the story ends a path', () => {
    expect(sharedTitleAffix(['Port opens | Example Post', '', 'Port opens | Example Post'])).toBeNull();
    expect(sharedTitleAffix(['Example online - Notices - Port opens on the coast', 'Notices - Port opens on the coast'])).toBeNull();
  });
});

describe('stripSiteAffix on CJK titles', () => {
  it('cuts at a bare hyphen beside CJK text when the part names the site', () => {
    expect(stripSiteAffix('一季度经济数据好于预期-Example新闻', new Set(['example']))).toBe('一季度经济数据好于预期');
    expect(stripSiteAffix('一季度经济数据好于预期-Example新闻', new Set(['other']))).toBe('一季度经济数据好于预期-Example新闻');
  });
});
