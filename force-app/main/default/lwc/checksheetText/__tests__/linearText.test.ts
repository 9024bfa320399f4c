/**
 * Trimming ends and cleaning title lines in time linear in the text (a line may be thousands of
 * spaces, commas or "<a"): held to what the earlier, backtracking regular expressions did,
 * compared on many short texts. Speed is the benchmark's to measure.
 */
import fc from 'fast-check';
import {
  cleanTitleLine,
  findVersion,
  normalizeSpaces,
  removeBoldMarks,
  trimTrailing
} from 'c/checksheetText';

const text = fc.string({
  unit: fc.constantFrom(
    ' ',
    ',',
    ';',
    '\u3000',
    '\t',
    'a',
    '<',
    '>',
    '/',
    'h',
    'p',
    '"',
    '#',
    '*',
    '1',
    ':',
    '版'
  ),
  maxLength: 14
});

describe('linear text helpers', () => {
  it('trims the end as /[set]+$/ did', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(trimTrailing(value, /[,\s]/)).toBe(value.replace(/[,\s]+$/, ''));
        expect(trimTrailing(value, /a/)).toBe(value.replace(/a+$/, ''));
      }),
      { numRuns: 3000 }
    );
  });

  it('cleans a title line as the backtracking patterns did', () => {
    const reference = (line: string): string => {
      let cleaned = normalizeSpaces(line)
        .replace(/^#{1,6}\s*/, '')
        .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/\*\*|__/g, '')
        .replace(/[\s,;]+$/, '')
        .trim();
      for (const [open, close] of [['"', '"']]) {
        if (cleaned.length >= 2 && cleaned.startsWith(open) && cleaned.endsWith(close)) {
          cleaned = cleaned.slice(open.length, cleaned.length - close.length).trim();
          break;
        }
      }
      return cleaned;
    };
    const line = fc
      .tuple(fc.constantFrom('', '<https://x.example/>', '<b>', '</p>', '<a href="x">'), text)
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(line, (value) => {
        expect(cleanTitleLine(value)).toBe(reference(value));
      }),
      { numRuns: 3000 }
    );
  });

  test.each([
    ['バージョン : 3.2', '3.2'],
    ['バージョン3.2', '3.2'],
    ['Version: 1.0', '1.0'],
    ['Ver 2.1', '2.1'],
    ['Rev. : 4', '4'],
    ['バージョン : ver. 5.0', '5.0'],
    [`バージョン${' '.repeat(40000)}x`, '']
  ])('finds the version in %j', (line, version) => {
    expect(findVersion(line)).toBe(version);
  });
});

describe('removeBoldMarks', () => {
  it('removes what /\\*\\*|__/g removes, a run at a time', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '_', 'a', ' ', '**', '__') }), (line) => {
        expect(removeBoldMarks(line)).toBe(line.replace(/\*\*|__/g, ''));
      }),
      { numRuns: 3000 }
    );
  });

  it('reads a line of a million asterisks at once', () => {
    expect(removeBoldMarks(`**1.1 ${'*'.repeat(1_000_001)}`)).toBe('1.1 *');
  });
});
