/**
 * Comparison and version diff on the real RayKit and krew METI checksheets in ../shared/seeds
 * (other companies' documents: read, never copied). Skipped, with a note, when the folder is absent.
 */
import fs from 'fs';
import path from 'path';
import { compareChecksheets, diffVersions } from 'c/checksheetCompare';
import type { Comparison } from 'c/checksheetCompare';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

const repoRoot = path.resolve(__dirname, '../../../../../..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(`Seed comparison tests skipped: ${seedsDir} is absent.`);
}

function seed(prefix: string): ParsedChecksheet {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${seedsDir}`);
  // Read as text: jsdom (the LWC Jest environment) has no TextDecoder; the seeds are UTF-8.
  const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
  return parseChecksheet({ fileName: file, text });
}

(haveSeeds ? describe : describe.skip)('compareChecksheets on RayKit and krew', () => {
  let comparison: Comparison;
  let rayKit: ParsedChecksheet;
  let krew: ParsedChecksheet;

  beforeAll(() => {
    rayKit = seed('001_');
    krew = seed('003_');
    comparison = compareChecksheets([rayKit, krew], ['RayKit', 'krew']);
  });

  const numbersOf = (index: number) =>
    comparison.rows[index].cells.map((cell) => cell?.number ?? null);
  const rowOf = (rayKitNumber: string) =>
    comparison.rows.findIndex((row) => row.cells[0]?.number === rayKitNumber);

  it("has one row per RayKit item plus krew's mobile-code item, right after 6-6", () => {
    expect(comparison.rows).toHaveLength(rayKit.items.length + 1);
    const after66 = rowOf('6-6') + 1;
    expect(numbersOf(after66)).toEqual([null, '6-7']);
    expect(comparison.rows[after66].difference).toBe('missing');
    expect(comparison.rows[after66].question).toContain('モバイルコード');
  });

  it('puts RayKit 6-7 (backups) and krew 6-8 in one row', () => {
    expect(numbersOf(rowOf('6-7'))).toEqual(['6-7', '6-8']);
    expect(numbersOf(rowOf('6-30'))).toEqual(['6-30', '6-31']);
  });

  it('flags 11-6 (information labelling: RayKit ○, krew ×) as a status difference', () => {
    const row = comparison.rows[rowOf('11-6')];
    expect(row.cells.map((cell) => cell?.status)).toEqual(['implemented', 'not_implemented']);
    expect(row.difference).toBe('status');
  });

  it("counts every row in exactly one class; the two vendors' answers differ in wording", () => {
    const { rows, same, status, answer, missing } = comparison.summary;
    expect(same + status + answer + missing).toBe(rows);
    expect(missing).toBe(1);
    expect(answer).toBeGreaterThan(status);
  });
});

(haveSeeds ? describe : describe.skip)('diffVersions from RayKit to krew', () => {
  it('reports krew 6-7 as added and the 24 items after it as renumbered', () => {
    const diff = diffVersions(seed('001_'), seed('003_'));
    const added = diff.entries.filter((entry) => entry.change === 'added');
    expect(added.map((entry) => entry.newer?.number)).toEqual(['6-7']);
    expect(diff.counts.removed).toBe(0);
    expect(diff.counts.renumbered).toBe(24);
    const backup = diff.entries.find((entry) => entry.older?.number === '6-7');
    expect(backup?.newer?.number).toBe('6-8');
    expect(backup?.renumbered).toBe(true);
    expect(backup?.fields).not.toContain('question');
  });
});
