/**
 * Alignment on the real sample documents in ../shared/seeds (other companies' documents: read, never
 * copied). Skipped, with a note, when the folder is absent.
 */
import fs from 'fs';
import path from 'path';
import { alignChecksheets } from 'c/checksheetAlign';
import type { ChecksheetAlignment } from 'c/checksheetAlign';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

const repoRoot = path.resolve(__dirname, '../../../../../..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(`Seed alignment tests skipped: ${seedsDir} is absent.`);
}

function seed(prefix: string): ParsedChecksheet {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${seedsDir}`);
  // Read as text: jsdom (the LWC Jest environment) has no TextDecoder; the seeds are UTF-8.
  const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
  return parseChecksheet({ fileName: file, text });
}

/** "6-7" → [6, 7]: the chapter and the item within it of a two-level METI number. */
function parts(number: string): number[] {
  return number.split('-').map(Number);
}

(haveSeeds ? describe : describe.skip)(
  'alignChecksheets on the RayKit and krew METI checksheets',
  () => {
    let result: ChecksheetAlignment;
    let rayKit: ParsedChecksheet;
    let krew: ParsedChecksheet;

    beforeAll(() => {
      rayKit = seed('001_');
      krew = seed('003_');
      result = alignChecksheets(rayKit, krew);
    });

    it("pairs RayKit 6-7 … 6-30 with krew 6-8 … 6-31, shifted by krew's inserted item", () => {
      const shifted = result.pairs.filter(
        (pair) => /^6-\d+$/.test(pair.a) && parts(pair.a)[1] >= 7
      );
      expect(shifted.map((pair) => [pair.a, pair.b])).toEqual(
        Array.from({ length: 24 }, (_, i) => [`6-${i + 7}`, `6-${i + 8}`])
      );
    });

    it("lists krew 6-7 (mobile code, which RayKit does not ask) as krew's only unpaired item", () => {
      expect(result.onlyB).toEqual(['6-7']);
      expect(result.onlyA).toEqual([]);
    });

    it('pairs every item up to 6-6, and those after chapter 6, with the same number', () => {
      const others = result.pairs.filter(
        (pair) => !(/^6-\d+$/.test(pair.a) && parts(pair.a)[1] >= 7)
      );
      expect(others.length).toBe(rayKit.items.length - 24);
      for (const pair of others) expect(pair.b).toBe(pair.a);
      expect(others.map((pair) => pair.a)).toEqual(
        expect.arrayContaining(['1-1', '2-1-1', '6-6', '11-6'])
      );
    });

    it('scores the unchanged questions 1', () => {
      const score = (a: string) => result.pairs.find((pair) => pair.a === a)?.score;
      expect(score('1-1')).toBe(1);
      expect(score('6-7')).toBe(1); // the backup question, krew's 6-8
    });
  }
);

(haveSeeds ? describe : describe.skip)(
  'alignChecksheets on the RayPen and krewDashboard white papers',
  () => {
    let result: ChecksheetAlignment;

    beforeAll(() => {
      result = alignChecksheets(seed('000_'), seed('002_'));
    });

    it.each([
      ['2.1', 'ISO/IEC 27001 and 27017 certification'],
      ['2.6', 'where the data is kept'],
      ['2.11', 'backups'],
      ['2.13', 'logs'],
      ['2.17', 'security in development (vulnerabilities)'],
      ['2.18', 'incident response'],
      ['2.19', 'applicable law']
    ])("pairs section %s (%s) with krewDashboard's section on the same topic", (number) => {
      expect(result.pairs).toContainEqual(expect.objectContaining({ a: number, b: number }));
    });

    it("pairs RayPen's 1.2 責任共有モデル with krewDashboard's 1.2 責任分界点: one topic in other words", () => {
      expect(result.pairs).toContainEqual(
        expect.objectContaining({ a: '1.2', b: '1.2', method: 'topics' })
      );
      expect(result.onlyA).toEqual([]);
      expect(result.onlyB).toEqual([]);
    });

    it('pairs no section twice', () => {
      const b = result.pairs.map((pair) => pair.b);
      expect(new Set(b).size).toBe(b.length);
    });
  }
);
