/**
 * `npm run bench`: the checksheet engine's speed and memory, printed as figures (never a pass/fail
 * test; timings depend on the machine).
 *
 * 1. Parse: a generated 5,000-item METI-style sheet with `parseChecksheet`, against PapaParse
 *    tokenising the same text as TSV (a lower bound for any parser that reads every cell); and
 *    the insights step (`analyseItems`, c/checksheetInsights) on its own over the parsed items,
 *    measured in turn with the parse (its share of the parse time), plus the same step over
 *    answers made distinct item by item (the generated sheet repeats its few remarks, and the
 *    step reads each distinct text once), at the sheet's size and at twice it (linear: 2x).
 * 2. Worst cases: each shape of ./pathological (a line of 40,000 spaces after a section number, deep
 *    HTML nesting, runs of quotes, tabs, entities, thousands of marks in one cell, one huge cell,
 *    thousands of columns…) grown to about a megabyte, its parse time per MB beside the generated
 *    sheet's: a linear parser reads every shape at a like speed, a regular expression that
 *    backtracks or a rescan per character shows as hundreds of times slower.
 * 3. Align: generated 2,000- and 4,000-item version pairs (shifted numbering, ~10% reworded, ~5%
 *    new, ~5% gone) with `alignItems`; the ratio shows how the cost grows with size, and the
 *    accuracy against the generator's ground truth is printed too. Then a generated Japanese and
 *    English questionnaire about the same controls (no shared wording: only the topics can pair
 *    them), its time and its accuracy.
 * 4. Compare: the compare view's own work on generated vendors' sheets of one questionnaire
 *    (`generateSheetFamily`): 5 × 300 and 8 × 1,000 items aligned with the reviewer's
 *    corrections applied (`linkedComparison`), and the "only differences" filter over the rows
 *    (`filterRows`, the view's own module). Pure modules in Node: the grid's rendering in Chromium
 *    belongs to the browser bench.
 * 5. Memory: peak resident set size (the process's high-water mark) and the highest heapUsed
 *    sampled after every measured run.
 *
 * 6. In Chromium (`browser/browserBench.ts`): the import wizard's preview of a 5,000-item file,
 *    and the record page of that checksheet against a plain HTML table of its rows; then
 *    (`reviewBench.ts`) one verdict applied to 1,000 selected items on a record page,
 *    until the page shows it, and their save.
 *
 * Parts 1 to 5 run in Node from one ES module bundle of ./engineBench (esbuild): the engine as the
 * preview and the org load it (see `bundleEngineBench`).
 *
 * Each measurement is warmed up until the code is optimised, then the median of several runs is
 * printed (steady state, the figure the goals speak of). The first, cold run of each side is printed
 * too: in the org a document is parsed once, so that is what a reviewer waits for. No garbage
 * collection is forced between runs: a forced full GC makes V8 drop optimised code ("weak
 * objects" deoptimisations), which measures the collector, not the parser. `--quick` runs smaller
 * sizes with fewer repetitions; `--browser` runs only the Chromium part.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchInBrowser } from './browser/browserBench';

/**
 * Bundles ./engineBench (the engine's figures) into one ES module with esbuild, as the preview and
 * the org load the engine, and returns its path. Run by tsx instead, every module would be
 * CommonJS and every call of a function imported from another module would go through two
 * getters: a cost of tsx, paid on every row, that no reviewer's browser pays.
 */
async function bundleEngineBench(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'checksheet-bench-')), 'engine.mjs');
  await build({
    entryPoints: [path.join(__dirname, 'engineBench.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(__dirname, '../../tsconfig.json'),
    logLevel: 'warning'
  });
  return outfile;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // `--browser`: only the Chromium part (it builds the preview first); `--compare`: only its
  // compare view figures.
  if (!process.argv.includes('--browser') && !process.argv.includes('--compare')) {
    const engine = await bundleEngineBench();
    const run = spawnSync(process.execPath, [engine, ...(quick ? ['--quick'] : [])], {
      stdio: 'inherit'
    });
    rmSync(path.dirname(engine), { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`the engine benchmark ended with status ${run.status}`);
  }
  await benchInBrowser({ quick, compareOnly: process.argv.includes('--compare') });
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exitCode = 1;
});
