/**
 * The engine's figures of `npm run bench` (parts 1 to 5 of ./bench.ts), run by ./bench.ts from
 * one ES module bundle of this file (esbuild), never by tsx: see `bundleEngineBench` there.
 * `--quick` runs smaller sizes with fewer repetitions.
 */
import Papa from 'papaparse';
import { alignItems } from 'c/checksheetAlign';
import { analyseItems } from 'c/checksheetInsights';
import { ChecksheetReadError } from 'c/checksheetModel';
import type { ChecksheetItem } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { alignRows, linkRows, linkedComparison } from 'c/checksheetCompare';
import {
  NO_FILTERS,
  filterRows
} from '../../force-app/main/default/lwc/checksheetCompareView/compareFilters';
import {
  generateCrossLanguagePair,
  generateMetiText,
  generateSheetFamily,
  generateVersionPair
} from './generate';
import { PATHOLOGICAL_SHAPES } from './pathological';

interface Settings {
  parseItems: number;
  /** Characters each worst-case shape is grown to. */
  worstCaseSize: number;
  alignSmall: number;
  warmups: number;
  runs: number;
}

const FULL: Settings = {
  parseItems: 5000,
  worstCaseSize: 1_000_000,
  alignSmall: 2000,
  warmups: 15,
  runs: 15
};
const QUICK: Settings = {
  parseItems: 1000,
  worstCaseSize: 200_000,
  alignSmall: 500,
  warmups: 5,
  runs: 5
};

const MB = 1024 * 1024;
let heapHighWater = 0;

function sampleMemory(): void {
  heapHighWater = Math.max(heapHighWater, process.memoryUsage().heapUsed);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Timing {
  /** The very first run, before any warm-up: cold code. */
  cold: number;
  median: number;
  fastest: number;
}

function timed(step: () => unknown): number {
  const start = performance.now();
  const result = step();
  const elapsed = performance.now() - start;
  sampleMemory();
  if (result === undefined) throw new Error('benchmark step returned nothing');
  return elapsed;
}

/**
 * Wall times in milliseconds of the given steps, measured side by side: each step's first (cold)
 * run, then warm-up runs, then repetitions that run every step once, in turn, so that a busy
 * machine slows all of them alike. Returns each step's cold run, median and fastest run.
 */
function measure(settings: Settings, steps: (() => unknown)[]): Timing[] {
  const cold = steps.map((step) => timed(step));
  for (let i = 0; i < settings.warmups; i += 1) {
    for (const step of steps) timed(step);
  }
  const times: number[][] = steps.map(() => []);
  for (let i = 0; i < settings.runs; i += 1) {
    steps.forEach((step, index) => times[index].push(timed(step)));
  }
  return times.map((list, index) => ({
    cold: cold[index],
    median: median(list),
    fastest: Math.min(...list)
  }));
}

function ms(timing: Timing): string {
  return `${timing.median.toFixed(1)} ms (fastest ${timing.fastest.toFixed(1)} ms, cold first run ${timing.cold.toFixed(1)} ms)`;
}

function ratio(slower: Timing, faster: Timing): string {
  return `${(slower.median / faster.median).toFixed(2)}x`;
}

/** Goal for every worst-case shape: its parse time per MB at most this many times the sheet's. */
const WORST_CASE_GOAL = 10;

function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MB;
}

/** Parses, and tells a refusal (ChecksheetReadError) from a result. */
function parseOrRefusal(text: string): string {
  try {
    return `${parseChecksheet({ fileName: 'worst.txt', text }).items.length} items`;
  } catch (error) {
    if (error instanceof ChecksheetReadError) return `refused: ${error.code}`;
    throw error;
  }
}

/**
 * Each worst-case shape parsed in turn with the generated sheet (fewer runs: each is a megabyte),
 * so that a machine busy with other work slows both alike; its time per MB against the sheet's
 * measured beside it, PASS or OVER the goal.
 */
