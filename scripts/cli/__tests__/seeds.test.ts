/**
 * The tool on the real documents in ../shared/seeds (other companies' documents: read, never
 * copied). Skipped, with a note, when that folder is absent.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TextDecoder, TextEncoder } from 'node:util';
import { tokenizeDelimited } from 'c/checksheetTabular';
import { run } from '../commands';
import { SEEDS, runCli } from './runCli';

Object.assign(globalThis, { TextDecoder, TextEncoder });

const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) {
  console.warn(`checksheet CLI seed tests skipped: ${SEEDS} is absent.`);
}
const describeSeeds = haveSeeds ? describe : describe.skip;

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}_* in ${SEEDS}`);
  return path.join(SEEDS, name);
}

async function capture(
  args: string[]
): Promise<{ status: number; stdout: Buffer; stderr: string }> {
  const out: Buffer[] = [];
  let stderr = '';
  const status = await run(args, {
    stdout: (chunk) => out.push(Buffer.from(chunk)),
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([])
  });
  return { status, stdout: Buffer.concat(out), stderr };
}

describeSeeds('checksheet on the seed documents', () => {
  it('parses the krew checksheet 1.2 in a child process: JSON only, every line accounted for', async () => {
    const { status, stdout, stderr } = await runCli(['parse', seed('003'), '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(parsed.format).toBe('meti');
    expect(parsed.version).toBe('1.2');
    expect(parsed.items.at(-1)).toMatchObject({
      number: '11-6',
      mark: '×',
      status: 'not_implemented'
    });
    expect(parsed.lines.accounted).toBe(parsed.lines.total);
  });

  it.each([
    ['000', 'sections'],
    ['001', 'meti'],
    ['002', 'sections'],
    ['003', 'meti']
  ])('parses seed %s as %s with every line accounted for', async (prefix, format) => {
    const { status, stdout } = await capture(['parse', seed(prefix), '--json']);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout.toString('utf8'));
    expect(parsed.format).toBe(format);
    expect(parsed.items.length).toBeGreaterThan(15);
    expect(parsed.lines.accounted).toBe(parsed.lines.total);
  });

  it('compares RayKit and krew as a CSV with the BOM and a row for krew 6-7 alone', async () => {
    const { status, stdout } = await capture(['compare', seed('001'), seed('003'), '--csv']);
    expect(status).toBe(0);
    expect(Array.from(stdout.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = tokenizeDelimited(stdout.toString('utf8'), ',').map((record) => record.cells);
    const krewOnly = rows.filter((cells) => cells[2] === '' && cells[6] !== '');
    expect(krewOnly.map((cells) => [cells[6], cells[10]])).toEqual([['6-7', '項目なし Missing']]);
  });

  it('writes a records plan for the krew checksheet with one item record per item', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'checksheet-seed-plan-'));
    try {
      const parsed = JSON.parse((await capture(['parse', seed('003')])).stdout.toString('utf8'));
      const { status } = await capture([
        'records',
        seed('003'),
        '--vendor',
        'Seed vendor',
        '--out',
        out
      ]);
      expect(status).toBe(0);
      const items = JSON.parse(
        readFileSync(path.join(out, 'Checksheet_Item__c.json'), 'utf8')
      ).records;
      expect(items).toHaveLength(parsed.items.length);
      expect(items.map((item: { Item_Number__c: string }) => item.Item_Number__c)).toEqual(
        parsed.items.map((item: { number: string }) => item.number)
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
