import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTextMetadata } from '../src/index.js';

interface FurnitureCase {
  input: string;
  furniture: string[];
  note: string;
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/text-furniture.json', import.meta.url), 'utf8')) as FurnitureCase[];

describe('readTextMetadata furniture fixtures (one per class and language)', () => {
  for (const item of cases) {
    it(item.note, () => {
      const { furniture } = readTextMetadata(item.input);
      expect(furniture.map((span) => span.text)).toEqual(item.furniture);
      for (const span of furniture) expect(item.input.slice(span.start, span.end)).toBe(span.text);
    });
  }
});

describe('readTextMetadata furniture', () => {
  it('leaves the header fields as they were', () => {
    const text = 'Harbour reopens\n\nBy Jane Doe\n\nAdvertisement\n\nThe harbour reopened on Thursday.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Harbour reopens');
    expect(result.authors.map((author) => author.name)).toEqual(['Jane Doe']);
    expect(result.furniture).toEqual([{ text: 'Advertisement', start: 30, end: 43 }]);
  });

  it('reads only the body: a header caption is an image, not furniture', () => {
    const text = 'Harbour reopens\nPhoto: The pier at dawn (Jane Doe/Reuters)\n\nThe harbour reopened on Thursday.';
    const result = readTextMetadata(text);
    expect(result.images).toHaveLength(1);
    expect(result.furniture).toEqual([]);
  });

  it('reads a 24-hour clock after a bare date in the header as the stamp\'s time', () => {
    const read = (line: string): string | null => readTextMetadata(`Harbour reopens\n${line}\n\nThe harbour reopened.`).published;
    expect(read('5 June 2024 • 14:00')).toBe('2024-06-05T14:00');
    expect(read('04.06.2024 | 9.30 Uhr')).toBe('2024-06-04T09:30');
    // A one-digit hour alone may be the afternoon's: no stamp rather than a wrong time.
    expect(read('June 4, 2024 | 3:15')).toBeNull();
  });

  it('skips a glued section label, a copied story\'s source site, a share bar and the outlet\'s name around the header', () => {
    const glued = readTextMetadata('Latest NewsCoast\n\nHarbour reopens after the storm\n\nThe harbour reopened on Monday after a week.');
    expect(glued.title).toBe('Harbour reopens after the storm');
    const copied = readTextMetadata('Saturday, 07 February 2009\nFrom HarbourBusiness.com\nThe harbour reopened on Monday after a week of repairs.');
    expect(copied.title).toBeNull();
    const transcript = readTextMetadata('Harbour board revolts over cuts\n\nPrint Email\n\nNorthern Broadcasting Corporation\n\nBroadcast: 14/05/2014\n\nReporter: Dana Kell\n\nThe board condemned the cuts.');
    expect(transcript).toMatchObject({ title: 'Harbour board revolts over cuts', subtitle: null, published: '2014-05-14' });
    expect(transcript.authors.map((author) => author.name)).toEqual(['Dana Kell']);
    const masthead = readTextMetadata('Harbour Gleaner\n\nWe are watching you!\n\nCouncil says the vandals are known\n\nThe council said on Monday that it knew who the vandals were.');
    expect(masthead).toMatchObject({ title: 'We are watching you!', subtitle: 'Council says the vandals are known' });
  });

  it('reads the byline and the labelled stamp a copied page prints right after its lead paragraph', () => {
    const text = 'Harbour becomes a ghost town\n\nPORTSIDE — Never before has a visit closed so many roads, bringing the harbour to a standstill.\n\nBy Dana Kell (City Editor) And Omar Haddad (Staff Reporter)\n\nPublished: Tue 15 Jan 2008, 9:30 AM\n\nBy Tuesday the roads had reopened.';
    const result = readTextMetadata(text);
    expect(result.authors.map((author) => author.name)).toEqual(['Dana Kell', 'Omar Haddad']);
    expect(result.published).toBe('2008-01-15T09:30');
    expect(result.furniture.map((span) => span.text)).toEqual(['By Dana Kell (City Editor) And Omar Haddad (Staff Reporter)', 'Published: Tue 15 Jan 2008, 9:30 AM']);
  });

  it('takes a short line ending in a period over the dateline as the headline, a long lead sentence not', () => {
    const text = 'Harbour plan wins council vote.\n\nPORTLAND, Maine (AP) — The council backed the plan on Monday.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Harbour plan wins council vote.');
    expect(text.slice(result.bodyStart)).toMatch(/^PORTLAND/);
    const kicked = readTextMetadata('Harbour plan wins council vote.\n\nA narrow margin after a long night.\n\nPORTLAND, Maine - The council backed the plan on Monday.');
    expect(kicked.title).toBe('Harbour plan wins council vote.');
    const lead = 'Thousands of residents of the harbour town were told to leave their homes on Monday as the storm grew.\n\nPORTLAND, Maine (AP) — More may follow.';
    expect(readTextMetadata(lead).title).toBeNull();
  });

