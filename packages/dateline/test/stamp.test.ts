import { describe, expect, it } from 'vitest';
import { parseStamp } from '../src/index.js';

describe('parseStamp', () => {
  it.each([
    ['Published: Jun 27, 2024 08:43 PM', { label: 'published', value: '2024-06-27T20:43', date: '2024-06-27', time: '20:43', zone: null, precision: 'minute' }],
    ['Updated 3:15 p.m. ET, Tue June 4, 2024', { label: 'updated', value: '2024-06-04T15:15', zone: 'ET' }],
    ['2024-06-27T12:43:00Z', { label: null, value: '2024-06-27T12:43Z', zone: 'Z' }],
    ['Posted on 2024-06-27 20:43:00+08:00 by staff', { label: 'published', value: '2024-06-27T20:43+08:00' }],
    ['Published 8:43 PM GMT+8, June 27, 2024', { value: '2024-06-27T20:43+08:00', zone: 'GMT+8' }],
    ['Last updated: 27 June 2024', { label: 'updated', value: '2024-06-27', precision: 'day', time: null }],
    ['Publicado: 27 de junio de 2024', { label: 'published', value: '2024-06-27' }],
    ['Veröffentlicht am 3. Juni 2024', { label: 'published', value: '2024-06-03' }],
    ['Publié le 3 juin 2024 à 10:15', { label: 'published', value: '2024-06-03T10:15' }],
    ['Mis à jour le 4 juin 2024', { label: 'updated', value: '2024-06-04' }],
    ['Pubblicato il 3 giugno 2024', { label: 'published', value: '2024-06-03' }],
    ['Publicado em 3 de junho de 2024 às 10:15', { label: 'published', value: '2024-06-03T10:15' }],
    ['Actualizado a 4 de Junho de 2024', { label: 'updated', value: '2024-06-04' }],
    ['Atualizado em 2 de marco de 2023', { label: 'updated', value: '2023-03-02' }],
    // A 24-hour time marked pm is that time, never the minutes read as an hour ("05 pm" → 17:00).
    ['14:05 pm on 3 March 2024', { label: null, value: '2024-03-03T14:05', text: '14:05 pm on 3 March 2024' }],
    ['March 4, 2019 / 6:05 PM / 2 years ago', { label: null, value: '2019-03-04T18:05', text: 'March 4, 2019 / 6:05 PM' }],
    // A colon between the date and its clock, as some money pages wrote it (a figure after one is no time).
    ['October 2, 2003: 9:47 AM EDT', { label: null, value: '2003-10-02T09:47', zone: 'EDT', text: 'October 2, 2003: 9:47 AM EDT' }],
    ['June 3, 2024: 10 injured in crash', { label: null, value: '2024-06-03', time: null, text: 'June 3, 2024' }],
    // A whole date in any language of core's calendar (a clock after a bar is a header's cell: not read here).
    ['RABU, 4 MARET 2023 | 09:05 WIB | Jakarta', { label: null, value: '2023-03-04', text: '4 MARET 2023' }],
    ['4 Maret 2023 09:05 WIB', { value: '2023-03-04T09:05', zone: 'WIB' }],
    ['Pazartesi, 2 Ekim 2023 14:05', { label: null, value: '2023-10-02T14:05' }],
    ['Dodano: 2 października 2023, 10:15', { value: '2023-10-02T10:15' }],
    ['Обновлено 25 сентября 2023', { value: '2023-09-25' }],
    ['Gepubliceerd op 4 maart 2024 om 10:15', { label: 'published', value: '2024-03-04T10:15' }],
    ['Laatst bijgewerkt: 5 mrt. 2024', { label: 'updated', value: '2024-03-05' }],
    // Year first, as Hungarian writes it (the month in lower case), and with the CJK signs.
    ['2023. március 5. 14:20', { label: null, value: '2023-03-05T14:20', text: '2023. március 5. 14:20' }],
    ['2023. márc. 5.', { value: '2023-03-05' }],
    ['Updated 2023. 03. 05.', { label: 'updated', value: '2023-03-05', text: 'Updated 2023. 03. 05.' }],
    // Hungarian labels, though Hungarian has no locale: its whole dates are read in any text.
    ['Közzétéve: 2021. november 8. 07:45', { label: 'published', value: '2021-11-08T07:45', text: 'Közzétéve: 2021. november 8. 07:45' }],
    ['Frissítve: 2021. 11. 09. 16:02', { label: 'updated', value: '2021-11-09T16:02' }],
    ['Utolsó frissítés: 2021. nov. 9.', { label: 'updated', value: '2021-11-09' }],
    ['Publikálva 2021.11.08.', { label: 'published', value: '2021-11-08' }],
    // Polish labels, though Polish has no locale: a numeric date after one is day first.
    ['Dodano: 04/06/2021 14:05', { label: 'published', value: '2021-06-04T14:05', text: 'Dodano: 04/06/2021 14:05' }],
    ['Opublikowano: 7 maja 2021', { label: 'published', value: '2021-05-07' }],
    ['Aktualizacja: 05/06/2021, 09:10', { label: 'updated', value: '2021-06-05T09:10' }],
    ['Zaktualizowano 8.05.2021', { label: 'updated', value: '2021-05-08' }],
    ['Ostatnia aktualizacja: 9 maja 2021', { label: 'updated', value: '2021-05-09' }],
    ['2023年3月5日 14:20', { value: '2023-03-05T14:20' }],
    ['2023년 3월 5일', { value: '2023-03-05' }],
    // Arabic: the Egyptian and Gulf month names with or without hamza, the Levantine ones (of two
    // words, or two letters), the Maghreb's, Arabic-Indic and Persian digits, and Arabic labels.
    ['الأربعاء 14 فبراير 2024', { label: null, value: '2024-02-14', text: '14 فبراير 2024' }],
    ['الخميس 3 اكتوبر 2019 - 09:40', { label: null, value: '2019-10-03T09:40', text: '3 اكتوبر 2019 - 09:40' }],
    ['السبت، 21 تشرين الثاني 2020', { label: null, value: '2020-11-21', text: '21 تشرين الثاني 2020' }],
    ['كتب في 2 كانون الاول 2021', { value: '2021-12-02' }],
    ['الاثنين 17 آب 2020', { value: '2020-08-17', text: '17 آب 2020' }],
    ['8 شتنبر 2022', { value: '2022-09-08' }],
    // Both names of the month across a slash, Levantine and Egyptian, in either order.
    ['الأحد، 5 آذار/مارس 2023', { value: '2023-03-05', text: '5 آذار/مارس 2023' }],
    ['30 أكتوبر / تشرين الأول 2021', { value: '2021-10-30', text: '30 أكتوبر / تشرين الأول 2021' }],
    ['١٥ أغسطس ٢٠٢٢', { value: '2022-08-15', text: '١٥ أغسطس ٢٠٢٢', start: 0, end: 13 }],
    ['الجمعة ۲۶ مايو ۲۰۲۳ ۱۴:۰۵', { value: '2023-05-26T14:05', text: '۲۶ مايو ۲۰۲۳ ۱۴:۰۵' }],
    ['تاريخ النشر: ٠٧/٠٣/٢٠٢١', { label: 'published', value: '2021-03-07', text: 'تاريخ النشر: ٠٧/٠٣/٢٠٢١' }],
    ['آخر تحديث: 12 يونيه 2022 08:15', { label: 'updated', value: '2022-06-12T08:15' }],
  ])('%s', (input, expected) => {
    const stamp = parseStamp(input);
    expect(stamp).toMatchObject(expected);
    expect(input.slice(stamp!.start, stamp!.end)).toBe(stamp!.text);
  });

  it('reads numeric dates in the stated order, and settles an unambiguous one alone', () => {
    expect(parseStamp('27/06/2024')?.date).toBe('2024-06-27');
    expect(parseStamp('06/07/2024', { order: 'DMY' })?.date).toBe('2024-07-06');
    expect(parseStamp('06/07/2024', { order: 'MDY' })?.date).toBe('2024-06-07');
    expect(parseStamp('13/06/2024', { order: 'MDY' })).toBeNull();
  });

  it('reads a dotted date day first unless the order is stated or that cannot be', () => {
    expect(parseStamp('Aktualisiert: 04.06.2024')?.date).toBe('2024-06-04');
    expect(parseStamp('Veröffentlicht am 09.12.2019 um 10:15')?.value).toBe('2019-12-09T10:15');
    expect(parseStamp('01.21.2020')?.date).toBe('2020-01-21');
    expect(parseStamp('04.06.2024', { order: 'MDY' })?.date).toBe('2024-04-06');
    expect(parseStamp('04/06/2024')?.date).toBe('2024-04-06');
  });

  it('reads a slashed date day first after a label only day-first languages write', () => {
    expect(parseStamp('Actualizado 04/06/2024 15:15 CEST')?.value).toBe('2024-06-04T15:15');
    expect(parseStamp('Publié le 04/06/2024')?.date).toBe('2024-06-04');
    expect(parseStamp('Pubblicato il 04/06/2024')?.date).toBe('2024-06-04');
    // English labels keep the month first; a stated order wins.
    expect(parseStamp('Updated: 04/06/2024')?.date).toBe('2024-04-06');
    expect(parseStamp('Actualizado 04/06/2024', { order: 'MDY' })?.date).toBe('2024-04-06');
  });

  it('takes the labelled Hungarian stamp first: an update written before the publication is the update', () => {
    const stamp = parseStamp('Frissítve: 2021. november 9. Közzétéve: 2021. november 8.');
    expect(stamp).toMatchObject({ label: 'updated', date: '2021-11-09' });
    // A Hungarian label with no date after it is passed over.
    expect(parseStamp('Megjelent a könyv. 2021. november 8.')).toMatchObject({ label: null, date: '2021-11-08' });
  });

  it('takes a missing year from the reference, on or before it', () => {
    expect(parseStamp('Updated Dec 31', { reference: '2025-01-02' })?.date).toBe('2024-12-31');
    expect(parseStamp('Updated June 4')).toBeNull();
  });

  it('reads the month of another calendar language only in a whole date', () => {
    expect(parseStamp('Tanggal 4 Maret')).toBeNull();
    expect(parseStamp('Ekim 2023')).toBeNull();
    expect(parseStamp('في 5 أيار')).toBeNull();
    // An Arabic month's name run into another word is no month ("آب" in "آبار").
    expect(parseStamp('حفر 12 آبار 2020')).toBeNull();
    // Two names across a slash are one month's only when both name it.
    expect(parseStamp('بين 5 آذار/نيسان 2023')).toBeNull();
  });

  it('reads no year-first date across a sentence end ("in 2019. April 4 …")', () => {
    expect(parseStamp('Sales fell in 2019. April 4 was the worst day.')).toBeNull();
  });

  it('finds nothing in text without a date', () => {
    expect(parseStamp('No stamp here, only 2 1/2 words.')).toBeNull();
  });
});
