import { generateMetiText, generateVersionPair, reword, randomGenerator } from '../generate';

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
});