  it('reads a line of names alone under the headline as the byline when the stamp or the dateline follows', () => {
    const stamped = readTextMetadata('Harbour reopens after storm\n\nThe pier was shut for a week\n\nJane Doe\nFriday 04 October 2024 09:15 BST\n\nThe harbour reopened on Thursday.');
    expect(stamped.authors.map((author) => author.name)).toEqual(['Jane Doe']);
    expect(stamped.published).toBe('2024-10-04T09:15');
    const capitals = readTextMetadata('Council backs harbour plan\n\nJANE DOE & JOHN ROE\n\nLONDON: The council backed the plan on Monday.');
    expect(capitals.authors.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(capitals.subtitle).toBeNull();
    // A dek followed by the story's first sentence stays a dek.
    const dek = readTextMetadata('Council backs harbour plan\n\nMayor Ann Lee\n\nThe council backed the plan on Monday.');
    expect(dek.authors).toEqual([]);
  });

  it('skips a stamp label printed alone ("Published" / "on"): no dek, no headline', () => {
    const text = 'Keeper saves three penalties\n\nPublished\n\non\n\nThe keeper saved three penalties on Sunday, the club said.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Keeper saves three penalties');
    expect(result.subtitle).toBeNull();
    expect(text.slice(result.bodyStart)).toMatch(/^The keeper/);
  });

  it('takes a wire page\'s "FILE PHOTO: …" caption in the body as furniture', () => {
    const caption = 'FILE PHOTO: Dock workers walk past stacked containers at the main terminal of the port in Valparaiso, Chile, during the first day of the strike, February 23, 2025.Ana Vidal /File Photo';
    const text = `Port strike ends\n\nSANTIAGO (Reuters) - Dock workers ended a strike on Tuesday.\n\n${caption}\n\nThe union said pay talks would go on.`;
    expect(readTextMetadata(text).furniture.map((span) => span.text)).toEqual([caption]);
  });

  it('keeps white space around a line out of its span (CRLF, indentation)', () => {
    const text = 'Title\r\n\r\nBody one.\r\n   READ MORE: Other story  \r\nBody two.';
    const [span] = readTextMetadata(text).furniture;
    expect(span).toEqual({ text: 'READ MORE: Other story', start: text.indexOf('READ'), end: text.indexOf('  \r\nBody two') });
  });

