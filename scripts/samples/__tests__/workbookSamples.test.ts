/**
 * The generated sample workbook read by the real command-line tool, as the import wizard's
 * "import a workbook with two question sheets" end-to-end test will read it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/__tests__/runCli';
import {
  TWO_QUESTION_SHEETS,
  TWO_ROW_HEADER,
  twoQuestionSheetsWorkbook,
  twoRowHeaderWorkbook
} from '../workbookSamples';

const dir = mkdtempSync(path.join(os.tmpdir(), 'samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`${TWO_QUESTION_SHEETS} through checksheet parse --json`, () => {
  const file = path.join(dir, TWO_QUESTION_SHEETS);
  writeFileSync(file, twoQuestionSheetsWorkbook());
  const run = runCli(['parse', file, '--json']);

  it('prints the items of both question sheets, each with its sheet', async () => {
    const { status, stdout, stderr } = await run;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(parsed.format).toBe('xlsx');
    expect(parsed.title).toBe('つばめクラウド セキュリティチェックシート');
    expect(parsed.version).toBe('2.0');
    expect(
      parsed.items.map((i: { sheet: string; number: string; line: number; status: string }) => [
        i.sheet,
        i.number,
        i.line,
        i.status
      ])
    ).toEqual([
      ['組織的対策', '1-1', 3, 'implemented'],
      ['組織的対策', '1-2', 4, 'implemented'],
      ['組織的対策', '1-3', 5, 'partial'],
      ['技術的対策', '2-1', 3, 'implemented'],
      ['技術的対策', '2-2', 4, 'not_implemented'],
      ['技術的対策', '2-3', 5, 'not_applicable']
    ]);
    expect(parsed.revisions.map((r: { version: string }) => r.version)).toEqual(['1.0', '2.0']);
    expect(parsed.tables.map((t: { sheet: string }) => t.sheet)).toEqual([
      '組織的対策',
      '技術的対策'
    ]);
    expect(parsed.diagnostics.map((d: { message: string }) => d.message)).toContain(
      "sheet '選択肢' is hidden; not read"
    );
    expect(parsed.lines.accounted).toBe(parsed.lines.total);
  });
});

describe(`${TWO_ROW_HEADER} through checksheet parse --json`, () => {
  const file = path.join(dir, TWO_ROW_HEADER);
  writeFileSync(file, twoRowHeaderWorkbook());
  const run = runCli(['parse', file, '--json']);

  it("reads the merged two-row header into the roles and each tick as its column's answer", async () => {
    const { status, stdout, stderr } = await run;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(parsed.format).toBe('xlsx');
    expect(parsed.title).toBe('みなとファイル便 セキュリティ確認書');
    expect(parsed.version).toBe('3');
    expect(
      parsed.items.map(
        (i: { number: string; section: string; mark: string; status: string; line: number }) => [
          i.number,
          i.section,
          i.mark,
          i.status,
          i.line
        ]
      )
    ).toEqual([
      ['Q1', '組織', 'はい', 'implemented', 6],
      ['Q2', '組織', 'はい', 'implemented', 7],
      ['Q3', '技術', 'はい', 'implemented', 8],
      ['Q4', '技術', 'いいえ', 'not_implemented', 9],
      ['Q5', '物理', '該当なし', 'not_applicable', 10]
    ]);
    expect(parsed.items[3]).toMatchObject({
      sheet: '確認書',
      question: '管理者の操作ログを1年以上保存していますか。',
      answer: '現在は90日間です。'
    });
    expect(
      parsed.tables[0].columns.map((c: { header: string; role: string }) => [c.header, c.role])
    ).toEqual([
      ['分類', 'section'],
      ['質問 / 番号', 'number'],
      ['質問 / 内容', 'question'],
      ['回答 / はい', 'yes'],
      ['回答 / いいえ', 'no'],
      ['回答 / 該当なし', 'na'],
      ['備考', 'answer']
    ]);
    expect(parsed.tables[0].headerLine).toBe(4);
    expect(parsed.diagnostics).toEqual([]);
    // Both header rows are accounted as header (preamble), with the two rows above them.
    expect(parsed.lines).toMatchObject({ total: 9, accounted: 9, items: 5, preamble: 4 });
  });
});
