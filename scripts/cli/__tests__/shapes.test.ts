/** @jest-environment node */
/**
 * The samples in the shapes beside the METI sheets — a Markdown checksheet and a CAIQ v3-style
 * CSV answered with an X under Yes / No / Not Applicable below a two-row header — read by the
 * real tool: what `parse --json` prints for them.
 */
import { runCli, sample } from './runCli';

interface JsonItem {
  number: string;
  section: string;
  question: string;
  mark: string;
  status: string;
  answer: string;
  line: number;
}

interface JsonColumn {
  index: number;
  header: string;
  role: string;
  detected: string;
  reason: string;
}

const runs = {
  markdown: runCli(['parse', sample('harukaze-questionnaire.md'), '--json']),
  caiq: runCli(['parse', sample('willowbrook-caiq-v3.csv'), '--json'])
};

async function parsed(name: keyof typeof runs) {
  const { status, stdout, stderr } = await runs[name];
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout.toString('utf8'));
}

describe('harukaze-questionnaire.md (a Markdown checksheet in Japanese)', () => {
  it('prints the table rows as items under their headings, and the revision table as revisions', async () => {
    const json = await parsed('markdown');
    expect(json.format).toBe('markdown');
    expect(json.title).toBe('ハルカゼ帳票 セキュリティチェックシート');
    expect(json.version).toBe('1.2');
    expect(
      json.items.map((item: JsonItem) => [item.number, item.section, item.mark, item.status])
    ).toEqual([
      ['1-1', '1. 組織的対策', '○', 'implemented'],
      ['1-2', '1. 組織的対策', '○', 'implemented'],
      ['1-3', '1. 組織的対策', '△', 'partial'],
      ['2-1', '2. 技術的対策', '○', 'implemented'],
      ['2-2', '2. 技術的対策', '×', 'not_implemented'],
      ['2-3', '2. 技術的対策', '○', 'implemented'],
      ['2-4', '2. 技術的対策', '-', 'not_applicable']
    ]);
    const [, , third, , , escaped] = json.items as JsonItem[];
    expect(third.answer).toBe(
      '正社員は年1回受講しています。\n委託社員は2026年度から対象とします。'
    );
    expect(escaped.question).toBe('ログの改ざんを防止していること（WORM | 署名付き保存）。');
    expect(
      json.revisions.map((r: { version: string; date: string }) => [r.version, r.date])
    ).toEqual([
      ['1.0', '2024/04/01'],
      ['1.2', '2025/09/01']
    ]);
    expect(json.preamble).toContain('※ 本書の内容は回答日時点のものです。');
    expect(json.tables.map((t: { columns: JsonColumn[] }) => t.columns.map((c) => c.role))).toEqual(
      [['number', 'question', 'mark', 'answer']]
    );
    expect(json.diagnostics).toEqual([]);
    expect(json.lines).toEqual({
      total: 25,
      accounted: 25,
      items: 7,
      sections: 2,
      preamble: 11,
      revisions: 5,
      diagnostics: 0
    });
  });
});

describe('willowbrook-caiq-v3.csv (ticks under Yes / No / Not Applicable, two header rows)', () => {
  it('prints each status from the ticked column and the column roles of both header rows', async () => {
    const json = await parsed('caiq');
    expect(json.format).toBe('csv');
    expect(json.version).toBe('2.1');
    expect(json.items.map((item: JsonItem) => [item.number, item.mark, item.status])).toEqual([
      ['AIS-01.1', 'Yes', 'implemented'],
      ['AIS-01.2', 'Yes', 'implemented'],
      ['AIS-02.1', 'Yes', 'implemented'],
      ['BCR-01.1', 'No', 'not_implemented'],
      ['BCR-03.1', 'Not Applicable', 'not_applicable'],
      ['DSI-03.1', 'Yes', 'implemented'],
      ['DSI-07.1', 'Yes', 'implemented'],
      ['IAM-02.1', 'Yes', 'implemented'],
      ['IAM-10.1', 'No', 'not_implemented'],
      ['STA-05.1', 'Yes', 'implemented']
    ]);
    expect(json.items[3]).toMatchObject({
      section: 'Business Continuity Management',
      question: 'Do you provide tenants with geographically resilient hosting options?',
      answer: 'Single region (eu-west); a second region is planned for 2026',
      line: 9
    });
    expect(json.tables[0].headerLine).toBe(4);
    expect(json.tables[0].columns.map((c: JsonColumn) => [c.header, c.role])).toEqual([
      ['Control Domain', 'section'],
      ['Control ID', 'extra'],
      ['Question ID', 'number'],
      ['Control Specification', 'extra'],
      ['Consensus Assessment Questions', 'question'],
      ['Consensus Assessment Answers / Yes', 'yes'],
      ['Consensus Assessment Answers / No', 'no'],
      ['Consensus Assessment Answers / Not Applicable', 'na'],
      ['Notes', 'answer']
    ]);
    expect(json.diagnostics).toEqual([]);
    expect(json.lines).toMatchObject({ total: 15, accounted: 15, items: 10, preamble: 5 });
  });
});
