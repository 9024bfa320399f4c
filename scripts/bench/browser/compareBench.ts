/**
 * The compare view in Chromium, for the browser half of `npm run bench`: five generated vendors'
 * sheets of one 300-item questionnaire (`generateSheetFamily`) imported through the wizard, then
 * - from the page state naming them to the grid's first page rendered (loaded from IndexedDB,
 *   aligned in the browser, one page of rows), against a plain HTML table of every row's cells
 *   (question plus number, status, mark and answer per sheet) built with DOM calls on the same page;
 * - the "Differences only" switch turned on, until the filtered grid is on screen.
 * Timed in the page (`performance.now()` before, after the next painted frame). It takes the
 * browser as the bench's harness opens it (`open(address)` on the preview's production build).
 */
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { linkedComparison } from 'c/checksheetCompare';
import type { IdentifiedItem } from 'c/checksheetCompare';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';
import { PAGE_SIZE } from '../../../force-app/main/default/lwc/checksheetCompareView/compareFilters';
import { generateSheetFamily } from '../generate';
import { afterNextFrame, now, repeat } from './pageClock';
import { plainTableMs } from './plainTable';
import { importThroughWizard, recordIdOf } from './wizardImport';

export interface CompareBenchBrowser {
  open(address: string): Promise<Page>;
}

export interface CompareBenchResult {
  sheets: number;
  items: number;
  rows: number;
  grid: number[];
  table: number[];
  filter: number[];
  /** The same switch clicked inside the page, to the next painted frame (no test-driver round trips, as the plain table is timed). */
  filterInPage: number[];
  /** The next page of ${PAGE_SIZE} rows rendered (the grid's own rendering, without loading or aligning). */
  nextPage: number[];
}

