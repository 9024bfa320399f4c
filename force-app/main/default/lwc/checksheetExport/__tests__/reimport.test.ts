import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { TextDecoder as NodeTextDecoder } from 'util';
import * as XLSX from '@e965/xlsx';
import { checksheetTable, csvBytes, toCsv, toXlsx } from 'c/checksheetExport';
import type { ParsedChecksheet, SpreadsheetLibrary } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

/**
 * What a reviewer exports must come back when imported again: a CSV or .xlsx written from a
 * parsed checksheet gives the same items (numbers, sections, statuses, marks, answers).
 */
const spreadsheet = XLSX as unknown as SpreadsheetLibrary;

// Under jsdom (LWC modules cannot load under `@jest-environment node`), which has no TextDecoder:
// Node's stands in for the one the browser and the org provide.
if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
const fixtureDir = path.resolve(__dirname, '..', '..', 'checksheetTabular', '__tests__', 'data');
const seedDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

function parseFile(file: string): ParsedChecksheet {
  return parseChecksheet({ fileName: path.basename(file), bytes: readFileSync(file) });
}

/** What must survive the round trip. */
function contents(parsed: ParsedChecksheet): string[][] {
  return parsed.items.map((item) => [
    item.number,
    item.section,
    item.question,
    item.status,
    item.mark,
    item.answer
  ]);
}

function viaCsv(parsed: ParsedChecksheet): ParsedChecksheet {
  return parseChecksheet({ fileName: 'export.csv', bytes: csvBytes(checksheetTable(parsed)) });
}

function viaXlsx(parsed: ParsedChecksheet): ParsedChecksheet {
  const bytes = toXlsx([{ name: 'Checksheet', rows: checksheetTable(parsed) }], spreadsheet);
  return parseChecksheet({ fileName: 'export.xlsx', bytes }, { spreadsheet });
}

describe('an exported checksheet imported again', () => {
  const acme = parseFile(path.join(fixtureDir, 'acme-meti.txt'));

  it('gives back every item of a METI sheet through CSV', () => {
    const back = viaCsv(acme);
    expect(back.format).toBe('csv');
    expect(contents(back)).toEqual(contents(acme));
    expect(back.lines.accounted).toBe(back.lines.total);
  });

  it('gives back every item of a METI sheet through .xlsx', () => {
    const back = viaXlsx(acme);
    expect(back.format).toBe('xlsx');
    expect(contents(back)).toEqual(contents(acme));
  });

  it('keeps the items that test the reader: marks in remarks, HTML lists, several marks, unknown marks', () => {
    const back = viaCsv(acme);
    const byNumber = (number: string) => back.items.find((item) => item.number === number);
    expect(byNumber('2-1-1')).toMatchObject({
      mark: '○',
      status: 'implemented',
      answer: '情報セキュリティ責任者を任命しています。'
    });
    expect(byNumber('2-1-2')).toMatchObject({ mark: '○ ×', status: 'partial' });
    expect(byNumber('4-2')).toMatchObject({ mark: '○ ×', status: 'partial' });
    expect(byNumber('3-1')).toMatchObject({ mark: 'Maybe', status: 'none' });
    expect(byNumber('2-1-3')).toMatchObject({ mark: '-', status: 'not_applicable' });
  });

  it('reads the section column as the sections of the items', () => {
    const back = viaCsv(acme);
    expect(back.sections.map(({ number, title }) => `${number} ${title}`.trim())).toEqual([
      '1 情報セキュリティのための方針群',
      '2-1 内部組織',
      '3 人的資産',
      '共通事項',
      '5 その他'
    ]);
  });

  it('keeps the line the item had in the first document as an extra column', () => {
    const back = viaCsv(acme);
    expect(back.items[0].extra).toEqual({ '行 Line': String(acme.items[0].line) });
  });

  test.each(['acme.csv', 'acme-caiq.csv', 'acme-paste.tsv'])(
    'gives back the items of %s through CSV and .xlsx',
    (name) => {
      const original = parseFile(path.join(fixtureDir, name));
      expect(original.items.length).toBeGreaterThan(0);
      expect(contents(viaCsv(original))).toEqual(contents(original));
      expect(contents(viaXlsx(original))).toEqual(contents(original));
    }
  );

  it('reads the worded status column when the mark column is empty, and lets the mark win', () => {
    const table = checksheetTable(acme).slice(0, 1);
    table.push(
      ['1', '', 'Edited by a reviewer', '一部実施 Partial', '', 'in progress', '1'],
      ['2', '', 'Mark and status disagree', '実施 Implemented', '×', '', '2'],
      ['3', '', 'Status column holds a mark', '△', '', '', '3'],
      ['4', '', 'No answer', '回答なし No answer', '', '- not a mark here', '4'],
      ['5', '', '=1+2 looks like a formula', '実施 Implemented', '○', '@team: +81 3 0000 0000', '5']
    );
    const back = parseChecksheet({ fileName: 'edited.csv', text: toCsv(table) });
    expect(back.items.map(({ status, mark, answer }) => [status, mark, answer])).toEqual([
      ['partial', '', 'in progress'],
      ['not_implemented', '×', ''],
      ['partial', '△', ''],
      ['none', '', '- not a mark here'],
      ['implemented', '○', '@team: +81 3 0000 0000']
    ]);
    expect(back.items[4].question).toBe('=1+2 looks like a formula');
  });
});

const seeds = ['001_1ed77237345f712d.txt', '003_baadf207d426036c.txt'].map((name) =>
  path.join(seedDir, name)
);
const seedsPresent = seeds.every((file) => existsSync(file));
if (!seedsPresent) {
  console.warn(`seed checksheets not found in ${seedDir}: seed round-trip tests skipped`);
}
const describeSeeds = seedsPresent ? describe : describe.skip;

describeSeeds('the seed METI checksheets exported and imported again', () => {
  test.each(seeds.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
    const original = parseFile(file);
    expect(original.items.length).toBeGreaterThan(50);
    expect(contents(viaCsv(original))).toEqual(contents(original));
    expect(contents(viaXlsx(original))).toEqual(contents(original));
  });
});
