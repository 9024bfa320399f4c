/**
 * The commands run in this process on the samples, with stand-in streams: every path of
 * `run` without the cost of starting a process (cli.test.ts runs the real tool).
 *
 * Jest's default (jsdom) environment: under `@jest-environment node` the LWC transform of
 * c/checksheetModel loads the LWC engine, which needs a DOM. jsdom lacks TextDecoder, which the
 * parser uses at call time, so Node's is lent to it.
 */
import { createHash } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { toXlsx } from 'c/checksheetExport';
import type { SpreadsheetLibrary } from 'c/checksheetModel';
import { EXIT, run } from '../commands';
import { sample } from './runCli';

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function capture(args: string[], stdin = ''): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([Buffer.from(stdin)])
  });
  return { status, stdout, stderr };
}

Object.assign(globalThis, { TextDecoder, TextEncoder });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'checksheet-commands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parse', () => {
  it.each([
    ['acme-cloud-meti-v1.txt', 'meti', 55],
    ['acme-cloud-meti-v2.txt', 'meti', 56],
    ['globex-meti.txt', 'meti', 56],
    ['acme-whitepaper.txt', 'sections', 17],
    ['initech-caiq.csv', 'caiq', 20]
  ])(
    'reads the sample %s as %s with %i items and every line accounted for',
    async (name, format, count) => {
      const { status, stdout, stderr } = await capture(['parse', sample(name), '--json']);
      expect(stderr).toBe('');
      expect(status).toBe(EXIT.ok);
      const parsed = JSON.parse(stdout);
      expect(parsed.format).toBe(format);
      expect(parsed.items).toHaveLength(count);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.lines.accounted).toBe(parsed.lines.total);
    }
  );

  it('keeps the white paper revision history out of the items', async () => {
    const parsed = JSON.parse((await capture(['parse', sample('acme-whitepaper.txt')])).stdout);
    expect(parsed.revisions.map((r: { version: string }) => r.version)).toEqual([
      '1.0',
      '2.0',
      '2.1'
    ]);
    expect(parsed.items.map((i: { number: string }) => i.number).slice(0, 4)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2'
    ]);
  });

  it('keeps the CAIQ answers as marks', async () => {
    const parsed = JSON.parse((await capture(['parse', sample('initech-caiq.csv')])).stdout);
    const notYes = parsed.items
      .filter((item: { mark: string }) => item.mark !== 'Yes')
      .map((item: { number: string; mark: string; status: string }) => [
        item.number,
        item.mark,
        item.status
      ]);
    expect(notYes).toEqual([
      ['BCR-11.1', 'NA', 'not_applicable'],
      ['CEK-08.1', 'No', 'not_implemented'],
      ['STA-09.1', 'No', 'not_implemented']
    ]);
  });

  it("gives every item its security topics as codes, from the engine's one function", async () => {
    const parsed = JSON.parse((await capture(['parse', sample('acme-cloud-meti-v1.txt')])).stdout);
    const topicsOf = (number: string) =>
      parsed.items.find((item: { number: string }) => item.number === number).topics;
    expect(topicsOf('1-1')).toEqual(['policy']);
    expect(topicsOf('6-14')).toEqual(expect.arrayContaining(['authentication.mfa', 'privileged']));
    expect(topicsOf('11-2')).toContain('shared-responsibility');
    for (const item of parsed.items) expect(Array.isArray(item.topics)).toBe(true);
  });

  it('prints the diagnostics on stderr with --verbose only', async () => {
    const text =
      '項番\t確認事項\t実施有無\t備考\n1-1\t方針を定めること。\t○\t定めております。\nこれは表の外の行です\n';
    const quiet = await capture(['parse', '-'], text);
    const diagnostics = JSON.parse(quiet.stdout).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(quiet.stderr).toBe('');
    const loud = await capture(['parse', '-', '--verbose'], text);
    expect(loud.stdout).toBe(quiet.stdout);
    expect(loud.stderr.split('\n').filter(Boolean)).toHaveLength(diagnostics.length);
    for (const d of diagnostics) {
      expect(loud.stderr).toContain(`${d.severity}: ${d.message}`);
    }
  });

  it('gives each diagnostic its code and parameters, and prints its line once', async () => {
    const text = 'No\tQuestion\tAnswer\tRemarks\n1\tEncrypted?\tMaybe\tAES\n';
    const { stdout } = await capture(['parse', '-'], text);
    expect(JSON.parse(stdout).diagnostics).toEqual([
      {
        line: 2,
        severity: 'warning',
        code: 'unknown_mark',
        message: "mark 'Maybe' is not a known answer; kept as written, status none",
        params: { mark: 'Maybe', lines: '2', count: 1 }
      }
    ]);
    const loud = await capture(['parse', '-', '--verbose'], text);
    expect(loud.stderr).toBe(
      "stdin:2: warning: mark 'Maybe' is not a known answer; kept as written, status none\n"
    );
  });

  it('names the sheet of a workbook diagnostic on stderr', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Cover']]), 'Cover');
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['No', 'Question', 'Answer'],
        ['1', 'Encrypted?', 'Maybe']
      ]),
      'Controls'
    );
    const file = path.join(tmp, 'sheets.xlsx');
    writeFileSync(file, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' })));
    const { stdout, stderr } = await capture(['parse', file, '--json', '--verbose']);
    expect(stderr).toContain(`${file}[Controls]:2: warning: mark 'Maybe' is not a known answer`);
    const parsed = JSON.parse(stdout);
    expect(parsed.items[0]).toMatchObject({ number: '1', line: 2, sheet: 'Controls' });
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({ line: 2, sheet: 'Controls', code: 'unknown_mark' })
    );
  });
});

