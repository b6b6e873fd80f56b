import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate, readDate } from './dates.js';

describe('normalizeDate', () => {
  it('reads Greek, Catalan and Croatian written dates, with the genitive and the elided "d\'"', () => {
    expect(normalizeDate('Πέμπτη 4 Απριλίου 2019')).toBe('2019-04-04');
    expect(normalizeDate("4 d'abril de 2019")).toBe('2019-04-04');
    expect(normalizeDate('4 d’octubre de 2019')).toBe('2019-10-04');
    expect(normalizeDate('dijous, 4 de juliol de 2019')).toBe('2019-07-04');
    expect(normalizeDate('4. travnja 2019.')).toBe('2019-04-04');
  });

  it('reads Arabic written dates with ASCII, Arabic-Indic or Persian digits and any of core\'s Arabic month names', () => {
    expect(normalizeDate('الثلاثاء 14 تشرين الثاني 2023')).toBe('2023-11-14');
    expect(normalizeDate('١٠ أكتوبر ٢٠١٧ - ١٠:١٥')).toBe('2017-10-10T10:15');
    expect(normalizeDate('۲۱ مايو، ۲۰۲۲')).toBe('2022-05-21');
    expect(normalizeDate('3 آب 2021')).toBe('2021-08-03');
    expect(normalizeDate('5 آذار/مارس 2023')).toBe('2023-03-05');
    expect(readDate('٠٥/٠٣/٢٠٢٣', true)).toBe('2023-03-05');
    expect(normalizeDate('السبت ٠٤ مايو ٢٠٢٤ ١٠:٣٠ م')).toBe('2024-05-04T22:30');
    expect(normalizeDate('4 مايو 2024، 9:05 صباحا')).toBe('2024-05-04T09:05');
  });

  it('reads no Arabic date whose month word is no month or whose day cannot be', () => {
    expect(normalizeDate('12 كتابا 2023')).toBeNull();
    expect(normalizeDate('٣١ شباط ٢٠٢٣')).toBeNull();
  });

  it('reads numeric dates day-first with dots and dashes, month-first with slashes', () => {
    expect(normalizeDate('04.04.2019')).toBe('2019-04-04');
    expect(normalizeDate('28.09.2019 12:44')).toBe('2019-09-28T12:44');
    expect(normalizeDate('09/28/2019')).toBe('2019-09-28');
  });

  it('reads no clock from a second dotted date beside the first ("01.04.2024 05.03.2024"), but keeps "10.30" as one', () => {
    expect(normalizeDate('Geändert 02.07.2023 18.06.2023')).toBe('2023-07-02');
    expect(normalizeDate('02.07.2023 - 18.06.2023')).toBe('2023-07-02');
    expect(normalizeDate('02.07.2023 16.40 Uhr')).toBe('2023-07-02T16:40');
  });

  it('reads day, month and year with a space after each dot, as Czech and Slovak pages write them', () => {
    expect(normalizeDate('5. 11. 2019')).toBe('2019-11-05');
    expect(normalizeDate('Publikováno 12. 3. 2023 14:05')).toBe('2023-03-12T14:05');
    expect(normalizeDate('31. 2. 2023')).toBeNull();
    expect(normalizeDate('Kapitola 5. 11. a dál')).toBeNull();
  });

  it('reads a two-digit year with the time glued after it as that, not as a four-digit year', () => {
    expect(normalizeDate('hafenfan28.09.1912:44')).toBe('2019-09-28T12:44');
    expect(normalizeDate('28.09.1912')).toBe('1912-09-28');
  });

  it('reads written dates in Czech, Slovak, Hungarian, Swedish, Danish, Norwegian, Finnish and Romanian', () => {
    expect(normalizeDate('Publikováno 3. října 2022')).toBe('2022-10-03');
    expect(normalizeDate('12. marca 2023')).toBe('2023-03-12');
    expect(normalizeDate('Közzétéve: 2023. március 12. 10:30')).toBe('2023-03-12T10:30');
    expect(normalizeDate('2023. márc. 12')).toBe('2023-03-12');
    expect(normalizeDate('12 augusti 2021')).toBe('2021-08-12');
    expect(normalizeDate('12. marts 2023')).toBe('2023-03-12');
    expect(normalizeDate('12. desember 2023')).toBe('2023-12-12');
    expect(normalizeDate('5. maaliskuuta 2023')).toBe('2023-03-05');
    expect(normalizeDate('12 martie 2023')).toBe('2023-03-12');
    // A year and a period before a word that is no month is no date.
    expect(normalizeDate('Report 2023. Table 12')).toBeNull();
  });

  it('reads written dates in several languages', () => {
    expect(normalizeDate('4. April 2019')).toBe('2019-04-04');
    expect(normalizeDate('4 de abril de 2019')).toBe('2019-04-04');
    expect(normalizeDate('2019年4月4日')).toBe('2019-04-04');
    // Year first with one-digit month and day, as Japanese, Chinese and Korean pages write it.
    expect(normalizeDate('2019/4/4')).toBe('2019-04-04');
    expect(normalizeDate('2019.4.4 18:30')).toBe('2019-04-04T18:30');
    // A Japanese or Korean clock after the date.
    expect(normalizeDate('2019年4月4日 18時30分')).toBe('2019-04-04T18:30');
    // Full-width digits and Japanese era years (Reiwa from 2019, Heisei from 1989; 元年 the first).
    expect(normalizeDate('２０１９年４月４日')).toBe('2019-04-04');
    expect(normalizeDate('令和元年5月1日')).toBe('2019-05-01');
    expect(normalizeDate('平成31年4月30日')).toBe('2019-04-30');
    expect(normalizeDate('令和5年6月6日')).toBe('2023-06-06');
    // A clock glued to a written date's year (spans set side by side): the year, then the time.
    expect(normalizeDate('June 6, 20233:04 PM UTC')).toBe('2023-06-06T15:04+00:00');
    expect(normalizeDate('6 June 202315:04')).toBe('2023-06-06T15:04');
    expect(normalizeDate('June 6, 20231')).toBeNull();
    expect(normalizeDate('2019년 4월 4일 18시 5분')).toBe('2019-04-04T18:05');
  });

  it('reads Turkish month names, with the dotless ı typed as i too', () => {
    expect(normalizeDate('4 Nisan 2019 Perşembe')).toBe('2019-04-04');
    expect(normalizeDate('12 Şubat 2020, 10:30')).toBe('2020-02-12T10:30');
    expect(normalizeDate('3 Mayıs 2021')).toBe('2021-05-03');
    expect(normalizeDate('3 MAYIS 2021')).toBe('2021-05-03');
    expect(normalizeDate('28 Kasim 2018')).toBe('2018-11-28');
    expect(normalizeDate('1 Ağustos 2017')).toBe('2017-08-01');
  });
});

