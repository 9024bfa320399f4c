/**
 * parseChecksheet, the entry point every caller uses: encodings, format detection, refusals with
 * the exact message a user sees, the real sample documents, and properties over arbitrary input.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { ChecksheetReadError, LIMITS } from 'c/checksheetModel';
import type { ChecksheetSource, ParsedChecksheet, SpreadsheetLibrary } from 'c/checksheetModel';
import { parseChecksheet, UNKNOWN_FORMAT_MESSAGE } from 'c/checksheetParser';
import { countNonBlankLines, splitLines } from 'c/checksheetText';
import {
  concat,
  hugeBytes,
  shiftJis,
  utf16be,
  utf16le,
  utf8,
  utf8WithBom
} from '../../checksheetText/__tests__/encodeText';

const spreadsheet = XLSX as unknown as SpreadsheetLibrary;
const dataDir = path.join(__dirname, 'data');
const repoRoot = path.resolve(__dirname, '../../../../../..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(`Seed tests for parseChecksheet skipped: ${seedsDir} is absent.`);
}

function fixture(name: string): string {
  return fs.readFileSync(path.join(dataDir, name), 'utf8');
}

function refusal(source: ChecksheetSource, options = {}): string {
  try {
    parseChecksheet(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ChecksheetReadError);
    return (error as Error).message;
  }
  throw new Error('expected parseChecksheet to refuse the document');
}

function expectSound(parsed: ParsedChecksheet, text?: string): void {
  expect(parsed.lines.accounted).toBe(parsed.lines.total);
  if (text !== undefined) {
    const lines = splitLines(text);
    expect(parsed.lines.total).toBe(countNonBlankLines(lines));
    for (const item of parsed.items) {
      expect(item.line).toBeGreaterThanOrEqual(1);
      expect(item.line).toBeLessThanOrEqual(lines.length);
    }
  }
  expect(parsed.items.length).toBeLessThanOrEqual(LIMITS.maxItems);
}

describe('white papers in every encoding', () => {
  const text = fixture('tsukimi-whitepaper.txt').replace(/\n/g, '\r\n');
  const expected = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'];

  test.each([
    ['UTF-8', utf8(text), 'utf-8'],
    ['UTF-8 with BOM', utf8WithBom(text), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16le(text), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(text), 'utf-16be'],
    ['Shift_JIS', shiftJis(text), 'shift_jis']
  ])('%s', (_, bytes, encoding) => {
    const parsed = parseChecksheet({ fileName: 'tsukimi.txt', bytes });
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.format).toBe('sections');
    expect(parsed.fileName).toBe('tsukimi.txt');
    expect(parsed.title).toBe('セキュリティホワイトペーパー（ツキミ勤怠）');
    expect(parsed.items.map((item) => item.number)).toEqual(expected);
    expect(parsed.items[3].answer).toBe(
      '「ツキミ勤怠」は、最低 13 か月間のアクセスログを保存しています。'
    );
    expectSound(parsed);
  });

  test('pasted text is read as UTF-8, a leading BOM dropped', () => {
    const parsed = parseChecksheet({
      fileName: '',
      text: `\ufeff${fixture('northwind-security-overview.txt')}`
    });
    expect(parsed).toMatchObject({
      encoding: 'utf-8',
      format: 'sections',
      fileName: '',
      title: 'Northwind Forms — Security Overview'
    });
  });

  test.each([
    'hoshizora-whitepaper.md',
    'tsukimi-whitepaper.txt',
    'northwind-security-overview.txt',
    'kumo-irregular.md'
  ])('%s is detected as a numbered-section document', (name) => {
    const source = fixture(name);
    const parsed = parseChecksheet({ fileName: name, bytes: utf8(source) });
    expect(parsed.format).toBe('sections');
    expectSound(parsed, source);
  });
});

describe('format detection hands tables to the tabular reader', () => {
  const meti = [
    'ミナト請求 セキュリティチェックシート',
    'バージョン : 1.0',
    '',
    '項番\t確認事項\t実施有無\t備考',
    '1-1\t情報セキュリティ方針を定めていますか\t○\t毎年見直しています',
    '1-2\t責任者を任命していますか\t△\t'
  ].join('\n');

  test('METI checksheet text', () => {
    const parsed = parseChecksheet({
      fileName: 'minato.txt',
      bytes: utf8(meti)
    });
    expect(parsed.format).toBe('meti');
    expect(parsed.items.map((item) => item.number)).toEqual(['1-1', '1-2']);
    expectSound(parsed, meti);
  });

  test('CSV', () => {
    const csv = 'No,Question,Answer,Notes\n1,Do you encrypt data at rest?,Yes,AES-256\n';
    const parsed = parseChecksheet({ fileName: 'answers.csv', text: csv });
    expect(parsed.format).toBe('csv');
    expect(parsed.fileName).toBe('answers.csv');
  });

  test('an .xlsx workbook goes to the workbook reader', () => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['項番', '確認事項', '実施有無', '備考'],
      ['1-1', '情報セキュリティ方針を定めていますか', '○', '']
    ]);
    XLSX.utils.book_append_sheet(book, sheet, 'チェックシート');
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
    );
    const parsed = parseChecksheet({ fileName: 'minato.xlsx', bytes }, { spreadsheet });
    expect(parsed.format).toBe('xlsx');
    expect(parsed.items.map((item) => item.number)).toEqual(['1-1']);
    expect(parsed.fileName).toBe('minato.xlsx');
  });

  test('an .xlsx without a spreadsheet library is refused', () => {
    const bytes = concat([0x50, 0x4b, 0x03, 0x04], new Uint8Array(16));
    expect(refusal({ fileName: 'minato.xlsx', bytes })).toMatch(/^minato\.xlsx: /);
  });

  test('a damaged .xlsx is refused, not crashed on', () => {
    const bytes = concat([0x50, 0x4b, 0x03, 0x04], utf8('not really a zip'));
    expect(refusal({ fileName: 'broken.xlsx', bytes }, { spreadsheet })).toMatch(/^broken\.xlsx: /);
  });
});

describe('refusals: the exact message a user sees', () => {
  test('empty file', () => {
    expect(refusal({ fileName: 'empty.txt', bytes: new Uint8Array(0) })).toBe(
      'empty.txt: the file is empty'
    );
  });

  test('a file of blank lines', () => {
    expect(refusal({ fileName: 'blank.txt', bytes: utf8('\n \r\n\u3000\n') })).toBe(
      'blank.txt: the file is empty'
    );
  });

  test('an empty paste', () => {
    expect(refusal({ fileName: '', text: '  \n' })).toBe('the pasted text is empty');
    expect(refusal({ fileName: '' })).toBe('the pasted text is empty');
  });

  test('binary: a PDF', () => {
    const pdf = concat(
      [...'%PDF-1.7\n%'].map((char) => char.charCodeAt(0)),
      new Uint8Array([0xe2, 0xe3, 0, 0, 0x0a])
    );
    expect(refusal({ fileName: 'whitepaper.pdf', bytes: pdf })).toBe(
      'whitepaper.pdf: looks like a binary file (PDF) — export the document as text, CSV or .xlsx'
    );
  });

  test('too large: bytes', () => {
    expect(refusal({ fileName: 'huge.txt', bytes: hugeBytes() })).toBe(
      'huge.txt: the file is too large: 30 MB (31457280 bytes); the limit is 25 MB'
    );
  });

  test('too large: an .xlsx', () => {
    const bytes = hugeBytes();
    const saved = bytes.slice(0, 4);
    bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
    try {
      expect(refusal({ fileName: 'huge.xlsx', bytes }, { spreadsheet })).toBe(
        'huge.xlsx: the file is too large: 30 MB (31457280 bytes); the limit is 25 MB'
      );
    } finally {
      bytes.set(saved, 0);
    }
  });

  test('too large: a paste', () => {
    const text = 'a'.repeat(LIMITS.maxBytes + 1);
    expect(refusal({ fileName: '', text })).toBe(
      'the file is too large: 25 MB (26214401 characters); the limit is 25 MB'
    );
  });

  test('unknown format', () => {
    expect(
      refusal({
        fileName: 'notes.txt',
        bytes: utf8('Meeting notes\nWe talked about the roadmap.\n')
      })
    ).toBe(
      'notes.txt: no checksheet items or numbered sections found: expected a header row with 項番/確認事項 (a METI checksheet, CSV, TSV or CAIQ sheet) or numbered headings like "2.1 …" (a white paper)'
    );
    expect(UNKNOWN_FORMAT_MESSAGE).toContain('項番/確認事項');
  });

  test('more items than the limit', () => {
    const body = Array.from(
      { length: LIMITS.maxItems + 1 },
      (_, index) => `${Math.floor(index / 500) + 1}.${(index % 500) + 1} Item\nAnswer.`
    ).join('\n');
    expect(refusal({ fileName: 'big.txt', text: body })).toBe(
      'big.txt: has 50001 items; the limit is 50000 — split the document into smaller files'
    );
  });
});

(haveSeeds ? describe : describe.skip)('real sample documents (../shared/seeds)', () => {
  function seed(prefix: string): { text: string; parsed: ParsedChecksheet } {
    const name = fs.readdirSync(seedsDir).find((file) => file.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}`);
    const bytes = new Uint8Array(fs.readFileSync(path.join(seedsDir, name)));
    return {
      text: new TextDecoder().decode(bytes),
      parsed: parseChecksheet({ fileName: name, bytes })
    };
  }

  const whitePaperNumbers = [
    '1.1',
    '1.2',
    ...Array.from({ length: 19 }, (_, index) => `2.${index + 1}`)
  ];

  test('RayPen white paper (000)', () => {
    const { text, parsed } = seed('000_');
    expect(parsed.format).toBe('sections');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.title).toBe('セキュリティホワイトペーパー (RayPen)');
    expect(parsed.version).toBe('1.0');
    expect(parsed.items.map((item) => item.number)).toEqual(whitePaperNumbers);
    const byNumber = new Map(parsed.items.map((item) => [item.number, item]));
    expect(byNumber.get('1.1')?.section).toBe('はじめに');
    expect(byNumber.get('2.5')).toMatchObject({
      section: '2 セキュリティへの取り組み',
      question: '特権的なユーティリティプログラムの使用',
      line: 53
    });
    expect(byNumber.get('2.13')?.question).toBe('ログに関する情報');
    expect(byNumber.get('2.13')?.answer).toBe('「RayPen」は、ログの収集を行っておりません。');
    expect(byNumber.get('2.17')?.answer).toContain(
      'https://developer.salesforce.com/docs/atlas.jp.220.0.securityImplGuide.meta/securityImplGuide/salesforce_security_guide.htm'
    );
    expect(parsed.sections.map((section) => section.title)).toEqual([
      '用語の定義',
      'はじめに',
      'セキュリティへの取り組み'
    ]);
    expect(parsed.revisions).toEqual([
      { version: '1.0', date: '2024/11/15', description: '制定', line: 112 }
    ]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectSound(parsed, text);
  });

  test('krewDashboard white paper (002)', () => {
    const { text, parsed } = seed('002_');
    expect(parsed.format).toBe('sections');
    expect(parsed.title).toBe('セキュリティホワイトペーパー（krewDashboard）');
    expect(parsed.version).toBe('1.1');
    expect(parsed.items.map((item) => item.number)).toEqual(whitePaperNumbers);
    const logs = parsed.items.find((item) => item.number === '2.13');
    expect(logs).toMatchObject({
      question: 'ログに関する情報',
      section: '2 セキュリティへの取り組み',
      line: 84
    });
    expect(logs?.answer.startsWith('「krewDashboard」は、情報セキュリティポリシーに従い')).toBe(
      true
    );
    expect(parsed.revisions).toEqual([
      { version: '1.0', date: '2023/07/04', description: '制定', line: 119 },
      {
        version: '1.1',
        date: '2023/11/01',
        description: '・当社社名を変更 ・当社サイトの URL を変更',
        line: 120
      }
    ]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectSound(parsed, text);
  });

  test.each(['001_', '003_'])('METI checksheet %s goes to the tabular reader', (prefix) => {
    const { text, parsed } = seed(prefix);
    expect(parsed.format).toBe('meti');
    expect(parsed.items.length).toBeGreaterThan(50);
    expectSound(parsed, text);
  });
});

describe('properties over arbitrary input', () => {
  const fragments = fc.constantFrom(
    '# Title',
    '## はじめに',
    '## 2 セキュリティへの取り組み',
    '### 2.1 アカウント管理',
    '#### 2.15 ネットワークの分離',
    '- 2.5 特権的なユーティリティ  ',
    '2.13 ログに関する情報',
    '1.1 Purpose',
    '3 運用',
    '第2章 総則',
    'Section 4: Ops',
    '**2.2 Bold**',
    'はじめに',
    '【改訂履歴】',
    'Ver.\t発行日\t改訂内容',
    '1.0\t2023/07/04\t制定',
    '| 2.0 | 2024-09-01 | x |',
    '項番\t確認事項\t実施有無\t備考',
    '1-1\t方針を定めていますか\t○\t',
    'No,Question,Answer',
    '1,Q?,Yes',
    '<ul><li>item</li></ul>',
    '<https://example.com>',
    'Body text.',
    '本文です。',
    '',
    '   ',
    '\u3000'
  );
  const documents = fc
    .array(fc.oneof(fragments, fc.string({ maxLength: 30 })), { maxLength: 40 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

  /** The parse, or undefined when the document was refused; anything else thrown is a bug. */
  function parseOrRefuse(run: () => ParsedChecksheet): ParsedChecksheet | undefined {
    try {
      return run();
    } catch (error) {
      if (error instanceof ChecksheetReadError) return undefined;
      throw error;
    }
  }

  function internalErrors(parsed: ParsedChecksheet | undefined): string[] {
    return (parsed?.diagnostics ?? [])
      .filter((d) => d.line === 0 && d.severity === 'error')
      .map((d) => d.message);
  }

  test('any pasted text: a parse with balanced books, or a ChecksheetReadError', () => {
    fc.assert(
      fc.property(fc.oneof(documents, fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseOrRefuse(() => parseChecksheet({ fileName: 'x.txt', text }));
        if (parsed) expectSound(parsed, text);
        expect(internalErrors(parsed)).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  test('any bytes: a parse with balanced books, or a ChecksheetReadError', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      documents.map((text) => utf8(text)),
      documents.map((text) => utf16le(text)),
      documents.map((text) => concat([0x50, 0x4b, 0x03, 0x04], utf8(text)))
    );
    fc.assert(
      fc.property(bytes, (data) => {
        const parsed = parseOrRefuse(() =>
          parseChecksheet({ fileName: 'x.bin', bytes: data }, { spreadsheet })
        );
        if (parsed) expectSound(parsed);
        expect(internalErrors(parsed)).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });
});
