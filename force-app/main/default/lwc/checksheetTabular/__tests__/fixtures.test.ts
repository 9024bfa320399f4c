import fs from 'fs';
import path from 'path';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { detectTabularText, parseTabularText } from 'c/checksheetTabular';

/** Made-up vendors' checksheets, one per format (see __tests__/data). */
const dataDir = path.join(__dirname, 'data');

function read(name: string): string {
  return fs.readFileSync(path.join(dataDir, name), 'utf8');
}

function parse(name: string): ParsedChecksheet {
  return parseTabularText(read(name), { fileName: name, encoding: 'utf-8' });
}

function item(sheet: ParsedChecksheet, number: string) {
  const found = sheet.items.find((candidate) => candidate.number === number);
  if (found === undefined) throw new Error(`item ${number} not found`);
  return found;
}

function messages(sheet: ParsedChecksheet): string[] {
  return sheet.diagnostics.map((d) => `${d.severity}: ${d.message}`);
}

describe('METI checksheet text (acme-meti.txt)', () => {
  const sheet = parse('acme-meti.txt');

  it("is METI text with the preamble's title and version", () => {
    expect(detectTabularText(read('acme-meti.txt'))).toBe('meti');
    expect(sheet.format).toBe('meti');
    expect(sheet.title).toBe('Acme Cloudセキュリティチェックシート (経産省版)');
    expect(sheet.version).toBe('2.0');
    expect(sheet.preamble.split('\n')).toHaveLength(4);
    expect(sheet.fileName).toBe('acme-meti.txt');
    expect(sheet.encoding).toBe('utf-8');
  });

  it('reads items in order, numbering the one without 項番 by position', () => {
    expect(sheet.items.map((entry) => entry.number)).toEqual([
      '1-1',
      '1-2',
      '2-1-1',
      '2-1-2',
      '2-1-3',
      '2-1-4',
      '2-1-5',
      '3-1',
      '3-2',
      '3-2',
      '#11',
      '4-1',
      '4-2',
      '5-1'
    ]);
  });

  it('reads section rows: numbered, in <b>, with too few or no tabs, split in two columns, number-less', () => {
    expect(sheet.sections).toEqual([
      { number: '1', title: '情報セキュリティのための方針群', line: 9 },
      { number: '2', title: '組織', line: 12 },
      { number: '2-1', title: '内部組織', line: 13 },
      { number: '3', title: '人的資産', line: 21 },
      { number: '', title: '共通事項', line: 27 },
      { number: '5', title: 'その他', line: 30 }
    ]);
    expect(item(sheet, '2-1-3').section).toBe('2-1 内部組織');
    expect(item(sheet, '4-1').section).toBe('共通事項');
  });

  it('reads marks in every place a vendor writes them', () => {
    expect(item(sheet, '1-2')).toMatchObject({ mark: '△', status: 'partial' });
    expect(item(sheet, '2-1-1')).toMatchObject({
      mark: '○',
      status: 'implemented',
      answer: '情報セキュリティ責任者を任命しています。'
    });
    expect(item(sheet, '2-1-2')).toMatchObject({
      mark: '○ ×',
      status: 'partial',
      answer:
        '窓口は お問い合わせページ (https://acme.example/contact) です。\n電話窓口はありません。'
    });
    expect(item(sheet, '2-1-3')).toMatchObject({
      mark: '-',
      status: 'not_applicable'
    });
    expect(item(sheet, '4-1')).toMatchObject({
      mark: '○',
      status: 'implemented',
      answer: '日次で取得しています。'
    });
    expect(item(sheet, '4-2')).toMatchObject({
      mark: '○ ×',
      status: 'partial'
    });
  });

  it('joins lines a cell wrapped onto to their item', () => {
    expect(item(sheet, '2-1-4')).toMatchObject({
      line: 17,
      answer: 'メールで受け付けています。\n受付時間は平日9時から17時です。'
    });
    expect(item(sheet, '2-1-5')).toMatchObject({
      line: 19,
      question: '苦情窓口を明確にすること。\n（外部に公開すること。）',
      mark: '○',
      answer: '公開しています。'
    });
  });

  it('keeps an unknown mark as written, with status none', () => {
    expect(item(sheet, '3-1')).toMatchObject({ mark: 'Maybe', status: 'none' });
  });

  it('appends cells beyond the header to the remarks', () => {
    expect(sheet.items[8].answer).toBe('手続きはありません。\n追記: 来年度に整備予定。');
  });

  it('reads the revision table after the items', () => {
    expect(sheet.revisions).toEqual([
      { version: '1.0', date: '2023/04/01', description: '制定', line: 34 },
      {
        version: '2.0',
        date: '2024/04/01',
        description: '項目 2-1-5 を追加',
        line: 35
      }
    ]);
  });

  it('says what it found and what it did, line by line', () => {
    expect(messages(sheet)).toEqual([
      'info: 2 lines (18 and 20) continue the rows above them (a cell wrapped onto the next line); joined to those rows',
      "warning: mark 'Maybe' is not a known answer; kept as written, status none",
      'warning: 5 cells where the header has 4; extra cells appended to the answer',
      'warning: item 3-2 appears at lines 23 and 24; both kept',
      'warning: the row has no 項番; kept as item #11 (numbered by its position)',
      'info: the header row is repeated; skipped'
    ]);
  });

  it('accounts for every non-blank line', () => {
    expect(sheet.lines).toEqual({
      total: 31,
      accounted: 31,
      items: 16,
      sections: 6,
      preamble: 5,
      revisions: 3,
      diagnostics: 1
    });
  });
});