function benchWorstCases(settings: Settings, sheet: string): void {
  const runs = {
    ...settings,
    warmups: Math.min(settings.warmups, 3),
    runs: Math.min(settings.runs, 5)
  };
  console.log(
    `Worst cases: ${PATHOLOGICAL_SHAPES.length} shapes of about ${(settings.worstCaseSize / 1e6).toFixed(1)}M characters, parse time per MB against the sheet's, measured in turn (goal: at most ${WORST_CASE_GOAL}x)`
  );
  let over = 0;
  let worst = 0;
  for (const shape of PATHOLOGICAL_SHAPES) {
    const text = shape.text(settings.worstCaseSize);
    let outcome = '';
    const [timing, sheetTiming] = measure(runs, [
      () => {
        outcome = parseOrRefusal(text);
        return outcome;
      },
      () => parseOrRefusal(sheet)
    ]);
    const perMb = timing.median / megabytes(text);
    const sheetPerMb = sheetTiming.median / megabytes(sheet);
    const times = perMb / sheetPerMb;
    worst = Math.max(worst, times);
    if (times > WORST_CASE_GOAL) over += 1;
    console.log(
      `  ${shape.name.padEnd(30)} ${perMb.toFixed(1).padStart(7)} ms/MB ${times.toFixed(1).padStart(6)}x  ${times > WORST_CASE_GOAL ? 'OVER' : 'PASS'}  (${megabytes(text).toFixed(2)} MB, ${outcome}; sheet ${sheetPerMb.toFixed(1)} ms/MB)`
    );
  }
  console.log(
    `  worst ${worst.toFixed(1)}x: ${over === 0 ? 'PASS' : `OVER (${over} shapes)`}  (goal: none above ${WORST_CASE_GOAL}x)`
  );
}

/**
 * A parse of the sheet takes milliseconds: its figures take four times the runs, so that their
 * median holds when some other work takes the machine for a moment.
 */
function briefSteps(settings: Settings): Settings {
  return { ...settings, runs: settings.runs * 4 };
}

function benchParse(settings: Settings): void {
  const sheet = generateMetiText(settings.parseItems);
  const source = { fileName: 'bench.txt', text: sheet.text };
  const kb = (Buffer.byteLength(sheet.text, 'utf8') / 1024).toFixed(0);
  let found = 0;
  const [parser, papa] = measure(briefSteps(settings), [
    () => {
      const parsed = parseChecksheet(source);
      found = parsed.items.length;
      return parsed;
    },
    () => Papa.parse<string[]>(sheet.text, { delimiter: '\t' })
  ]);
  console.log(
    `Parse: generated METI sheet, ${sheet.itemCount} items, ${kb} KB; parseChecksheet found ${found} items`
  );
  console.log(`  parseChecksheet       ${ms(parser)}`);
  console.log(`  PapaParse (TSV only)  ${ms(papa)}`);
  console.log(`  ratio                 ${ratio(parser, papa)}  (goal: at most 2x)`);
  benchInsights(settings, source);
  benchWorstCases(settings, sheet.text);
}

/** Goals of the insights step: its share of the parse time, and its growth when the items double. */
const INSIGHTS_SHARE_GOAL = 0.3;
const LINEAR_GOAL = 2.3;

/** The items with every answer made distinct (the step can then share nothing between items). */
function withDistinctAnswers(items: readonly ChecksheetItem[]): ChecksheetItem[] {
  return items.map((item, index) => ({ ...item, answer: `${item.answer} (${index})` }));
}

function percent(share: number): string {
  return `${(100 * share).toFixed(0)}%`;
}

/**
 * The insights step alone, over items parsed once, measured in turn with the parse of the same
 * sheet (a busy machine slows both alike, so their ratio holds); then over the same items with
 * every answer made distinct, and over twice as many such items: a step linear in its input
 * takes twice the time.
 */
function benchInsights(settings: Settings, source: { fileName: string; text: string }): void {
  const items = parseChecksheet(source).items;
  const texts = new Set(items.map((item) => item.answer)).size;
  const [parse, insights] = measure(briefSteps(settings), [
    () => parseChecksheet(source),
    () => analyseItems(items)
  ]);
  const share = insights.median / parse.median;
  console.log(
    `Insights: analyseItems over the ${items.length} parsed items (${texts} distinct answers), measured in turn with their parse`
  );
  console.log(`  parseChecksheet       ${ms(parse)}`);
  console.log(`  analyseItems          ${ms(insights)}`);
  console.log(
    `  share of parse time   ${percent(share)} (fastest runs ${percent(insights.fastest / parse.fastest)})  ${share <= INSIGHTS_SHARE_GOAL ? 'PASS' : 'OVER'}  (goal: at most ${percent(INSIGHTS_SHARE_GOAL)})`
  );
  const distinct = withDistinctAnswers(items);
  const doubled = withDistinctAnswers(
    parseChecksheet({ fileName: source.fileName, text: generateMetiText(items.length * 2).text })
      .items
  );
  const [unique, twice] = measure(settings, [
    () => analyseItems(distinct),
    () => analyseItems(doubled)
  ]);
  const growth = twice.median / unique.median;
  console.log(
    `  every answer distinct ${ms(unique)}  (${percent(unique.median / parse.median)} of parse time)`
  );
  console.log(
    `  … ${doubled.length} items      ${ms(twice)}  ${ratio(twice, unique)} the time  ${growth <= LINEAR_GOAL ? 'PASS' : 'OVER'}  (goal: at most ${LINEAR_GOAL}x, linear)`
  );
}

