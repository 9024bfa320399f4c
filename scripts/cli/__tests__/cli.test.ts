/** @jest-environment node */
/**
 * The real tool, run as a child process on the sample documents: what a user or a script sees on
 * stdout, stderr and in the exit status. The runs start together and are awaited per test.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKSHEET_FIELDS, CHECKSHEET_ITEM_FIELDS, ITEM_STATUS_VALUES } from 'c/checksheetSchema';
import { ACCOUNT_NAME_FIELD } from 'c/checksheetRecords';
import type { PlanEntry, TreeFile } from 'c/checksheetRecords';
import { runCli, sample } from './runCli';
import type { CliResult } from './runCli';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'checksheet-cli-'));
const planDir = path.join(outDir, 'nested', 'plan');

// Started at once: each run costs about a second of start-up, so they overlap.
const runs: Record<string, Promise<CliResult>> = {
  parse: runCli(['parse', sample('acme-cloud-meti-v1.txt'), '--json']),
  stdin: runCli(['parse', '-', '--json'], readFileSync(sample('globex-meti.txt'))),
  missing: runCli(['parse', sample('no-such-file.txt'), '--json']),
  badArgs: runCli(['parse', sample('globex-meti.txt'), '--jsn']),
  csv: runCli(['compare', sample('acme-cloud-meti-v2.txt'), sample('globex-meti.txt'), '--csv']),
  records: runCli([
    'records',
    sample('acme-cloud-meti-v2.txt'),
    '--vendor',
    'アクメクラウド株式会社',
    '--out',
    planDir
  ])
};

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('checksheet parse --json', () => {
  it('prints only JSON, with the documented keys in the documented order', async () => {
    const { status, stdout, stderr } = await runs.parse;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(Object.keys(parsed).slice(0, 8)).toEqual([
      'title',
      'version',
      'format',
      'encoding',
      'preamble',
      'items',
      'diagnostics',
      'lines'
    ]);
    expect(Object.keys(parsed.items[0]).slice(0, 7)).toEqual([
      'number',
      'section',
      'question',
      'status',
      'mark',
      'answer',
      'line'
    ]);
    expect(Object.keys(parsed.lines).slice(0, 2)).toEqual(['total', 'accounted']);
    expect(parsed.title).toBe('Acme Cloud セキュリティチェックシート（経済産業省ガイドライン版）');
    expect(parsed.version).toBe('1.0');
    expect(parsed.format).toBe('meti');
    expect(parsed.items).toHaveLength(55);
    expect(parsed.items[0]).toMatchObject({
      number: '1-1',
      section: '1 情報セキュリティ方針',
      status: 'implemented',
      mark: '○'
    });
    expect(
      parsed.items
        .filter((item: { mark: string }) => item.mark !== '○')
        .map((item: { number: string; mark: string }) => `${item.number} ${item.mark}`)
    ).toEqual(['6-6 △', '6-12 △', '6-17 △', '9-3 △', '11-3 ×']);
    expect(parsed.lines.accounted).toBe(parsed.lines.total);
  });

  it('reads standard input for "-"', async () => {
    const { status, stdout } = await runs.stdin;
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(parsed.title).toBe('Globex 勤怠クラウド セキュリティチェックシート');
    expect(parsed.items).toHaveLength(56);
    expect(parsed.fileName).toBe('');
  });
});

describe('errors', () => {
  it('exits with 1 and one line naming the file when it does not exist', async () => {
    const { status, stdout, stderr } = await runs.missing;
    expect(status).toBe(1);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(`checksheet: ${sample('no-such-file.txt')}: no such file\n`);
  });

  it('exits with 2 and a usage line for an unknown option', async () => {
    const { status, stdout, stderr } = await runs.badArgs;
    expect(status).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toBe(
      'checksheet: unknown option --jsn\n' +
        'usage: checksheet parse|align|compare|diff|records <file>… (see --help)\n'
    );
  });
});

describe('checksheet compare --csv', () => {
  it('prints a CSV Excel opens as UTF-8: BOM first, CRLF records, one column group per file', async () => {
    const { status, stdout } = await runs.csv;
    expect(status).toBe(0);
    expect(Array.from(stdout.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = stdout.toString('utf8').slice(1);
    const records = text.split('\r\n');
    expect(records[0]).toBe(
      [
        'セクション Section',
        '確認事項 Question',
        'acme-cloud-meti-v2.txt 項番 No.',
        'acme-cloud-meti-v2.txt 実施状況 Status',
        'acme-cloud-meti-v2.txt 実施有無 Mark',
        'acme-cloud-meti-v2.txt 備考 Answer',
        'globex-meti.txt 項番 No.',
        'globex-meti.txt 実施状況 Status',
        'globex-meti.txt 実施有無 Mark',
        'globex-meti.txt 備考 Answer',
        '差異 Difference'
      ].join(',')
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const onlyGlobex = records.find((record) => record.includes(',11-4,'));
    expect(onlyGlobex).toMatch(
      /^11 その他,再委託先の.*,,,,,11-4,実施 Implemented,○,.*,項目なし Missing$/
    );
  });
});

describe('checksheet records', () => {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(path.join(planDir, name), 'utf8'));

  it('says what it wrote, and that it creates the Account, in one line', async () => {
    const { status, stdout, stderr } = await runs.records;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.toString('utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('1 checksheet and 56 items');
    expect(lines[0]).toContain('a NEW Account "アクメクラウド株式会社"');
    expect(lines[0]).toContain(`sf data import tree --plan ${path.join(planDir, 'plan.json')}`);
  });

  it('writes a plan whose files exist and whose references resolve in load order', async () => {
    await runs.records;
    const plan = read('plan.json') as PlanEntry[];
    expect(plan.map((entry) => entry.sobject)).toEqual([
      'Account',
      'Checksheet__c',
      'Checksheet_Item__c'
    ]);
    const listed = plan.flatMap((entry) => entry.files);
    expect([...listed, 'plan.json'].sort()).toEqual(readdirSync(planDir).sort());

    // Every "@…Ref1" value must name a record saved by an earlier entry, in an entry that
    // resolves references; every referenceId must be unique.
    const saved = new Set<string>();
    const problems: string[] = [];
    let references = 0;
    for (const entry of plan) {
      const savedHere: string[] = [];
      for (const name of entry.files) {
        for (const record of (read(name) as TreeFile).records) {
          if (record.attributes.type !== entry.sobject) {
            problems.push(`${name}: a ${record.attributes.type} record`);
          }
          const refs = Object.values(record).filter(
            (value): value is string => typeof value === 'string' && /^@\w+Ref\d+$/.test(value)
          );
          references += refs.length;
          for (const ref of refs) {
            if (!entry.resolveRefs) problems.push(`${name}: ${ref} unresolved`);
            if (!saved.has(ref.slice(1))) problems.push(`${name}: ${ref} unknown`);
          }
          if (saved.has(record.attributes.referenceId)) {
            problems.push(`${name}: ${record.attributes.referenceId} twice`);
          }
          savedHere.push(record.attributes.referenceId);
        }
      }
      if (entry.saveRefs) savedHere.forEach((ref) => saved.add(ref));
    }
    expect(problems).toEqual([]);
    expect(references).toBe(1 + 56);
  });

  it('uses only field names the schema defines', async () => {
    await runs.records;
    const allowed: Record<string, Set<string>> = {
      Account: new Set([ACCOUNT_NAME_FIELD]),
      Checksheet__c: new Set(Object.values(CHECKSHEET_FIELDS)),
      Checksheet_Item__c: new Set(Object.values(CHECKSHEET_ITEM_FIELDS))
    };
    const unknown: string[] = [];
    for (const entry of read('plan.json') as PlanEntry[]) {
      for (const name of entry.files) {
        for (const record of (read(name) as TreeFile).records) {
          const fields = Object.keys(record).filter((f) => f !== 'attributes');
          for (const field of fields) {
            if (!allowed[entry.sobject].has(field)) {
              unknown.push(`${entry.sobject}.${field}`);
            }
          }
        }
      }
    }
    expect(unknown).toEqual([]);
    const items = (read('Checksheet_Item__c.json') as TreeFile).records;
    expect(items).toHaveLength(56);
    for (const item of items) expect(ITEM_STATUS_VALUES).toContain(item.Status__c);
    expect(items.find((item) => item.Item_Number__c === '6-7')).toMatchObject({
      Question__c:
        '開発工程において、ソースコードのセキュリティレビュー及び静的解析を実施していること。',
      Sort_Order__c: 25,
      Checksheet__c: '@ChecksheetRef1'
    });
  });
});