/** A generated sheet as the METI text the wizard reads. */
export function metiText(items: readonly IdentifiedItem[], vendor: number): string {
  const lines = [
    `ベンチ比較${vendor}株式会社 セキュリティチェックシート (経産省版)`,
    '',
    `バージョン : ${vendor}.0`,
    '',
    '項番\t確認事項\t実施有無\t備考'
  ];
  let section = '';
  for (const item of items) {
    if (item.section !== section) {
      section = item.section;
      lines.push(`${section}\t\t\t`);
    }
    lines.push(`${item.number}\t${item.question}\t${item.mark}\t${item.answer}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every row's cells as a plain table would show them (the yardstick). */
export function tableCells(family: readonly (readonly IdentifiedItem[])[]): string[][] {
  return linkedComparison(family).rows.map((row) => [
    row.question,
    ...row.cells.flatMap((cell) =>
      cell
        ? [
            cell.item.number,
            STATUS_PICKLIST_VALUES[cell.item.status],
            cell.item.mark,
            cell.item.answer
          ]
        : ['', '', '', '']
    )
  ]);
}

/** Goes to `address` the way a link inside the app does (history and popstate, no reload). */
async function follow(page: Page, address: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, address);
}

/**
 * From the page state naming the sheets to the painted frame after the grid's first rows are on
 * screen, timed in the page as the plain table is: the view's own shadow root is checked on every
 * animation frame (Playwright's locator polling would add its own retry intervals to the figure).
 */
async function timeGrid(page: Page, ids: string[], rows: number): Promise<number> {
  await follow(page, '/lightning/n/Compare');
  await page.locator('c-checksheet-compare-view .compare__empty').waitFor();
  const target = `/lightning/n/Compare?c__ids=${ids.join(',')}`;
  return page.evaluate(
    ({ address, expected }) =>
      new Promise<number>((resolve, reject) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        // The view sits inside the app's shadow trees: found once, before the clock starts.
        const scopes: (Document | ShadowRoot)[] = [document];
        let host: Element | null = null;
        while (!host && scopes.length > 0) {
          const scope = scopes.shift()!;
          host = scope.querySelector('c-checksheet-compare-view');
          for (const element of Array.from(scope.querySelectorAll('*'))) {
            if (element.shadowRoot) scopes.push(element.shadowRoot);
          }
        }
        const root = host?.shadowRoot;
        if (!root) {
          reject(new Error('the compare view is not on the page'));
          return;
        }
        const start = performance.now();
        const loop: { frame?: () => void } = {};
        loop.frame = () => {
          const shown =
            (root.querySelector('.compare__showing')?.textContent ?? '').includes(expected) &&
            root.querySelector('table.compare-grid tbody tr') !== null;
          if (shown) {
            // the rows are in the DOM: the next frame is the one that shows them
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          } else if (performance.now() - start > 120_000) {
            reject(new Error(`the grid never showed "${expected}"`));
          } else {
            requestAnimationFrame(loop.frame!);
          }
        };
        history.pushState(null, '', address);
        dispatchEvent(new PopStateEvent('popstate'));
        requestAnimationFrame(loop.frame);
      }),
    { address: target, expected: `of ${rows} rows` }
  );
}

async function timeFilter(page: Page, rows: number): Promise<number> {
  const toggle = page.locator('lightning-input.compare__differences-only label').first();
  const start = await now(page);
  await toggle.click();
  await page
    .locator('c-checksheet-compare-view .compare__showing', { hasNotText: `of ${rows} rows` })
    .waitFor();
  const end = await afterNextFrame(page);
  await toggle.click();
  await page
    .locator('c-checksheet-compare-view .compare__showing', { hasText: `of ${rows} rows` })
    .waitFor();
  return end - start;
}

/**
 * "Differences only" clicked from inside the page and timed there to the next painted frame, the
 * way the plain table is timed (the figure above adds Playwright's click and polling round trips).
 */
async function timeFilterInPage(page: Page, rows: number): Promise<number> {
  const view = page.locator('c-checksheet-compare-view');
  const label = await view.locator('lightning-input.compare__differences-only label').first();
  const handle = await label.elementHandle();
  const elapsed = await page.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        (element as HTMLElement).click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }),
    handle
  );
  await view.locator('.compare__showing', { hasNotText: `of ${rows} rows` }).waitFor();
  await label.click();
  await view.locator('.compare__showing', { hasText: `of ${rows} rows` }).waitFor();
  return elapsed;
}

async function timeNextPage(page: Page): Promise<number> {
  const view = page.locator('c-checksheet-compare-view');
  const start = await now(page);
  await view.getByRole('button', { name: 'Next page' }).click();
  await view.locator('.compare__showing', { hasText: `Showing ${PAGE_SIZE + 1}–` }).waitFor();
  const end = await afterNextFrame(page);
  await view.getByRole('button', { name: 'Previous page' }).click();
  await view.locator('.compare__showing', { hasText: /^Showing 1–/ }).waitFor();
  return end - start;
}

/** Imports the sheets, then times the grid, the plain table and the filter `runs` times each. */
export async function benchCompareInBrowser(
  browser: CompareBenchBrowser,
  options: { sheets?: number; items?: number; runs?: number } = {}
): Promise<CompareBenchResult> {
  const sheets = options.sheets ?? 5;
  const items = options.items ?? 300;
  const runs = options.runs ?? 7;
  const family = generateSheetFamily(items, sheets);
  const folder = mkdtempSync(path.join(tmpdir(), 'vc-bench-compare-'));
  const ids = await family.reduce<Promise<string[]>>(
    (previous, sheet, index) =>
      previous.then(async (done) => {
        const file = path.join(folder, `vendor-${index + 1}.txt`);
        writeFileSync(file, metiText(sheet, index + 1));
        const page = await importThroughWizard(browser, { file }, `Bench compare ${index + 1}`);
        const id = recordIdOf(page);
        await page.close();
        return [...done, id];
      }),
    Promise.resolve([])
  );
  const cells = tableCells(family);
  const page = await browser.open('/lightning/n/Compare');
  const grid = await repeat(runs, () => timeGrid(page, ids, cells.length));
  const filter = await repeat(runs, () => timeFilter(page, cells.length));
  const filterInPage = await repeat(runs, () => timeFilterInPage(page, cells.length));
  const nextPage = await repeat(runs, () => timeNextPage(page));
  const table = await repeat(runs, () => plainTableMs(page, cells));
  await page.close();
  return { sheets, items, rows: cells.length, grid, table, filter, filterInPage, nextPage };
}

function median(values: readonly number[]): number {
  const rest = [...values.slice(1)].sort((a, b) => a - b);
  return rest.length === 0 ? values[0] : rest[Math.floor(rest.length / 2)];
}

/**
 * The compare view's figures, printed the way the rest of the browser bench prints them: five
 * sheets of 300 items (the goal's size), then eight of 1,000 (the "usable with").
 */
export async function printCompareBench(browser: CompareBenchBrowser, runs: number): Promise<void> {
  await printCompareSize(browser, runs, 5, 300);
  await printCompareSize(browser, Math.min(runs, 3), 8, 1000);
}

async function printCompareSize(
  browser: CompareBenchBrowser,
  runs: number,
  sheets: number,
  items: number
): Promise<void> {
  const result = await benchCompareInBrowser(browser, { runs, sheets, items });
  const line = (values: number[]) =>
    `${median(values).toFixed(0)} ms (cold first run ${values[0].toFixed(0)} ms)`;
  const label = `${result.sheets} × ${result.items}`;
  console.log(
    `  compare view, ${label} items: page state → grid rendered (${result.rows} rows, pages of ${PAGE_SIZE}, the rows on screen drawn)   ${line(result.grid)}`
  );
  console.log(
    `  plain HTML table of the same ${result.rows} rows × ${result.sheets * 4 + 1} cells   ${line(result.table)}`
  );
  console.log(
    `  ratio compare view / plain table   ${(median(result.grid) / median(result.table)).toFixed(2)}x  (goal: at most 1x)`
  );
  console.log(
    `  next page of ${PAGE_SIZE} rows rendered (no loading, no aligning)   ${line(result.nextPage)}`
  );
  console.log(
    `  "Differences only" switched on → grid rendered   ${line(result.filter)}  (goal: under 100 ms)`
  );
  console.log(
    `  the same, clicked and timed inside the page as the plain table is   ${line(result.filterInPage)}`
  );
}
