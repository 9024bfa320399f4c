import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { detectTabularText, parseTabularText } from 'c/checksheetTabular';

/**
 * The real METI checksheets in ../shared/seeds (other companies' documents: read, never copied).
 * Expected values come from reading the documents, not from running this parser.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
const seedDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const RAYKIT = path.join(seedDir, '001_1ed77237345f712d.txt');
const KREW = path.join(seedDir, '003_baadf207d426036c.txt');
const WHITE_PAPERS = [
  path.join(seedDir, '000_be449ed869034d14.txt'),
  path.join(seedDir, '002_244f63b380e070cc.txt')
];

const seedsPresent = existsSync(RAYKIT) && existsSync(KREW);
if (!seedsPresent) {
  console.warn(`seed checksheets not found in ${seedDir}: seed tests skipped`);
}
const describeSeeds = seedsPresent ? describe : describe.skip;

/** "6-", 1, 3 → ["6-1", "6-2", "6-3"]. */
function numbered(prefix: string, first: number, last: number): string[] {
  const numbers: string[] = [];
  for (let n = first; n <= last; n += 1) numbers.push(`${prefix}${n}`);
  return numbers;
}

/** Item numbers in document order; `lastOfSix` is 30 for RayKit, 31 for krew. */
function expectedNumbers(lastOfSix: number): string[] {
  return [
    ...numbered('1-', 1, 2),
    ...numbered('2-1-', 1, 5),
    '3-1-1',
    '3-2-1',
    '3-2-2',
    '3-3-1',
    ...numbered('4-', 1, 2),
    ...numbered('5-', 1, 6),
    ...numbered('6-', 1, lastOfSix),
    '7-1',
    ...numbered('8-', 1, 3),
    ...numbered('9-', 1, 5),
    ...numbered('10-', 1, 6),
    ...numbered('11-', 1, 6)
  ];
}

const EXPECTED_SECTIONS = [
  '1 情報セキュリティのための方針群',
  '2 情報セキュリティのための組織',
  '2-1 内部組織',
  '3 人的資産のセキュリティ',
  '3-1 雇用前',
  '3-2 雇用期間中',
  '3-3 雇用の終了または変更',
  '4 資産の管理',
  '5 物理的及び環境的セキュリティ',
  '6 運用のセキュリティ・アクセス制御',
  '7 供給者関係',
  '8 情報セキュリティ事象・情報セキュリティインシデント',
  '9 事業継続マネジメントにおける情報セキュリティの側面',
  '10 遵守',
  '11 その他'
];

function parseSeed(file: string): ParsedChecksheet {
  return parseTabularText(readFileSync(file, 'utf8'), {
    fileName: path.basename(file),
    encoding: 'utf-8'
  });
}

function item(sheet: ParsedChecksheet, number: string) {
  const found = sheet.items.find((candidate) => candidate.number === number);
  if (found === undefined) throw new Error(`item ${number} not found`);
  return found;
}

function countStatuses(sheet: ParsedChecksheet): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of sheet.items) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