describe('CSV (acme.csv)', () => {
  const sheet = parse('acme.csv');

  it('is CSV with a title row and a version row above the header', () => {
    expect(detectTabularText(read('acme.csv'))).toBe('csv');
    expect(sheet.format).toBe('csv');
    expect(sheet.title).toBe('Acme Cloud Security Questionnaire');
    expect(sheet.version).toBe('3.1');
    expect(sheet.preamble).toBe('Acme Cloud Security Questionnaire\nVersion 3.1');
  });

  it('reads quoted commas, doubled quotes and line breaks in cells', () => {
    expect(item(sheet, '1.1').question).toBe(
      'Is data encrypted at rest, in transit and in backups?'
    );
    expect(item(sheet, '1.2')).toMatchObject({
      question: 'Do you use a "zero trust" network?',
      answer: 'We call it "zero trust lite": VPN plus SSO.'
    });
    expect(item(sheet, '1.3').answer).toBe(
      'Quarterly restore tests:\n- full restore\n- single-file restore'
    );
    expect(item(sheet, '1.4').line).toBe(11);
  });

  it('reads English answers through the status vocabulary', () => {
    expect(sheet.items.map((entry) => [entry.number, entry.mark, entry.status])).toEqual([
      ['1.1', 'Yes', 'implemented'],
      ['1.2', 'Partial', 'partial'],
      ['1.3', 'Yes', 'implemented'],
      ['1.4', 'No', 'not_implemented'],
      ['2.1', 'N/A', 'not_applicable'],
      ['2.2', '', 'none']
    ]);
  });

  it('reads number-less title rows as sections', () => {
    expect(sheet.sections.map((s) => s.title)).toEqual(['Data protection', 'Operations']);
    expect(item(sheet, '2.1').section).toBe('Operations');
  });

  it('accounts for every non-blank line, the multi-line record and the empty row included', () => {
    expect(sheet.lines).toMatchObject({
      total: 14,
      accounted: 14,
      items: 8,
      preamble: 4
    });
    expect(sheet.diagnostics).toEqual([]);
  });
});

describe('Excel paste (acme-paste.tsv)', () => {
  const sheet = parse('acme-paste.tsv');

  it('is TSV: an English header, trailing tabs ignored', () => {
    expect(detectTabularText(read('acme-paste.tsv'))).toBe('tsv');
    expect(sheet.format).toBe('tsv');
    expect(sheet.title).toBe('acme-paste');
    expect(sheet.diagnostics).toEqual([]);
  });

  it('reads quoted cells with line breaks as Excel writes them', () => {
    expect(item(sheet, 'AC-2')).toMatchObject({
      line: 4,
      mark: 'Yes',
      status: 'implemented',
      answer: 'Enforced with:\n"Acme Authenticator" app\nor FIDO2 keys'
    });
    expect(item(sheet, 'AC-3').line).toBe(7);
  });

  it('reads sections and items', () => {
    expect(sheet.sections.map((s) => s.title)).toEqual(['Access control', 'Logging']);
    expect(sheet.items.map((e) => `${e.number} ${e.status}`)).toEqual([
      'AC-1 implemented',
      'AC-2 implemented',
      'AC-3 not_implemented',
      'LG-1 partial'
    ]);
    expect(sheet.lines).toMatchObject({ total: 9, accounted: 9 });
  });
});

describe('CSA CAIQ v4 as CSV (acme-caiq.csv)', () => {
  const sheet = parse('acme-caiq.csv');

  it('is a CAIQ, titled by its first row', () => {
    expect(detectTabularText(read('acme-caiq.csv'))).toBe('caiq');
    expect(sheet.format).toBe('caiq');
    expect(sheet.title).toBe('Consensus Assessments Initiative Questionnaire v4.0.2');
    expect(sheet.version).toBe('4.0.2');
  });

  it('reads question IDs, YES/NO/NA answers and the implementation description', () => {
    expect(sheet.items.map((e) => `${e.number} ${e.mark} ${e.status}`)).toEqual([
      'A&A-01.1 Yes implemented',
      'A&A-01.2 Yes implemented',
      'A&A-02.1 No not_implemented',
      'AIS-01.1 NA not_applicable'
    ]);
    expect(item(sheet, 'A&A-02.1').answer).toBe('ISO 27001 surveillance audit; no SOC 2 yet.');
  });

  it('keeps SSRM Control Ownership and CSC Responsibilities in extra', () => {
    expect(item(sheet, 'A&A-02.1').extra).toEqual({
      'SSRM Control Ownership': 'Shared CSP and CSC',
      'CSC Responsibilities': 'Customers review the certificate.'
    });
    expect(item(sheet, 'A&A-01.2').extra).toEqual({
      'SSRM Control Ownership': 'CSP-owned',
      'CSC Responsibilities': ''
    });
  });

  it('reads domain rows as sections', () => {
    expect(sheet.sections.map((s) => s.title)).toEqual([
      'Audit & Assurance',
      'Application & Interface Security'
    ]);
    expect(item(sheet, 'AIS-01.1').section).toBe('Application & Interface Security');
    expect(sheet.lines).toMatchObject({ total: 9, accounted: 9, preamble: 3 });
  });
});
