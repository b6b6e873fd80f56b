import { describe, expect, it } from 'vitest';
import { parseByline, readMetadata } from '../src/index.js';

// Credits and pages that must yield no person.
describe('no person', () => {
  const credits = [
    'Follow Author',
    'Staff and agencies',
    'BBC News',
    'By Associated Press',
    'By Category Archive',
    'By Region Name',
    'By Topic Index',
    'Reuters',
    'Our Foreign Staff',
    'Name *',
    'About the author',
    'mcupdate',
    'By Editorial Board',
    'Posted in Uncategorized',
    'https://www.example.com/profile/jane-doe',
    '@janedoe',
    'Updated March 3, 2024 at 10:00 am',
    '',
    'Al Jazeera Staff',
    'Washington Post Staff',
    'By Times Staff Writer',
    'By Staff Reporter',
    'By Our Correspondent',
    'Sports Desk',
    'Politics',
    'By Politics Editor',
    'Express News Service',
    'Press Trust of India',
    'Staff Writer',
    'Jane Doe contributed to this report',
    'News and agencies',
    'Hindustan Times',
    'CNN Business',
    'Read More',
    'Weitere Artikel',
    'Mehr von Lena',
    'More from Hannah Ward',
  ];
  for (const credit of credits) {
    it(JSON.stringify(credit), () => {
      expect(parseByline(credit).authors).toEqual([]);
    });
  }

  it('a JSON-LD author of type Organization', () => {
    const page = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Example Daily"}}</script>';
    expect(readMetadata(page).authors).toEqual([]);
  });

  it('a meta author naming the outlet', () => {
    expect(readMetadata('<meta name="author" content="Example News"><meta property="og:site_name" content="Example News">').authors).toEqual([]);
  });

  it('bylines of related stories in an aside', () => {
    const page = '<body><h1>Headline</h1><p>Body text.</p><aside class="related"><div class="byline">By Someone Else</div></aside><div class="comments"><span class="author">Commenter Name</span></div></body>';
    expect(readMetadata(page).authors).toEqual([]);
  });

  it('a meta author that is the site itself or a link', () => {
    expect(readMetadata('<meta name="author" content="Example Cyber Media"><meta property="og:site_name" content="Example Cyber">').authors).toEqual([]);
    expect(readMetadata('<meta name="author" content="La Nación"><meta name="twitter:site" content="@lanacion">').authors).toEqual([]);
    expect(readMetadata('<meta name="author" content="https://www.facebook.com/exampledaily">').authors).toEqual([]);
    const personNode = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Examplia"}}</script>';
    expect(readMetadata(`${personNode}<meta property="og:site_name" content="Examplia.com">`).authors).toEqual([]);
    expect(readMetadata('<meta property="article:author" content="https://www.facebook.com/exampledaily">').authors).toEqual([]);
  });

  it('a profile address that spells no name', () => {
    for (const href of ['https://example.com/author/jdoe123', 'https://example.com/author/staff-writer', 'https://example.com/author/news-desk', 'https://example.com/auteur/2005-afp', 'https://example.com/author/admin']) {
      expect(readMetadata(`<meta property="article:author" content="${href}">`).authors).toEqual([]);
    }
  });

  it('navigation, a kind of piece or a place alone in an author element', () => {
    for (const label of ['Home', 'Startseite', 'Kontakt', 'Gastbeitrag', 'Pressemitteilung', 'Leserbrief', 'London', 'Germany', 'Deutschland', 'España', 'Polska']) {
      expect(readMetadata(`<body><h1>H</h1><span class="author">${label}</span><p>Body text of the story, long enough to read.</p></body>`).authors).toEqual([]);
    }
  });

  it('a caption credit is not a byline', () => {
    expect(readMetadata('<body><h1>H</h1><figure><figcaption>Portrait by Anna Painter</figcaption></figure></body>').authors).toEqual([]);
  });

  it('a name closing a paragraph that prose follows, in a caption, or signing each item of a list', () => {
    const prose = '<p>The council met on Monday evening and agreed to keep the library open on Sundays through the winter, after a petition gathered more signatures than expected.</p>';
    expect(readMetadata(`<body><h1>H</h1>${prose}<p>As the old rhyme has it, the early bird catches the worm. (Tobias Reinholt)</p>${prose}</body>`).authors).toEqual([]);
    expect(readMetadata(`<body><h1>H</h1>${prose}<figure><figcaption>The reading room on a quiet morning. (Paula Gruber)</figcaption></figure></body>`).authors).toEqual([]);
    expect(readMetadata('<body><h1>Riddles from readers</h1><p>What has keys but opens no doors? A piano, of course.</p><p>– Lena Korth</p><p>What runs but never walks? A river, every time.</p><p>– Emil Sandvik</p></body>').authors).toEqual([]);
  });

  it('no date from text that only looks like one', () => {
    const result = readMetadata('<html><body><p>Call 555-1234 or visit room 12/40.</p></body></html>');
    expect(result.published).toBeNull();
  });
});
