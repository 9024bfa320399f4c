import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import { ChecksheetReadError } from 'c/checksheetModel';
import { parseTabularText } from 'c/checksheetTabular';
import { readTextTable } from '../textTable';
import { cellAt, cellCount, tokenizeRecords } from '../delimited';
import { DelimitedReader } from '../delimited';

/**
 * A delimited row wider than the reader's cell limit keeps the cells past it sparsely (only the
 * filled ones): that is a speed measure, never a change in what is read. Here every document is
 * read with limits of one to five cells, so that nearly every row goes past its limit, and the
 * reading must be the one without a limit, diagnostics and line accounting included.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
const seedDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const folders = [
  path.join(repoRoot, 'data', 'samples'),
  path.join(__dirname, 'data'),
  path.resolve(__dirname, '..', '..', 'checksheetParser', '__tests__', 'data')
];
if (existsSync(seedDir)) folders.push(seedDir);
else console.warn(`seed checksheets not found in ${seedDir}: read with the samples only`);

const context = { fileName: 'x.txt', encoding: 'utf-8' as const };

function reading(read: () => unknown): string {
  try {
    return JSON.stringify(read());
  } catch (error) {
    if (error instanceof ChecksheetReadError) return `refused: ${error.code}`;
    throw error;
  }
}

const LIMITS = [1, 2, 3, 5];

describe('rows wider than the cell limit', () => {
  const documents = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(txt|csv|tsv|md)$/.test(name))
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')] as const)
  );

  it.each(documents)('%s reads the same whatever the cell limit', (_name, text) => {
    const expected = reading(() => parseTabularText(text, context));
    for (const limit of LIMITS) {
      expect(reading(() => readTextTable(text, context, limit))).toBe(expected);
    }
  });

  const line = fc.oneof(
    fc.constantFrom(
      '項番\t確認事項\t実施有無\t備考',
      'No.,Question,Answer,Remarks',
      'ID\tQuestion\tYes\tNo\tN/A\tNotes',
      '1-1\t方針があること。\t○\t定めています。',
      '1-2\t窓口\t\t\t\t\t\t\t\t○',
      '1.1,Encrypted?,Yes,AES,,,,,extra,,',
      '1.2,"multi',
      'line",No,"a ""quoted"" word",,,x',
      '版\t発行日\t改訂内容',
      '1.0\t2024/01/01\t制定\t\t\t\t追記',
      '\t\t\t\t\t\t\tx',
      'Q1\t方針\t●\t\t\t',
      '続きの行です。'
    ),
    fc.string({
      unit: fc.constantFrom('a', '1-1', '○', '\t', '\t\t\t', ',', '"', ' ', '<b>', '&amp;')
    })
  );

  it('reads generated tables the same whatever the cell limit', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(...LIMITS), (lines, limit) => {
        const text = lines.join('\n');
        expect(reading(() => readTextTable(text, context, limit))).toBe(
          reading(() => parseTabularText(text, context))
        );
      }),
      { numRuns: 400 }
    );
  });

  it('keeps every filled cell past the limit, at its column', () => {
    const reader = new DelimitedReader(`a\t\t\tb\t"c\td"\t\t\n${'\t'.repeat(100000)}x`, '\t');
    reader.cellLimit = 2;
    const record = reader.next();
    expect(record).toBeDefined();
    if (record === undefined) return;
    expect(record.cells).toEqual(['a', '']);
    expect(cellCount(record)).toBe(7);
    expect([2, 3, 4, 5, 6, 7].map((column) => cellAt(record, column))).toEqual([
      '',
      'b',
      'c\td',
      '',
      '',
      ''
    ]);
    expect(record.more?.columns).toEqual([3, 4]);
    const wide = reader.next();
    expect(wide && cellCount(wide)).toBe(100001);
    expect(wide && cellAt(wide, 100000)).toBe('x');
    expect(wide?.more?.columns).toEqual([100000]);
    expect(tokenizeRecords('a\t\t', '\t')[0].cells).toEqual(['a', '', '']);
  });
});
