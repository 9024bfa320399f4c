/**
 * Header cells are read in time linear in their length (a header row may be one huge cell of
 * spaces and slashes): the rewrites are held to what the earlier, backtracking regular
 * expressions read, compared on many short cells. Speed is the benchmark's to measure.
 */
import fc from 'fast-check';
import { headerKey, splitNamePair } from '../columns';

const ASCII = /[ -~]/;
const NOT_ASCII = /[^ -~]/;
const JAPANESE_THEN_ENGLISH = /^([^ -~]+?)[\s/・|]*([ -~]+)$/;
const ENGLISH_THEN_JAPANESE = /^([ -~]+?)[\s/・|]*([^ -~]+)$/;

function before(pattern: RegExp, text: string): [string, string] | undefined {
  const match = pattern.exec(text);
  return match ? [match[1], match[2]] : undefined;
}

const cell = fc.string({
  unit: fc.constantFrom(' ', '/', '|', '・', '\u3000', '\n', 'a', '.', '項', '番', '(', ')', ':'),
  maxLength: 12
});

describe('bilingual header cells', () => {
  it('splits Japanese then English, and English then Japanese, as the backtracking patterns did', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(splitNamePair(text, NOT_ASCII, ASCII)).toEqual(before(JAPANESE_THEN_ENGLISH, text));
        expect(splitNamePair(text, ASCII, NOT_ASCII)).toEqual(before(ENGLISH_THEN_JAPANESE, text));
      }),
      { numRuns: 5000 }
    );
  });

  test.each([
    ['項番 No.', ['項番', 'No.']],
    ['確認事項/Question', ['確認事項', 'Question']],
    ['確認事項 / Question', ['確認事項', 'Question']],
    ['項番', undefined]
  ])('%j splits into %j', (text, names) => {
    expect(splitNamePair(text, NOT_ASCII, ASCII)).toEqual(names);
  });

  it('keys a header cell as the backtracking patterns did', () => {
    const reference = (text: string): string => {
      const key = text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/\s+/g, '')
        .replace(/[.:]+$/, '');
      const withoutNote = key.replace(/\([^()]*\)$/, '').replace(/[.:]+$/, '');
      return withoutNote === '' ? key : withoutNote;
    };
    fc.assert(
      fc.property(cell, (text) => {
        expect(headerKey(text)).toBe(reference(text));
      }),
      { numRuns: 3000 }
    );
  });
});
