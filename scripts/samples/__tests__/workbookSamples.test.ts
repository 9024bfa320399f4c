/**
 * The generated sample workbook read by the real command-line tool, as the import wizard's
 * "import a workbook with two question sheets" end-to-end test will read it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/__tests__/runCli';
import { TWO_QUESTION_SHEETS, twoQuestionSheetsWorkbook } from '../workbookSamples';

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