describe('readDate', () => {
  it('reads slashes day-first for a language that writes so, and as normalizeDate otherwise', () => {
    expect(readDate('03/05/2022 21:44', true)).toBe('2022-05-03T21:44');
    expect(readDate('03/05/2022', false)).toBe('2022-03-05');
    expect(readDate('25/05/2022', false)).toBe('2022-05-25');
    expect(readDate('05/25/2022', true)).toBe('2022-05-25');
    expect(readDate('04.03.2022', false)).toBe('2022-03-04');
  });

  it('reads a date set with spaced bars day-first', () => {
    expect(normalizeDate('26 | 01 | 2022')).toBe('2022-01-26');
    expect(normalizeDate('Seite 1 | 2')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads a date path', () => {
    expect(dateFromUrl('https://example.com/world/2024/06/27/port-opens/')).toBe('2024-06-27');
  });

  it('reads a month written as a word and a day in the slug', () => {
    expect(dateFromUrl('https://example.com/world/2024/jun/27/port-opens')).toBe('2024-06-27');
    expect(dateFromUrl('https://example.com/news/port-opens-2024-06-27')).toBe('2024-06-27');
    expect(dateFromUrl('https://example.com/news/2024_06_27_port_opens.html')).toBe('2024-06-27');
    expect(dateFromUrl('https://example.com/news/port-opens.20240627.html')).toBe('2024-06-27');
  });

  it('reads no word that is no month, and no day that cannot be', () => {
    expect(dateFromUrl('https://example.com/world/2024/port/27/opens')).toBeNull();
    expect(dateFromUrl('https://example.com/news/port-opens-2024-13-27')).toBeNull();
    expect(dateFromUrl('https://example.com/tag/2024')).toBeNull();
  });
});
