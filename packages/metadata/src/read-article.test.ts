import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithCjkPhotoCredit } from './read-article.js';

describe('endsWithCjkPhotoCredit', () => {
  it('reads as the pattern it replaces, on any mix of brackets, marks and text', () => {
    const pattern = /[（(][^（）()]{1,30}摄[）)]$|＝[^＝。]{1,40}撮影$/;
    const line = fc
      .array(fc.constantFrom('（', '）', '(', ')', '摄', '＝', '。', '撮影', '新华社记者 张三 ', '图为会议现场', 'a', ' '.repeat(12)), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(line, (text) => {
      expect(endsWithCjkPhotoCredit(text)).toBe(pattern.test(text));
    }), { numRuns: 5000 });
  });

  it('finds the credits of both press styles', () => {
    expect(endsWithCjkPhotoCredit('图为会议现场。（新华社记者 张三 摄）')).toBe(true);
    expect(endsWithCjkPhotoCredit('会見する首相＝3日、田中一郎撮影')).toBe(true);
    expect(endsWithCjkPhotoCredit('会议指出，要抓紧落实各项措施。')).toBe(false);
  });
});
