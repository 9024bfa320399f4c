import { itemTopics } from 'c/checksheetTopics';
import {
  generateCrossLanguagePair,
  generateMetiText,
  generateVersionPair,
  reword,
  randomGenerator
} from '../generate';

describe('benchmark generators', () => {
  it('writes a METI-style sheet with the requested number of items, the same every time', () => {
    const sheet = generateMetiText(300, 3);
    const itemRows = sheet.text.split('\n').filter((line) => /^\d+(-\d+)+\t/.test(line));
    expect(sheet.itemCount).toBe(300);
    expect(itemRows).toHaveLength(300);
    expect(sheet.text).toContain('項番\t確認事項\t実施有無\t備考');
    expect(generateMetiText(300, 3).text).toBe(sheet.text);
  });

  it('makes a second version with new, dropped and reworded items', () => {
    const { older, newer } = generateVersionPair(400);
    expect(older).toHaveLength(400);
    const olderQuestions = new Set(older.map((item) => item.question));
    const kept = newer.filter((item) => olderQuestions.has(item.question)).length;
    expect(kept).toBeGreaterThan(280);
    expect(kept).toBeLessThan(360);
    expect(newer.map((item) => item.number)).toEqual(newer.map((_, i) => `${i + 1}`));
  });

  it('rewords a question without leaving it unrecognisable', () => {
    const text = 'アクセスログについて、定期的に監査ログとの関係を確認すること。（管理策1）';
    const reworded = reword(randomGenerator(1), text);
    expect(reworded).not.toBe(text);
    expect(reworded).toContain('アクセスログに関して');
  });

  it('makes a Japanese and an English questionnaire on the same controls, sharing topics, not words', () => {
    const { japanese, english, origin } = generateCrossLanguagePair(300);
    expect(japanese).toHaveLength(300);
    expect(english).toHaveLength(origin.length);
    expect(generateCrossLanguagePair(300).english).toEqual(english);
    const kept = origin.filter((index) => index >= 0).length;
    expect(kept).toBeGreaterThan(255);
    expect(kept).toBeLessThan(300);
    for (const item of japanese) expect(item.question).toMatch(/について、.+こと。$/u);
    for (const item of english) expect(item.question).toMatch(/^Do you [\x20-\x7e]+\?$/u);
    origin.forEach((index, i) => {
      if (index < 0) return;
      const shared = itemTopics(japanese[index]).filter((code) =>
        itemTopics(english[i]).includes(code)
      );
      expect({ question: english[i].question, shared: shared.length > 0 }).toEqual({
        question: english[i].question,
        shared: true
      });
    });
  });
});
