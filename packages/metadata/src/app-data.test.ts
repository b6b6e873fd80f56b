import { describe, expect, it } from 'vitest';
import { appDataPublished, titleKey } from './app-data.js';

describe('appDataPublished', () => {
  const titles = ['Ferry timetable changes', 'Ferry timetable changes | Example Harbour News'];

  it('reads the publication field of the record titled as the page', () => {
    const data = { props: { pageProps: { story: { title: 'Ferry timetable changes', publishedAt: '2021-03-12T09:15:00Z', updatedAt: '2021-04-01T10:00:00Z' } } } };
    expect(appDataPublished(data, titles)).toBe('2021-03-12T09:15:00Z');
  });

  it('ignores other stories in the data, whatever their dates', () => {
    const data = { props: { pageProps: { related: [{ title: 'Winter schedule for the island bus', publishedAt: '2021-01-02T08:00:00Z' }], story: { title: 'Ferry timetable changes' } } } };
    expect(appDataPublished(data, titles)).toBeNull();
  });

  it('gives nothing when two records of the page disagree on the day', () => {
    const data = [{ headline: 'Ferry timetable changes', datePublished: '2021-03-12' }, { title: 'Ferry timetable changes', publishDate: '2020-11-30' }];
    expect(appDataPublished(data, titles)).toBeNull();
  });

  it('reads a Unix time in milliseconds as its digits', () => {
    expect(appDataPublished({ post: { headline: 'Ferry timetable changes', firstPublishedAt: 1615540500000 } }, titles)).toBe('1615540500000');
  });

  it('needs a title of some length: a short one names a section as often as a story', () => {
    expect(appDataPublished({ post: { title: 'News', publishedAt: '2021-03-12' } }, ['News'])).toBeNull();
  });

  it('stays linear on deep or wide data', () => {
    let deep: unknown = { title: 'Ferry timetable changes', publishedAt: '2021-03-12' };
    for (let index = 0; index < 10_000; index++) deep = { child: deep };
    expect(() => appDataPublished(deep, titles)).not.toThrow();
    const wide = Array.from({ length: 200_000 }, (_, index) => ({ title: `Story ${index}`, publishedAt: '2021-01-01' }));
    expect(appDataPublished(wide, titles)).toBeNull();
  });
});

describe('titleKey', () => {
  it('compares titles by letters and digits only', () => {
    expect(titleKey('Ferry “timetable” changes!')).toBe(titleKey('ferry timetable changes'));
  });
});
