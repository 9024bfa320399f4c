/**
 * Worst-case shapes, generated: long runs of one character or fragment after a section number,
 * in a cell, a header or a title (spaces, dots, dashes, tabs, quotes, entities, marks, tags,
 * brackets…), in a METI sheet, a CSV, a white paper or on their own. Whatever the shape, the parse
 * ends with a result or a ChecksheetReadError, and accounts for every non-blank line. (How fast
 * each shape is read is the benchmark's to measure: `npm run bench`, "Worst cases".)
 */
import fc from 'fast-check';
import { ChecksheetReadError } from 'c/checksheetModel';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { countNonBlankLines, splitLines } from 'c/checksheetText';
import { parseChecksheet } from 'c/checksheetParser';

const RUNS = [
  ' ',
  '.',
  '-',
  '\t',
  '"',
  '""',
  ',',
  '\u3000',
  '・',
  '…',
  '#',
  '*',
  '|',
  '[',
  '[a](',
  '<',
  '<a',
  '<div>',
  '</div>',
  '<a href="u">x',
  '</a>',
  '<ul><li>○ ',
  '&amp;',
  '&',
  '○',
  '○ ',
  '\u2028',
  '管理'
];

const PREFIXES = [
  '',
  '1',
  '1.1',
  '1-1',
  '1.1 目次',
  '# 1.1',
  '- 1.1 ',
  '**1.1 ',
  '第',
  'Section 2',
  'バージョン',
  '項番',
  '1.0 2024/04/01',
  '1-1\t確認\t',
  '1-1\t確認\t○\t'
];

const SUFFIXES = ['', 'x', '12', ' ##', '**', '\t○\t備考', '"', ')', '>'];

/** One line: a prefix, a run of up to a few thousand repetitions, a suffix. */
const worstLine = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.constantFrom(...RUNS),
    fc.integer({ min: 1, max: 3000 }),
    fc.constantFrom(...SUFFIXES)
  )
  .map(([prefix, run, count, suffix]) => prefix + run.repeat(count) + suffix);

const FRAMES: readonly ((lines: string[]) => string)[] = [
  (lines) => lines.join('\n'),
  (lines) =>
    [
      '項番\t確認事項\t実施有無\t備考',
      '1 組織\t\t\t',
      '1-1\t方針\t○\t定めています。',
      ...lines
    ].join('\n'),
  (lines) => ['項番,確認事項,実施有無,備考', '1-1,方針,○,あり', ...lines].join('\r\n'),
  (lines) =>
    [
      '# ホワイトペーパー',
      '',
      '1 はじめに',
      '',
      '本書について。',
      '',
      ...lines,
      '',
      '2 終わりに'
    ].join('\n'),
  (lines) =>
    ['| 項番 | 確認事項 | 実施有無 | 備考 |', '| --- | --- | --- | --- |', ...lines].join('\n')
];

const document = fc
  .tuple(
    fc.integer({ min: 0, max: FRAMES.length - 1 }),
    fc.array(worstLine, { minLength: 1, maxLength: 4 })
  )
  .map(([frame, lines]) => FRAMES[frame](lines));

function parseOrRefuse(text: string): ParsedChecksheet | undefined {
  try {
    return parseChecksheet({ fileName: 'worst.txt', text });
  } catch (error) {
    if (error instanceof ChecksheetReadError) return undefined;
    throw error;
  }
}

describe('worst-case shapes', () => {
  it('end in a result or a ChecksheetReadError, every non-blank line accounted for', () => {
    fc.assert(
      fc.property(document, (text) => {
        const parsed = parseOrRefuse(text);
        if (parsed === undefined) return;
        const total = countNonBlankLines(splitLines(text));
        expect(parsed.lines).toMatchObject({ total, accounted: total });
        expect(parsed.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(
          'lines_unaccounted'
        );
      }),
      { numRuns: 300 }
    );
  });
});
