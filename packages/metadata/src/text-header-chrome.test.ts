import { describe, expect, it } from 'vitest';
import { isContactLine, isExhibitLabel, isGenreLabel, isImageFileName, isPlaceholderLine, isRegionLabel, photoLabelCaption, relativeStampIn, releaseLabel } from './text-header-chrome.js';

describe('isPlaceholderLine', () => {
  it('reads a template field with its instruction, in several languages', () => {
    for (const line of ['Enter subtitle here', 'Subtitle goes here', 'Your title here', 'Inserisci qui il Sottotitolo', 'Untertitel hier eingeben', 'Saisissez le sous-titre ici', 'Voer hier de ondertitel in', 'Insira aqui o subtítulo', 'Lorem ipsum dolor sit amet']) {
      expect(isPlaceholderLine(line), line).toBe(true);
    }
  });
  it('leaves headlines and labels', () => {
    for (const line of ['Enter the title race', 'Subtitle', 'Title race is here', 'Text of the treaty published', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua']) {
      expect(isPlaceholderLine(line), line).toBe(false);
    }
  });
});

describe('releaseLabel', () => {
  it('reads a release label alone or with its date', () => {
    expect(releaseLabel('FOR IMMEDIATE RELEASE')).toBe('');
    expect(releaseLabel('Communiqué de presse')).toBe('');
    expect(releaseLabel('Embargoed until 5 March 2024')).toBe('5 March 2024');
  });
  it('leaves a headline that opens with the words', () => {
    expect(releaseLabel('Press release rules change for councils')).toBeNull();
    expect(releaseLabel('Communiqués leaked to the press')).toBeNull();
  });
});

describe('isContactLine and isExhibitLabel', () => {
  it('reads contact labels, phones, emails and post boxes', () => {
    for (const line of ['Contact: Dana Li', 'Media Contacts:', 'Pressekontakt:', 'Phone: (555) 123-4567', '858-555-0142', 'tel. 050-555 1234', 'Email: press@example.com', 'Postbus 4410']) {
      expect(isContactLine(line), line).toBe(true);
    }
  });
  it('leaves dates, counts and sentences', () => {
    for (const line of ['2024-03-04', '15 000', '1,062 0', 'Contact tracing resumes in schools', 'Write to me at jo@example.com if you saw the crash on Monday']) {
      expect(isContactLine(line), line).toBe(false);
    }
    expect(isExhibitLabel('Exhibit 99.1')).toBe(true);
    expect(isExhibitLabel('Exhibit opens at the Tate')).toBe(false);
  });
});

describe('isRegionLabel', () => {
  it('reads a region named with its unit', () => {
    for (const line of ['Westerwaldkreis', 'Rhein-Sieg-Kreis', 'Landkreis Ahrweiler', 'Monroe County', 'Comune di Modica', 'Uppsala kommun', 'Gemeente Utrecht']) {
      expect(isRegionLabel(line), line).toBe(true);
    }
  });
  it('leaves headlines and other words', () => {
    for (const line of ['Kreis', 'County rejects tax rise', 'Monroe County buys ploughs', 'District of', 'Teufelskreis']) {
      expect(isRegionLabel(line), line).toBe(false);
    }
  });
});

describe('relativeStampIn', () => {
  it('finds a relative stamp with its count in digits, glued or not', () => {
    expect(relativeStampIn('News4 weeks ago update')).toEqual({ start: 4, end: 15 });
    expect(relativeStampIn('vor 3 Stunden')).toEqual({ start: 0, end: 13 });
    expect(relativeStampIn('3 dni temu')).toEqual({ start: 0, end: 10 });
  });
  it('finds none in a date or a count', () => {
    expect(relativeStampIn('4 weeks of rain')).toBeNull();
    expect(relativeStampIn('12 March 2024')).toBeNull();
  });
});

describe('photoLabelCaption', () => {
  it('reads a picture label alone or closing a caption', () => {
    expect(photoLabelCaption('Symbolfoto')).toBeNull();
    expect(photoLabelCaption('Die Straße war gesperrt. Symbolfoto')).toBe('Die Straße war gesperrt.');
    expect(photoLabelCaption('Il ponte chiuso. Foto di repertorio')).toBe('Il ponte chiuso.');
  });
  it('leaves lines that only mention a picture', () => {
    expect(photoLabelCaption('Das Symbolfoto sorgte für Ärger')).toBeUndefined();
    expect(photoLabelCaption('Illustration')).toBeNull();
    expect(photoLabelCaption('A new illustration')).toBeUndefined();
  });
});

describe('isImageFileName', () => {
  it('reads a file name alone', () => {
    expect(isImageFileName('robert-montague.png')).toBe(true);
    expect(isImageFileName('IMG_2041.JPG')).toBe(true);
  });
  it('leaves a headline that names a file type', () => {
    expect(isImageFileName('Why I stopped using .png files')).toBe(false);
    expect(isImageFileName('report.pdf')).toBe(false);
  });
});

describe('isGenreLabel', () => {
  it('reads the kind of a piece alone', () => {
    expect(isGenreLabel('Peer-Reviewed Publication')).toBe(true);
    expect(isGenreLabel('Kommentar')).toBe(true);
    expect(isGenreLabel('News Analysis.')).toBe(true);
  });
  it('leaves a dek that names one', () => {
    expect(isGenreLabel('An analysis of the vote')).toBe(false);
  });
});