/** Share of the newer items whose pairing (or lack of one) matches the generator's truth. */
function accuracy(older: ChecksheetItem[], newer: ChecksheetItem[], origin: number[]): string {
  const alignment = alignItems(older, newer);
  const partner = new Array<number>(newer.length).fill(-1);
  for (const pair of alignment.pairs) partner[pair.b] = pair.a;
  const right = origin.filter((expected, index) => partner[index] === expected).length;
  const methods = new Map<string, number>();
  for (const pair of alignment.pairs) methods.set(pair.method, (methods.get(pair.method) ?? 0) + 1);
  const byMethod = [...methods].map(([method, count]) => `${method} ${count}`).join(', ');
  return `${((100 * right) / newer.length).toFixed(1)}% of ${newer.length} items aligned as generated (pairs by ${byMethod})`;
}

function benchAlign(settings: Settings): void {
  const small = generateVersionPair(settings.alignSmall);
  const large = generateVersionPair(settings.alignSmall * 2);
  console.log(
    'Align: generated version pairs (shifted numbering, ~10% reworded, ~5% new, ~5% gone)'
  );
  const [smallTime, largeTime] = measure(settings, [
    () => alignItems(small.older, small.newer),
    () => alignItems(large.older, large.newer)
  ]);
  console.log(
    `  ${settings.alignSmall} items   ${ms(smallTime)}   ${accuracy(small.older, small.newer, small.origin)}`
  );
  console.log(
    `  ${settings.alignSmall * 2} items   ${ms(largeTime)}   ${accuracy(large.older, large.newer, large.origin)}`
  );
  console.log(`  ratio        ${ratio(largeTime, smallTime)}  (goal: at most 2.3x)`);
  const cross = generateCrossLanguagePair(settings.alignSmall);
  console.log(
    'Align across languages: generated Japanese and English questionnaires on the same controls (~5% new, ~5% gone)'
  );
  const [crossTime] = measure(settings, [() => alignItems(cross.japanese, cross.english)]);
  console.log(
    `  ${settings.alignSmall} items   ${ms(crossTime)}   ${accuracy(cross.japanese, cross.english, cross.origin)}`
  );
}

function benchCompare(settings: Settings): void {
  console.log(
    "Compare: generated vendors' sheets of one questionnaire, aligned with corrections applied"
  );
  const sizes: [number, number][] =
    settings === QUICK
      ? [[5, 300]]
      : [
          [5, 300],
          [8, 1000]
        ];
  for (const [sheets, items] of sizes) {
    const family = generateSheetFamily(items, sheets);
    // Ten corrections, as a saved ledger might hold: the first ten items of sheets 1 and 2 unlinked.
    const decisions = family[1].slice(0, 10).map((item, index) => ({
      itemAId: family[0][index].id,
      itemBId: item.id,
      relationship: 'Not_Same' as const,
      method: 'Manual' as const,
      score: null
    }));
    const comparison = linkedComparison(family, decisions);
    const alignment = alignRows(family);
    const [align, relink, filter] = measure(settings, [
      () => linkedComparison(family, decisions),
      () => linkRows(family, alignment, decisions),
      () => filterRows(comparison.rows, { ...NO_FILTERS, differencesOnly: true })
    ]);
    const kept = filterRows(comparison.rows, { ...NO_FILTERS, differencesOnly: true }).length;
    console.log(
      `  ${sheets} × ${items} items, align + corrections   ${ms(align)}   ${comparison.rows.length} rows`
    );
    console.log(`  ${sheets} × ${items} items, a correction (re-link)   ${ms(relink)}`);
    console.log(
      `  ${sheets} × ${items} items, "only differences"    ${ms(filter)}   ${kept} rows kept (goal: under 100 ms with the render)`
    );
  }
}

function benchMemory(): void {
  sampleMemory();
  const peakRss = (process.resourceUsage().maxRSS * 1024) / MB;
  console.log('Memory');
  console.log(`  peak RSS         ${peakRss.toFixed(1)} MB`);
  console.log(`  peak heapUsed    ${(heapHighWater / MB).toFixed(1)} MB (sampled after each run)`);
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const settings = quick ? QUICK : FULL;
  console.log(
    `Checksheet engine benchmark${quick ? ' (--quick)' : ''}: node ${process.version}, one ES module bundle, median of ${settings.runs} runs after ${settings.warmups} warm-up (${briefSteps(settings).runs} runs for the parse and the insights)`
  );
  benchParse(settings);
  benchAlign(settings);
  benchCompare(settings);
  benchMemory();
}

main();
