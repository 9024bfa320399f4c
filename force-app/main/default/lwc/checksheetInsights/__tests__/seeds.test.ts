/**
 * The insights step measured on the real RayKit and krew METI checksheets in ../shared/seeds
 * (other companies' documents: read, never copied), against labels we gave every item by reading
 * it (data/metiSeeds.labels.json, reasons in our own words). Prints responsibility accuracy and
 * each flag's precision and recall, and holds them above floors. Skipped, with a note, when the
 * folder is absent.
 */
import fs from 'fs';
import path from 'path';
import { ANSWER_FLAGS, analyseItems } from 'c/checksheetInsights';
import type { AnswerFlag, ItemInsight, Responsibility } from 'c/checksheetInsights';
import type { ChecksheetItem } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import labels from './data/metiSeeds.labels.json';

interface Label {
  number: string;
  responsibility: Responsibility;
  party: string[];
  flag: AnswerFlag;
  reason?: string;
}

const repoRoot = path.resolve(__dirname, '../../../../../..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(`Seed insight measurements skipped: ${seedsDir} is absent.`);
}

/** Floors the rules reach on both seeds; set below the measured figures, never tuned to them. */
const FLOORS = { responsibility: 0.85, party: 0.8, precision: 0.75, recall: 0.75 };

function items(prefix: string): ChecksheetItem[] {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${seedsDir}`);
  const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
  return parseChecksheet({ fileName: file, text }).items;
}

interface Scores {
  responsibility: number;
  party: number;
  flags: Partial<Record<AnswerFlag, { precision?: number; recall?: number; labelled: number }>>;
}

function score(labelled: readonly Label[], found: readonly ItemInsight[]): Scores {
  const agree = labelled.filter(
    (label, index) => label.responsibility === found[index].responsibility
  );
  const named = agree.filter((label) => label.party.length > 0);
  const sameParties = named.filter((label) => {
    const insight = found[labelled.indexOf(label)];
    return [...insight.responsibleParty].sort().join() === [...label.party].sort().join();
  });
  const flags: Scores['flags'] = {};
  for (const flag of ANSWER_FLAGS.filter((f) => f !== 'none')) {
    const truth = labelled.map((label) => label.flag === flag);
    const said = found.map((insight) => insight.flag === flag);
    const hits = truth.filter((is, index) => is && said[index]).length;
    const saidCount = said.filter(Boolean).length;
    const truthCount = truth.filter(Boolean).length;
    flags[flag] = {
      precision: saidCount > 0 ? hits / saidCount : undefined,
      recall: truthCount > 0 ? hits / truthCount : undefined,
      labelled: truthCount
    };
  }
  return {
    responsibility: agree.length / labelled.length,
    party: named.length > 0 ? sameParties.length / named.length : 1,
    flags
  };
}

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

(haveSeeds ? describe : describe.skip).each(labels.seeds)('insights on the $name', (seed) => {
  let labelled: Label[];
  let found: ItemInsight[];
  let scores: Scores;
  let numbers: string[];

  beforeAll(() => {
    const parsed = items(seed.prefix);
    labelled = seed.items as Label[];
    found = analyseItems(parsed);
    scores = score(labelled, found);
    numbers = parsed.map((item) => item.number);
    const lines = [
      `${seed.name}: ${labelled.length} items`,
      `  responsibility accuracy ${percent(scores.responsibility)}; parties exact where it agrees and names any: ${percent(scores.party)}`,
      ...Object.entries(scores.flags).map(
        ([flag, s]) =>
          `  ${flag}: precision ${percent(s?.precision)}, recall ${percent(s?.recall)} (${s?.labelled} labelled)`
      )
    ];
    console.info(lines.join('\n'));
  });

  it('labels every item it parses, in order', () => {
    expect(numbers).toEqual(labelled.map((label) => label.number));
    expect(found).toHaveLength(labelled.length);
  });

  it('says who is responsible as we read it, for most items', () => {
    expect(scores.responsibility).toBeGreaterThanOrEqual(FLOORS.responsibility);
    expect(scores.party).toBeGreaterThanOrEqual(FLOORS.party);
  });

  it('flags what we flagged, and little else', () => {
    const below = Object.entries(scores.flags).flatMap(([flag, s]) => [
      ...(s?.precision !== undefined && s.precision < FLOORS.precision
        ? [`${flag} precision`]
        : []),
      ...(s?.recall !== undefined && s.recall < FLOORS.recall ? [`${flag} recall`] : [])
    ]);
    expect(below).toEqual([]);
    // The seeds hold hedges and marks without text: both flags are measured, not just allowed.
    expect(scores.flags.hedged?.recall).toBeDefined();
    expect(scores.flags.no_text?.recall).toBeDefined();
  });

  it('gives every flag a reason found in the answer or the mark', () => {
    const parsed = items(seed.prefix);
    found.forEach((insight, index) => {
      if (insight.flag === 'none') return;
      const { answer, mark } = parsed[index];
      expect(answer.includes(insight.flagReason) || insight.flagReason === mark).toBe(true);
    });
  });
});
