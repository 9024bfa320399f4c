/**
 * The browser half of `npm run bench`: the package's real components in Chromium, on the local
 * preview's production build (built first from Rollup's cache when `dist/preview/production` is
 * missing or older than the sources it was built from — `npm run build:preview` rebuilds it by
 * hand), over the IndexedDB data layer. What a reviewer waits for, printed as figures:
 *
 * - the import wizard: from choosing a 5,000-item file to its preview rendered;
 * - the record page of that checksheet (imported through the wizard, 10 staged chunks): from
 *   following its link on the home to the first page of items rendered, against a plain HTML
 *   table of the same 5,000 rows built on the same page (the ratio is the figure the issue asks);
 * - the review page (`reviewBench.ts`): one verdict applied to 1,000 selected items, and saved;
 * - the compare view (./compareBench): five 300-item vendor sheets from the page state to the
 *   grid rendered, against a plain table of every row's cells, and the "Differences only" filter.
 *
 * Each figure is timed in the page (`performance.now()` before the action, and after the next
 * animation frame once the result is on screen), cold first then the median of the runs after.
 * Without Chromium the section says SKIPPED and why.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseChecksheet } from 'c/checksheetParser';
import { generateMetiText } from '../generate';
import { openBenchBrowser } from './benchBrowser';
import type { BenchBrowser } from './benchBrowser';
import { printCompareBench } from './compareBench';
import { afterNextFrame, now, repeat } from './pageClock';
import { itemCells, plainTableMs } from './plainTable';
import { importThroughWizard } from './wizardImport';
import { benchReviewPage } from './reviewBench';

export interface BrowserBenchOptions {
  quick: boolean;
  /** Only the compare view's figures (`--compare`). */
  compareOnly?: boolean;
}

interface Series {
  cold: number;
  median: number;
}

function series(values: number[]): Series {
  const rest = [...values.slice(1)].sort((a, b) => a - b);
  const median = rest.length === 0 ? values[0] : rest[Math.floor(rest.length / 2)];
  return { cold: values[0], median };
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function describe(timing: Series): string {
  return `${ms(timing.median)} (cold first run ${ms(timing.cold)})`;
}

/** The list's "… of N items", with or without a thousands separator. */
function ofItems(items: number): RegExp {
  return new RegExp(`of (${items}|${items.toLocaleString('en-US')}) items`);
}

const WIZARD = 'c-checksheet-import-wizard';
const FILE_INPUT = `${WIZARD} lightning-input.wizard__file input[type=file]`;

/** One run: the wizard's first step, the file chosen, until the preview's first rows show. */
async function timePreview(page: Page, file: string, items: number): Promise<number> {
  await page.locator(FILE_INPUT).waitFor({ state: 'attached' });
  const start = await now(page);
  await page.locator(FILE_INPUT).setInputFiles(file);
  await page
    .locator(`${WIZARD} .item-list__showing`, { hasText: ofItems(items) })
    .waitFor({ timeout: 120_000 });
  const end = await afterNextFrame(page);
  return end - start;
}

async function benchWizard(browser: BenchBrowser, file: string, items: number, runs: number) {
  const page = await browser.open('/lightning/n/Import');
  const times = await repeat(runs, async () => {
    const elapsed = await timePreview(page, file, items);
    await page.getByRole('button', { name: 'Choose another document' }).first().click();
    return elapsed;
  });
  await page.close();
  return series(times);
}

/** One run: from the home, the checksheet's link followed, until its first items show. */
async function timeRecordPage(page: Page, name: string, items: number): Promise<number> {
  await page.goto(new URL('/lightning/page/home', page.url()).toString());
  const link = page.locator('c-vendor-checksheets-home a', { hasText: name }).first();
  await link.waitFor();
  const start = await now(page);
  await link.click();
  await page
    .locator('c-checksheet-record-view .item-list__showing', {
      hasText: ofItems(items)
    })
    .waitFor({ timeout: 120_000 });
  await page.locator('c-checksheet-record-view c-checksheet-item-list li').first().waitFor();
  const end = await afterNextFrame(page);
  return end - start;
}

export async function benchInBrowser(options: BrowserBenchOptions): Promise<void> {
  const items = options.quick ? 1000 : 5000;
  const runs = options.quick ? 3 : 7;
  console.log(
    `In Chromium (the preview's production build, ${runs} runs: cold first, then the median of the rest)`
  );
  const browser = await openBenchBrowser();
  if (typeof browser === 'string') {
    console.log(`  SKIPPED: ${browser}`);
    return;
  }
  try {
    if (options.compareOnly) {
      await printCompareBench(browser, runs);
      return;
    }
    const sheet = generateMetiText(items, 11);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vc-bench-')), `bench-${items}.txt`);
    writeFileSync(file, sheet.text);
    const bytes = Buffer.byteLength(sheet.text);
    const wizard = await benchWizard(browser, file, sheet.itemCount, runs);
    console.log(
      `  wizard: ${sheet.itemCount}-item file (${(bytes / 1024 / 1024).toFixed(1)} MB) chosen → preview rendered   ${describe(wizard)}`
    );

    const name = `Bench ${sheet.itemCount} items`;
    const importStart = Date.now();
    await (await importThroughWizard(browser, { file }, name)).close();
    console.log(
      `  import through the wizard (staged, IndexedDB)   ${ms(Date.now() - importStart)} (once)`
    );
    const page = await browser.open('/lightning/page/home');
    const record = series(await repeat(runs, () => timeRecordPage(page, name, sheet.itemCount)));
    const rows = parseChecksheet({ fileName: 'bench.txt', text: sheet.text }).items;
    const table = series(await repeat(runs, () => plainTableMs(page, itemCells(rows))));
    await page.close();
    console.log(
      `  record page of ${sheet.itemCount} items, link → first items   ${describe(record)}`
    );
    console.log(`  plain HTML table of the same ${rows.length} rows          ${describe(table)}`);
    console.log(
      `  ratio record page / plain table   ${(record.median / table.median).toFixed(2)}x  (the page renders 100 items at a time; the table all of them)`
    );
    await benchReviewPage(browser, runs);
    await printCompareBench(browser, runs);
  } finally {
    await browser.close();
  }
}
