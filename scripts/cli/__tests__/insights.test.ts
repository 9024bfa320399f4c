/**
 * The insight keys in the tool's JSON: `parse --json` adds them to every item, `compare --json`
 * to every cell. Runs the commands in this process with stand-in streams (see commands.test.ts
 * for why the jsdom environment and Node's TextDecoder).
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { Readable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT, run } from '../commands';
import { sample } from './runCli';

Object.assign(globalThis, { TextDecoder, TextEncoder });

async function json(args: string[], stdin = ''): Promise<Record<string, unknown>> {
  let stdout = '';
  const status = await run(args, {
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    },
    stderr: () => undefined,
    stdin: Readable.from([Buffer.from(stdin)])
  });
  expect(status).toBe(EXIT.ok);
  return JSON.parse(stdout);
}

const SHEET = [
  '項番\t確認事項\t実施有無\t備考',
  '1-1\t監査報告書を公開すること。\t○\t監査報告書は公開しておりません。',
  '1-2\tデータセンターは耐震構造であること。\t○\t本事項はAWSの管理範囲となっております。',
  '1-3\t利用者のIDを管理すること。\t-\t',
  '1-4\tバックアップを取得すること。\t○\t日次で取得しております。バックアップの保管はお客様の責任です。'
].join('\n');

const OTHER = [
  '項番\t確認事項\t実施有無\t備考',
  '1-1\t監査報告書を公開すること。\t○\t年1回公開しております。',
  '1-2\tデータセンターは耐震構造であること。\t○\t',
  '1-3\t利用者のIDを管理すること。\t-\t本事項はkintoneに準じます。',
  '1-4\tバックアップを取得すること。\t×\t'
].join('\n');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'checksheet-insights-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Keys {
  number: string;
  responsibility: string;
  responsibleParty: string[];
  flag: string;
  flagReason: string;
}

const keysOf = ({ number, responsibility, responsibleParty, flag, flagReason }: Keys) => ({
  number,
  responsibility,
  responsibleParty,
  flag,
  flagReason
});

describe('parse --json', () => {
  it('gives every item its responsibility, parties, flag and flag reason', async () => {
    const parsed = await json(['parse', '-', '--json'], SHEET);
    expect((parsed.items as Keys[]).map(keysOf)).toEqual([
      {
        number: '1-1',
        responsibility: 'unstated',
        responsibleParty: [],
        flag: 'contradicts',
        flagReason: '監査報告書は公開しておりません'
      },
      {
        number: '1-2',
        responsibility: 'platform',
        responsibleParty: ['AWS'],
        flag: 'none',
        flagReason: ''
      },
      {
        number: '1-3',
        responsibility: 'unstated',
        responsibleParty: [],
        flag: 'unexplained_na',
        flagReason: '-'
      },
      {
        number: '1-4',
        responsibility: 'shared',
        responsibleParty: [],
        flag: 'none',
        flagReason: ''
      }
    ]);
  });

  it('adds the insight keys after the item keys, leaving those as they were', async () => {
    const parsed = await json(['parse', sample('initech-caiq.csv'), '--json']);
    const [first] = parsed.items as Array<Record<string, unknown>>;
    const keys = Object.keys(first);
    expect(keys.slice(0, 7)).toEqual([
      'number',
      'section',
      'question',
      'status',
      'mark',
      'answer',
      'line'
    ]);
    expect(keys.slice(-4)).toEqual(['responsibility', 'responsibleParty', 'flag', 'flagReason']);
    expect(first.responsibility).toBe('vendor');
  });
});

describe('compare --json', () => {
  it('gives every cell the insight of its own sheet item', async () => {
    const a = path.join(tmp, 'a.txt');
    const b = path.join(tmp, 'b.txt');
    writeFileSync(a, SHEET);
    writeFileSync(b, OTHER);
    const comparison = await json(['compare', a, b, '--json']);
    const rows = comparison.rows as Array<{ cells: Array<Keys | null> }>;
    expect(
      rows.map((row) => row.cells.map((cell) => cell && [cell.responsibility, cell.flag]))
    ).toEqual([
      [
        ['unstated', 'contradicts'],
        ['vendor', 'none']
      ],
      [
        ['platform', 'none'],
        ['unstated', 'no_text']
      ],
      [
        ['unstated', 'unexplained_na'],
        ['platform', 'none']
      ],
      [
        ['shared', 'none'],
        ['unstated', 'no_text']
      ]
    ]);
    expect(rows[2].cells[1]?.responsibleParty).toEqual(['kintone']);
    expect(comparison.summary).toMatchObject({ rows: 4 });
  });
});