function expectSoundAccounting(sheet: ParsedChecksheet): void {
  expect(sheet.lines.accounted).toBe(sheet.lines.total);
  expect(sheet.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

describeSeeds('RayKit METI checksheet 1.0 (seed 001)', () => {
  const sheet = seedsPresent ? parseSeed(RAYKIT) : (undefined as never);

  it('is detected as METI text and read with its title and version', () => {
    expect(detectTabularText(readFileSync(RAYKIT, 'utf8'))).toBe('meti');
    expect(sheet.format).toBe('meti');
    expect(sheet.title).toBe('RayKitセキュリティチェックシート (経産省版)');
    expect(sheet.version).toBe('1.0');
    expect(sheet.preamble).toContain('ISO27001の認証について');
  });

  it('has every item, in order', () => {
    expect(sheet.items.map((entry) => entry.number)).toEqual(expectedNumbers(30));
  });

  it('has every section row, and files items under them', () => {
    expect(sheet.sections.map((s) => `${s.number} ${s.title}`)).toEqual(EXPECTED_SECTIONS);
    expect(item(sheet, '2-1-3').section).toBe('2-1 内部組織');
    expect(item(sheet, '4-2').section).toBe('4 資産の管理');
  });

  it('reads the marks: 64 ○, one △ (6-15), five - (not applicable)', () => {
    expect(countStatuses(sheet)).toEqual({
      implemented: 64,
      partial: 1,
      not_applicable: 5
    });
    expect(item(sheet, '6-15')).toMatchObject({ mark: '△', status: 'partial' });
    expect(sheet.items.filter((e) => e.status === 'not_applicable').map((e) => e.number)).toEqual([
      '6-18',
      '6-20',
      '6-22',
      '6-24',
      '6-28'
    ]);
  });

  it('splits a mark merged into the remarks cell (5-1 … 6-4)', () => {
    const merged = item(sheet, '5-3');
    expect(merged.mark).toBe('○');
    expect(merged.status).toBe('implemented');
    expect(merged.answer.startsWith('RayKitシリーズは利用者のSalesforce組織')).toBe(true);
    expect(item(sheet, '6-4').answer.startsWith('脆弱性情報について')).toBe(true);
  });

  it('keeps items with a mark and empty remarks, and their source lines', () => {
    expect(item(sheet, '4-2')).toMatchObject({
      mark: '○',
      answer: '',
      line: 59
    });
    expect(item(sheet, '1-1').line).toBe(39);
    expect(item(sheet, '1-1').answer).toContain(
      'https://www.mescius.com/policy/security/default.html'
    );
  });

  it('accounts for all 106 non-blank lines and reports no problem', () => {
    expectSoundAccounting(sheet);
    expect(sheet.lines).toMatchObject({ total: 106, items: 70, sections: 15 });
  });
});

describeSeeds('krew METI checksheet 1.2 (seed 003)', () => {
  const sheet = seedsPresent ? parseSeed(KREW) : (undefined as never);

  it('is read with its title and version', () => {
    expect(sheet.format).toBe('meti');
    expect(sheet.title).toBe('krewセキュリティチェックシート (経産省版)');
    expect(sheet.version).toBe('1.2');
  });

  it('has every item, in order, with its inserted 6-7', () => {
    expect(sheet.items.map((entry) => entry.number)).toEqual(expectedNumbers(31));
    expect(item(sheet, '6-7').question.startsWith('モバイルコードの利用が認可された場合')).toBe(
      true
    );
    expect(
      item(sheet, '6-8').question.startsWith('クラウドサービス利用者の情報、ソフトウェア')
    ).toBe(true);
  });

  it('reads section rows written in <b> tags', () => {
    expect(sheet.sections.map((s) => `${s.number} ${s.title}`)).toEqual(EXPECTED_SECTIONS);
  });

  it('reads marks inside HTML lists as the status, and the list as plain text', () => {
    const mobileCode = item(sheet, '6-7');
    expect(mobileCode).toMatchObject({
      mark: '○',
      status: 'implemented',
      line: 76
    });
    expect(mobileCode.answer).toContain('https://cybozudev.zendesk.com/hc/ja/articles/201919400-');
    expect(mobileCode.answer).not.toContain('<');
    expect(mobileCode.answer.startsWith('kintone連携製品で使用できるモバイルコード')).toBe(true);

    const backup = item(sheet, '6-8');
    expect(backup).toMatchObject({ mark: '○', status: 'implemented' });
    expect(backup.answer).toContain('https://docs.krew.mescius.jp/krewdata/#data_to_handle.html');
    expect(backup.answer).not.toMatch(/[<>]/);

    const monitoring = item(sheet, '6-9');
    expect(monitoring.mark).toBe('○');
    expect(monitoring.answer.split('\n')).toHaveLength(3);
    expect(monitoring.answer).toContain('https://krew.statuspal.io/');
  });

  it('reads the marks: one △ (6-16), one × (11-6), five -', () => {
    expect(countStatuses(sheet)).toEqual({
      implemented: 64,
      partial: 1,
      not_implemented: 1,
      not_applicable: 5
    });
    expect(item(sheet, '11-6')).toMatchObject({
      mark: '×',
      status: 'not_implemented'
    });
    expect(item(sheet, '6-16')).toMatchObject({ mark: '△', status: 'partial' });
  });

  it('turns links in plain remarks into text', () => {
    const answer = item(sheet, '2-1-4').answer;
    expect(answer).toContain('https://krew.mescius.jp/slo/');
    expect(answer).not.toContain('<a');
  });

  it('accounts for all 107 non-blank lines and reports no problem', () => {
    expectSoundAccounting(sheet);
    expect(sheet.lines).toMatchObject({ total: 107, items: 71, sections: 15 });
  });
});

describeSeeds('white papers (seeds 000 and 002)', () => {
  it('are not tabular: they go to the sections parser', () => {
    for (const file of WHITE_PAPERS) {
      expect(detectTabularText(readFileSync(file, 'utf8'))).toBeUndefined();
    }
  });
});