describe('parse of an Excel workbook', () => {
  it('reads .xlsx through the SheetJS the tool injects', async () => {
    const workbook = path.join(tmp, 'sheet.xlsx');
    writeFileSync(
      workbook,
      toXlsx(
        [
          {
            name: 'チェックシート',
            rows: [
              ['項番', '確認事項', '実施有無', '備考'],
              ['1-1', '方針を定めること。', '○', '定めております。'],
              ['1-2', '方針を見直すこと。', '△', '一部の部署のみ。']
            ]
          }
        ],
        XLSX as unknown as SpreadsheetLibrary
      )
    );
    const { status, stdout } = await capture(['parse', workbook, '--json']);
    expect(status).toBe(EXIT.ok);
    const parsed = JSON.parse(stdout);
    expect(parsed.format).toBe('xlsx');
    expect(
      parsed.items.map((i: { number: string; status: string }) => [i.number, i.status])
    ).toEqual([
      ['1-1', 'implemented'],
      ['1-2', 'partial']
    ]);
  });
});

describe('align, compare and diff on the samples', () => {
  it('aligns Acme v2 with Globex: 55 pairs, one item only on each side', async () => {
    const { status, stdout } = await capture([
      'align',
      sample('acme-cloud-meti-v2.txt'),
      sample('globex-meti.txt'),
      '--json'
    ]);
    expect(status).toBe(EXIT.ok);
    const alignment = JSON.parse(stdout);
    expect(Object.keys(alignment)).toEqual(['pairs', 'onlyA', 'onlyB']);
    expect(alignment.pairs).toHaveLength(55);
    expect(alignment.pairs[0]).toEqual({ a: '1-1', b: '1-1', score: 1, method: 'text' });
    expect(alignment.onlyA).toEqual(['6-7']);
    expect(alignment.onlyB).toEqual(['11-4']);
  });

  it('aligns an English CAIQ with a Japanese checksheet by topics, saying so per pair', async () => {
    const { status, stdout } = await capture([
      'align',
      sample('initech-caiq.csv'),
      sample('acme-cloud-meti-v1.txt'),
      '--json'
    ]);
    expect(status).toBe(EXIT.ok);
    const alignment = JSON.parse(stdout);
    expect(alignment.pairs).toEqual(
      expect.arrayContaining([
        { a: 'IAM-14.1', b: '6-14', score: expect.any(Number), method: 'topics' }, // MFA
        { a: 'IAM-16.1', b: '6-17', score: expect.any(Number), method: 'topics' }, // SSO
        { a: 'STA-09.1', b: '7-1', score: expect.any(Number), method: 'topics' }, // suppliers
        { a: 'TVM-07.1', b: '6-6', score: expect.any(Number), method: 'topics' } // scans
      ])
    );
  });

  it('diffs Acme v1 and v2: one added, six changed, seventeen renumbered', async () => {
    const { stdout } = await capture([
      'diff',
      sample('acme-cloud-meti-v1.txt'),
      sample('acme-cloud-meti-v2.txt'),
      '--json'
    ]);
    const diff = JSON.parse(stdout);
    expect(diff.counts).toEqual({
      added: 1,
      removed: 0,
      changed: 6,
      unchanged: 49,
      renumbered: 17
    });
    const changed = diff.entries
      .filter((e: { change: string }) => e.change !== 'unchanged')
      .map(
        (e: { change: string; older?: { number: string }; newer?: { number: string } }) =>
          `${e.change} ${e.older?.number ?? '-'} → ${e.newer?.number ?? '-'}`
      );
    expect(changed).toEqual([
      'changed 6-6 → 6-6',
      'added - → 6-7',
      'changed 6-7 → 6-8',
      'changed 6-12 → 6-13',
      'changed 6-17 → 6-18',
      'changed 9-3 → 9-3',
      'changed 11-3 → 11-3'
    ]);
  });

  it('labels the compared sheets with --label, else with the file names', async () => {
    const { stdout } = await capture([
      'compare',
      sample('acme-cloud-meti-v1.txt'),
      sample('acme-cloud-meti-v2.txt'),
      sample('globex-meti.txt'),
      '--label',
      'Acme 1.0',
      '--json'
    ]);
    const comparison = JSON.parse(stdout);
    expect(comparison.labels).toEqual(['Acme 1.0', 'acme-cloud-meti-v2.txt', 'globex-meti.txt']);
    expect(comparison.summary.rows).toBe(comparison.rows.length);
    expect(comparison.rows[0].cells).toHaveLength(3);
  });
});