  it('gives valid, sorted, whole-line spans on any text made of furniture and story lines', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Advertisement', 'READ MORE: Other story', 'Lesen Sie auch: Mehr', 'LIRE AUSSI : x', 'Share', 'Photo: A (B/C)', '(Jane Doe/Reuters)',
        'Sign up for our newsletter', 'Anzeige', 'The council met on Monday.', '"We left," she said.', '', '  ', 'Read more:', '(', ')', ':',
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n', ' \n')), { maxLength: 30 }).map((parts) => parts.map(([a, b]) => a + b).join(''));
    fc.assert(
      fc.property(text, (input) => {
        const { furniture, bodyStart } = readTextMetadata(input);
        let previous = bodyStart;
        for (const span of furniture) {
          expect(input.slice(span.start, span.end)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previous);
          expect(span.text.length).toBeGreaterThan(0);
          expect(span.text.length).toBeLessThanOrEqual(200);
          expect(span.text).toBe(span.text.trim());
          expect(span.text).not.toContain('\n');
          // A whole line: a line break or the text's edge on each side, past white space.
          expect(input.slice(0, span.start)).toMatch(/(?:^|\n)[^\S\n]*$/);
          expect(input.slice(span.end)).toMatch(/^[^\S\n]*(?:\n|$)/);
          previous = span.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readTextMetadata page chrome above the headline', () => {
  it('skips navigation labels before the headline', () => {
    const text = 'Skip to content\n\nBreaking News\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.';
    expect(readTextMetadata(text).title).toBe('Harbour reopens after the storm');
    // A sport's section name above a match report.
    expect(readTextMetadata('Football\n\nHarbour FC win the derby 3-0\n\nHarbour FC beat their rivals on Sunday.').title).toBe('Harbour FC win the derby 3-0');
    // A business desk's section above an earnings story.
    expect(readTextMetadata('Earnings\n\nHarbour Corp profit beats estimates\n\nHarbour Corp earned $1.20 a share.').title).toBe('Harbour Corp profit beats estimates');
  });

  it("skips a breadcrumb trail ('Main / News / World', 'Startseite › Politik'), never a headline with a slash", () => {
    const text = 'Main / News / World\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.';
    expect(readTextMetadata(text).title).toBe('Harbour reopens after the storm');
    expect(readTextMetadata('Startseite › Politik › Ausland\n\nHafen nach dem Sturm wieder offen\n\nDer Hafen ist seit Donnerstag offen.').title).toBe('Hafen nach dem Sturm wieder offen');
    expect(readTextMetadata('Home > Sport\n\nHarbour FC win the derby 3-0\n\nHarbour FC beat their rivals on Sunday.').title).toBe('Harbour FC win the derby 3-0');
    // A headline that only has a slash in it stays the headline.
    expect(readTextMetadata('Hot / cold: markets swing as the storm passes\n\nThe index rose on Thursday.').title).toBe('Hot / cold: markets swing as the storm passes');
    expect(readTextMetadata('News / Views / Analysis of a week in which markets fell hard\n\nThe index fell.').title).toBe('News / Views / Analysis of a week in which markets fell hard');
  });

  it('reads a standfirst printed above the headline as the dek, and the headline, byline and stamp under it', () => {
    const text = "Mayor Ana Ruiz's promised harbour fund has vanished from the budget. She will explain why on Tuesday.\nPolitics\n\n'Really sorry': harbour fund gone\n\nby Tom Reyes\n10th Apr 2020 6:01 AM\nMAYOR Ana Ruiz has said sorry.";
    const metadata = readTextMetadata(text);
    expect(metadata.title).toBe("'Really sorry': harbour fund gone");
    expect(metadata.subtitle).toBe("Mayor Ana Ruiz's promised harbour fund has vanished from the budget. She will explain why on Tuesday.");
    expect(metadata.authors.map((author) => author.name)).toEqual(['Tom Reyes']);
    expect(metadata.published).toBe('2020-04-10T06:01');
    expect(text.slice(metadata.bodyStart)).toBe('MAYOR Ana Ruiz has said sorry.');
    // A story's lead, then a subhead and a paragraph: no header.
    const story = readTextMetadata('The council voted on Monday to close the harbour.\n\nWhat comes next\n\nThe vote was close, and the mayor left early.');
    expect(story.title).toBeNull();
    expect(story.subtitle).toBeNull();
  });

  it("skips a city's name alone above the headline, as a section label ('Toronto')", () => {
    expect(readTextMetadata('Toronto\n\nCouncillors defy the mayor on the transit report\n\nCouncillors voted 27-13 on Tuesday.').title).toBe('Councillors defy the mayor on the transit report');
    expect(readTextMetadata('Lagos\n\nHarbour reopens after the storm\n\nThe harbour reopened.').title).toBe('Harbour reopens after the storm');
  });

  it("skips a notice to old browsers and a share counter above the headline; 'File photo' is no dek", () => {
    const notice = 'Your web browser is no longer supported. To improve your experience update it here\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.';
    expect(readTextMetadata(notice).title).toBe('Harbour reopens after the storm');
    expect(readTextMetadata('Please enable JavaScript to view this page.\n\nHarbour reopens after the storm\n\nThe harbour reopened.').title).toBe('Harbour reopens after the storm');
    expect(readTextMetadata('Shares\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.').title).toBe('Harbour reopens after the storm');
    const filePhoto = readTextMetadata('Harbour reopens after the storm\n\nFile photo\n\nThe harbour reopened on Thursday, officials said.');
    expect(filePhoto.title).toBe('Harbour reopens after the storm');
    expect(filePhoto.subtitle).toBeNull();
    // A headline about browsers stays one.
    expect(readTextMetadata('Your browser history is for sale\n\nData brokers sell it, researchers said.').title).toBe('Your browser history is for sale');
  });

  it("skips a link to the outlet's stream above the headline ('Watch CBS News'), not a video headline", () => {
    const text = 'Watch CBS News\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.';
    expect(readTextMetadata(text).title).toBe('Harbour reopens after the storm');
    expect(readTextMetadata('Listen to Reuters\n\nHarbour reopens after the storm\n\nThe harbour reopened.').title).toBe('Harbour reopens after the storm');
    expect(readTextMetadata('Watch: the harbour reopens after the storm\n\nThe harbour reopened.').title).toBe('Watch: the harbour reopens after the storm');
    expect(readTextMetadata('Follow the money\n\nThe harbour reopened.').title).toBe('Follow the money');
  });

  it("reads a long archive-photo caption closed by its credit and a stamp's bare labels above the dateline as header", () => {
    const caption = 'FILE – MARCH 4: A crane lifts a bridge section into place at the harbour. HARBOURTON, CA – MARCH 04: Workers watch the crane on March 4, 2024 in Harbourton, California. The bridge is due to open in the spring after two years of work, the city says, and will carry four lanes of traffic and a cycle path, with a footway on each side, benches at both ends and lights along its whole length. (Photo by Jane Doe/Harbour Images)';
    const text = `${caption}\nPUBLISHED: | UPDATED:\n\nHARBOURTON — The harbour bridge opened on Tuesday.\n\nCrowds lined the quay.`;
    const result = readTextMetadata(text);
    expect(caption.length).toBeGreaterThan(400);
    expect(result.images).toEqual([{ caption: caption.slice(0, caption.indexOf(' (Photo by')), credit: 'Jane Doe/Harbour Images' }]);
    expect(result.title).toBeNull();
    expect(text.slice(result.bodyStart)).toMatch(/^HARBOURTON — /);
    // A long lead that only ends in parentheses is the body.
    const lead = `${'The council met on Tuesday and agreed the budget after a long debate. '.repeat(7)}(The vote was 7-2.)\n\nMore text.`;
    expect(readTextMetadata(lead).bodyStart).toBe(0);
    // A shorter caption of several sentences closed by its credit is an image, not the headline.
    const short = 'A crane lifts a bridge section into place. Workers watch it on March 4. (Photo by Jane Doe/Harbour Images)\n\nHarbour bridge opens\n\nThe bridge opened.';
    expect(readTextMetadata(short).title).toBe('Harbour bridge opens');
    expect(readTextMetadata(short).images).toHaveLength(1);
  });

  it("reads a dateline on a line of its own under the headline as the body's start, not the dek", () => {
    const result = readTextMetadata('Floods close the port\nLagos, May 4 (AFP) May 04, 2019\nFloods closed the port on Friday, officials said.');
    expect(result.title).toBe('Floods close the port');
    expect(result.subtitle).toBeNull();
    expect(readTextMetadata('Floods close the port\nLAGOS, May 4 (AFP)\nFloods closed the port on Friday, officials said.').subtitle).toBeNull();
  });

  it("skips a section's kicker in capitals above a headline ('CENTER STORE'), not a headline in capitals", () => {
    expect(readTextMetadata('CENTER STORE\n\nHarbour Foods names a new chief\n\nBY Jo Roe\n\nHarbour Foods said on Monday.').title).toBe('Harbour Foods names a new chief');
    // Over a lead, or over a dek of its own with three words or more, a line in capitals is the headline.
    expect(readTextMetadata('FLOODS HIT CITY\n\nThe river rose on Monday, officials said.').title).toBe('FLOODS HIT CITY');
    expect(readTextMetadata('FLOODS HIT CITY\n\nRiver rises as rain goes on\n\nThe river rose on Monday.').title).toBe('FLOODS HIT CITY');
  });

  it("drops a place or section label before ' | ' from the headline ('New York | …'), nothing else", () => {
    expect(readTextMetadata('Ohio | Harbour reopens after the storm at last\n\nThe harbour reopened.').title).toBe('Harbour reopens after the storm at last');
    expect(readTextMetadata('Politics | Senate passes the budget after a long night\n\nThe Senate voted.').title).toBe('Senate passes the budget after a long night');
    expect(readTextMetadata('Hot | Cold: a week of weather extremes ahead\n\nThe week began.').title).toBe('Hot | Cold: a week of weather extremes ahead');
  });

  it("skips 'Accessibility links' above the headline, a headline printed twice, and a story's gallery count, save button and read time", () => {
    expect(readTextMetadata('Accessibility links\n\nBreaking News\n\nHarbour reopens after the storm\n\nThe harbour reopened on Monday, officials said.').title).toBe('Harbour reopens after the storm');
    const text = 'Harbour reopens after the storm\n\nHarbour reopens after the storm\n\n5 photos\nSave Story\nLeer en español\n\nEstimated read time: 4-5 minutes\n\nThe harbour reopened on Monday, officials said.';
    const result = readTextMetadata(text);
    expect(result.subtitle).toBeNull();
    expect(result.furniture.map((line) => line.text)).toEqual(['5 photos', 'Save Story', 'Leer en español', 'Estimated read time: 4-5 minutes']);
  });

  it("skips a share bar ('Share this @example.com', 'Share on Facebook'), above the headline and in the body", () => {
    const text = 'Share this @harbour-news.example.com\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.\n\nShare on Facebook\n\nTeilen auf WhatsApp';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Harbour reopens after the storm');
    expect(result.furniture.map((line) => line.text)).toEqual(['Share on Facebook', 'Teilen auf WhatsApp']);
    // A sentence about sharing is no share bar.
    expect(readTextMetadata('Share prices fell on the news\n\nThe index lost 2 percent on Monday.').title).toBe('Share prices fell on the news');
  });

  it("skips a site's address as its masthead, with its tagline ('Harbourwatch.com - Your Coast At Sea')", () => {
    for (const masthead of ['Harbourwatch.com - Your Coast At Sea', 'www.harbour-news.co.uk | News', 'Harbourwatch.org']) {
      expect(readTextMetadata(`${masthead}\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.`).title).toBe('Harbour reopens after the storm');
    }
    expect(readTextMetadata('Amazon.com shares jump after results\n\nThe shares rose 5 percent on Friday.').title).toBe('Amazon.com shares jump after results');
  });

  it("skips an archive page's label above the headline ('Tag Archives: …', 'Posts tagged with …')", () => {
    for (const label of ['Tag Archives: storms', 'Posts tagged with "Harbour News"', 'Archive for May 2024', 'Category: Health', 'Schlagwort: Hafen']) {
      expect(readTextMetadata(`${label}\n\nHarbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.`).title).toBe('Harbour reopens after the storm');
    }
    // A headline that opens with such a word is still a headline.
    expect(readTextMetadata('Category 5 storm hits the harbour\n\nThe storm hit on Thursday, officials said.').title).toBe('Category 5 storm hits the harbour');
  });

  it("lists a related link glued to a paragraph's end ('… police said.READ MORE: …') as furniture, to the line's end", () => {
    const text = 'Harbour reopens after the storm\n\nPORTLAND, Maine — The harbour reopened on Thursday after the storm.\n\nMore details will follow, police said.READ MORE: Register for the Harbour Fun Run\n\nThe pier stays shut, police said.MORE NEWS: Two Hurt In Dock Fire\n\nThe ferry resumed, she said. Read more: the ferry schedule is online.';
    expect(readTextMetadata(text).furniture.map((line) => line.text)).toEqual(['READ MORE: Register for the Harbour Fun Run', 'MORE NEWS: Two Hurt In Dock Fire']);
  });

  it("lists a page's tag lines as furniture: 'Tags: …' and a bare 'Topics:' with the line after it", () => {
    const text = 'Harbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.\n\nTopics:\nAsia News Latest News World News\n\nTags: harbour, storms\n\nThe topics of the meeting were set on Monday.';
    expect(readTextMetadata(text).furniture.map((line) => line.text)).toEqual(['Topics:', 'Asia News Latest News World News', 'Tags: harbour, storms']);
  });

  it("lists a wire story's closing credits as furniture, in parentheses or not", () => {
    const text = 'Harbour reopens after the storm\n\nThe harbour reopened on Thursday, officials said.\n\n(Reporting by Lena Voss; Additional reporting by Tom Lee; Editing by Ann Park)\n\nReporting by Lena Voss, writing by Tom Lee\n\nReporting by phone was hard, she said.';
    expect(readTextMetadata(text).furniture.map((line) => line.text)).toEqual(['(Reporting by Lena Voss; Additional reporting by Tom Lee; Editing by Ann Park)', 'Reporting by Lena Voss, writing by Tom Lee']);
  });

  it("skips a publication's masthead and reads a dashed byline before the dateline", () => {
    const text = 'Tri-County Gazette\n\nHarbour reopens after the storm\n\n- Lena Voss\n\nPORTLAND, Maine — The harbour reopened on Thursday.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Harbour reopens after the storm');
    expect(result.authors.map((author) => author.name)).toEqual(['Lena Voss']);
  });

  it("skips an agency's own masthead ('AP News')", () => {
    const text = 'AP News\n\nMover: Harbour shares climb after results\n\nNEW YORK (AP) — Shares of Harbour Co. rose on Wednesday.';
    expect(readTextMetadata(text).title).toBe('Mover: Harbour shares climb after results');
  });

  it("skips a section name or a country's name above the headline ('Nation', 'Malaysia')", () => {
    expect(readTextMetadata('Nation\n\nFerry fares rise for the winter\n\nThe ferry company raised fares on Monday.').title).toBe('Ferry fares rise for the winter');
    expect(readTextMetadata('Malaysia\nFerry fares rise for the winter\n\nThe ferry company raised fares on Monday.').title).toBe('Ferry fares rise for the winter');
  });

  it('reads a dated dateline on a line of its own as the body, not the headline', () => {
    const result = readTextMetadata('KUALA LUMPUR, Dec 2, 2015:\n\nThe ferry company raised fares on Monday.');
    expect(result.title).toBeNull();
    expect(result.bodyStart).toBe(0);
  });

  it("reads 'Related Posts' and 'Next Post' lines as furniture", () => {
    const text = 'Ferry fares rise\n\nThe ferry company raised fares on Monday.\n\nRelated Posts\n\nNext Post\n';
    expect(readTextMetadata(text).furniture.map((span) => span.text)).toEqual(['Related Posts', 'Next Post']);
  });

  it("reads a stamp line with the outlet's name, its handle and a share bar's word beside the date", () => {
    const result = readTextMetadata('Ferry fares rise\n\nHarbour Daily News | @harbourdaily | 13 Jul 2024, 08:32 am Print\n\nPhoto Courtesy: Harbour Office\n\nThe ferry company raised fares.');
    expect(result.published).toBe('2024-07-13T08:32');
    expect(result.subtitle).toBeNull();
    expect(result.images).toEqual([{ caption: null, credit: 'Harbour Office' }]);
  });

  it('reads a name beside a date as the byline', () => {
    const result = readTextMetadata('Ferry fares rise\n\nLena Voss | 13 Jul 2024\n\nThe ferry company raised fares.');
    expect(result.authors.map((author) => author.name)).toEqual(['Lena Voss']);
    expect(result.published).toBe('2024-07-13');
  });

  it("reads a picture's alt text glued to 'Image source,' as a caption, never the dek", () => {
    const result = readTextMetadata('Ferry fares rise\n\nThe harbour officeImage source, Harbour Office\n\nThe ferry company raised fares.');
    expect(result.subtitle).toBeNull();
  });

  it('reads the stamp under a caption line between the headline and it', () => {
    const result = readTextMetadata('Ferry fares rise\n\nThe harbour office on Monday. (Jane Doe/Harbour Daily)\nUpdated 23 May 2017\n\nPORTLAND, Maine: The ferry company raised fares.');
    expect(result.published).toBe('2017-05-23');
    expect(result.subtitle).toBeNull();
  });

  it('reads no headline from the first line of a hard-wrapped paragraph', () => {
    const text = 'On Saturday the harbour crews finished the repairs that kept the ferry from\nsailing to the island for most of the\nwinter, the company said.\nFares will rise in March.';
    const result = readTextMetadata(text);
    expect(result.title).toBeNull();
    expect(result.bodyStart).toBe(0);
  });

  it('keeps a headline over a byline that opens in lower case', () => {
    expect(readTextMetadata('Keine gute Idee\nvon Lena Voss am 29.01.2024\n\nDie Stadt hat am Montag gebaut.').title).toBe('Keine gute Idee');
  });

  it("skips a page's controls, a state's section label, an image's lower-case alt text and a bulleted reading time above the headline", () => {
    const page = 'Expand / Collapse search\nWatch TV\nMenu\n\nOregon\nPublished\n\nHarbour town votes to rebuild its old pier\n\nThe Coos County board said the work could start in May\n\nBy Dana Fell | Coast Daily\n\nThe board voted 4-1 on Tuesday.';
    const result = readTextMetadata(page);
    expect(result.title).toBe('Harbour town votes to rebuild its old pier');
    expect(result.subtitle).toBe('The Coos County board said the work could start in May');
    expect(result.authors.map((author) => author.name)).toEqual(['Dana Fell']);
    expect(readTextMetadata('old pier\nThe old pier, seen from the quay on May 2, 2025, before the storm. The pier was built in 1911 and closed last year after a survey. Photo via the Coos County board\n\nThe board voted on Tuesday.').title).toBeNull();
    expect(readTextMetadata('article\n\nThe board voted on Tuesday to rebuild the pier.').title).toBeNull();
    const timed = readTextMetadata('Harbour town votes to rebuild its pier\n\n\u00b71 min read\n\nThe board voted on Tuesday.');
    expect(timed.subtitle).toBeNull();
    expect(timed.furniture.map((line) => line.text)).toContain('\u00b71 min read');
    // A headline in lower case that ends as a sentence is still the body's first line.
    expect(readTextMetadata('5 things to watch in the vote.\n\nThe board met.').bodyStart).toBe(0);
  });

  it("reads no headline from a dateline signed by its agency on a line of its own ('Hilden/Düsseldorf (dpa/lnw)')", () => {
    const result = readTextMetadata('Hilden/Düsseldorf (dpa/lnw)\n\nDie Feuerwehr hat am Montag einen Brand gelöscht.');
    expect(result.title).toBeNull();
    expect(result.bodyStart).toBe(0);
    // A headline that only ends with an agency's parenthesis stays the headline.
    expect(readTextMetadata('Floods hit the coast of Senegal (AFP)\n\nThe rains came on Monday.').title).toBe('Floods hit the coast of Senegal (AFP)');
  });

  it("reads the headline at the end of a breadcrumb from the front page, and no dek that ends in a colon", () => {
    const result = readTextMetadata('Home » Hafen: Stadt prüft neue Fähre\n\nHafen: Stadt prüft neue Fähre\n\nHafen | 25. Januar 2024 | (ab). Die Stadt hat am Montag mitgeteilt:\n\nDie Fähre soll im Mai fahren.');
    expect(result.title).toBe('Hafen: Stadt prüft neue Fähre');
    expect(result.subtitle).toBeNull();
    expect(readTextMetadata('Bridge reopens after repairs\n\nFrom Jo Park, writing at the Harbour Daily:\n\nThe bridge reopened on Monday.').subtitle).toBeNull();
  });
});