describe('records', () => {
  it('loads under an existing Account with --vendor-id and writes no Account file', async () => {
    const out = path.join(tmp, 'by-id');
    const { status, stdout } = await capture([
      'records',
      sample('initech-caiq.csv'),
      '--vendor-id',
      '001000000000001AAA',
      '--out',
      out,
      '--received-on',
      '2025-05-01'
    ]);
    expect(status).toBe(EXIT.ok);
    expect(stdout).toContain('under the existing Account 001000000000001AAA');
    const plan = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(plan.map((e: { sobject: string }) => e.sobject)).toEqual([
      'Checksheet__c',
      'Checksheet_Item__c'
    ]);
    const sheet = JSON.parse(readFileSync(path.join(out, 'Checksheet__c.json'), 'utf8')).records[0];
    expect(sheet).toMatchObject({
      Vendor__c: '001000000000001AAA',
      Framework__c: 'CAIQ_v4',
      Received_On__c: '2025-05-01',
      Source_File_Name__c: 'initech-caiq.csv'
    });
  });

  it('keeps the SHA-256 of the file read as Source_File_Hash__c', async () => {
    const out = path.join(tmp, 'hash');
    const file = sample('acme-cloud-meti-v2.txt');
    const { status } = await capture(['records', file, '--vendor', 'Acme', '--out', out]);
    expect(status).toBe(EXIT.ok);
    const sheet = JSON.parse(readFileSync(path.join(out, 'Checksheet__c.json'), 'utf8')).records[0];
    expect(sheet.Source_File_Hash__c).toBe(
      createHash('sha256').update(readFileSync(file)).digest('hex')
    );
  });

  it('prints each value cut to fit its field on stderr', async () => {
    const out = path.join(tmp, 'cut');
    const text = `項番\t確認事項\t実施有無\t備考\n1-1\t方針を定めること。\t○\t定めております。\n`;
    const { status, stderr } = await capture(
      ['records', '-', '--vendor', 'Acme', '--out', out, '--name', 'n'.repeat(85)],
      text
    );
    expect(status).toBe(EXIT.ok);
    expect(stderr).toBe('checksheet: warning: Checksheet__c Name: cut from 85 to 80 characters\n');
  });

  it('exits with 2 for a malformed date or Account Id', async () => {
    const bad = await capture([
      'records',
      sample('globex-meti.txt'),
      '--vendor-id',
      '003000000000001',
      '--out',
      path.join(tmp, 'bad')
    ]);
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.stderr.split('\n')[0]).toBe(
      'checksheet: vendor Id "003000000000001" is not an Account Id (15 or 18 characters starting with 001)'
    );
  });

  it('exits with 1 when the output folder cannot be made', async () => {
    const blocker = path.join(tmp, 'a-file');
    writeFileSync(blocker, 'x');
    const { status, stderr } = await capture([
      'records',
      sample('globex-meti.txt'),
      '--vendor',
      'Globex',
      '--out',
      path.join(blocker, 'plan')
    ]);
    expect(status).toBe(EXIT.input);
    expect(stderr).toBe(
      `checksheet: ${path.join(blocker, 'plan')}: cannot write the plan: is not a directory\n`
    );
  });
});

describe('inputs that cannot be read', () => {
  it('names a directory', async () => {
    const { status, stderr } = await capture(['parse', tmp]);
    expect(status).toBe(EXIT.input);
    expect(stderr).toBe(`checksheet: ${tmp}: is a directory, not a file\n`);
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = path.join(tmp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 26 * 1024 * 1024);
    const { status, stderr } = await capture(['parse', huge]);
    expect(status).toBe(EXIT.input);
    expect(stderr).toBe(
      `checksheet: ${huge}: the file is too large: 26 MB (27262976 bytes); the limit is 25 MB\n`
    );
  });

  it('passes on the parser message for an empty file, naming the path as typed', async () => {
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const { status, stderr } = await capture(['parse', empty]);
    expect(status).toBe(EXIT.input);
    expect(stderr).toBe(`checksheet: ${empty}: the file is empty\n`);
  });

  it('names stdin for a paste with no items', async () => {
    const { status, stderr } = await capture(['parse', '-'], 'hello\n');
    expect(status).toBe(EXIT.input);
    expect(stderr).toMatch(/^checksheet: stdin: no checksheet items or numbered sections found/);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

describe('help', () => {
  it('prints the usage on stdout and exits with 0', async () => {
    const { status, stdout, stderr } = await capture(['--help']);
    expect(status).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: npm run --silent checksheet -- <command> \[options\]/);
    for (const command of ['parse', 'align', 'compare', 'diff', 'records']) {
      expect(stdout).toContain(`  ${command} `);
    }
  });
});
