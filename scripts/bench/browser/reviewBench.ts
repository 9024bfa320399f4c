/**
 * The review page in the browser bench: a generated 1,000-item METI sheet is imported through the
 * real import wizard (pasted); on its record page every item is selected ("select all shown")
 * and one verdict applied, then saved. Printed:
 *
 * - apply: from the click on "Set verdict on selected" until the browser has painted the frame
 *   after LWC's re-render, timed inside the page (then checked: the Save button reads "Save 1000
 *   changes" and the first item's verdict box shows the verdict);
 * - save: from the click on Save until "Saved 1000 items." (saveVerdicts in one batch of 1,000
 *   through the data layer, the list re-rendered with what it returned), timed from Node, so it
 *   includes Playwright's round trips to the page (a few milliseconds).
 *
 * The verdict alternates between runs, so every run changes all 1,000 items; cold first, then the
 * median of the rest.
 */
import type { Page } from 'playwright-core';
import { generateMetiText } from '../generate';
import type { BenchBrowser } from './benchBrowser';
import { importThroughWizard } from './wizardImport';

export const REVIEW_BENCH_ITEMS = 1000;

interface Round {
  applied: number;
  saved: number;
}

async function chooseOption(page: Page, selector: string, option: string): Promise<void> {
  const combobox = page.locator(selector).first();
  await combobox.getByRole('combobox').click();
  await combobox.getByRole('option', { name: option, exact: true }).click();
}

async function timedRound(page: Page, verdict: string, itemCount: number): Promise<Round> {
  await chooseOption(page, 'lightning-combobox.record-view__bulk-verdict', verdict);
  const apply = page.getByRole('button', { name: 'Set verdict on selected' });
  const applied = await apply.evaluate(async (button) => {
    const start = performance.now();
    (button as HTMLButtonElement).click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  });
  const save = page.getByRole('button', { name: `Save ${itemCount} changes` });
  await save.waitFor();
  await page
    .locator('c-checksheet-item-list li.item-list__item')
    .first()
    .locator('lightning-combobox.item-list__verdict')
    .getByRole('combobox')
    .filter({ hasText: verdict })
    .waitFor();
  const startSave = performance.now();
  await save.click();
  await page.locator('.record-view__saved', { hasText: `Saved ${itemCount} items.` }).waitFor();
  return { applied, saved: performance.now() - startSave };
}

/** Runs one round after another (each needs the page as the one before left it). */
async function rounds(page: Page, count: number): Promise<Round[]> {
  const verdicts = ['Acceptable', 'Risk accepted'];
  const results: Round[] = [];
  await Array.from({ length: count }).reduce<Promise<void>>(
    (previous, _, run) =>
      previous.then(async () => {
        results.push(await timedRound(page, verdicts[run % 2], REVIEW_BENCH_ITEMS));
      }),
    Promise.resolve()
  );
  return results;
}

function describe(values: number[]): string {
  const rest = values.slice(1).sort((a, b) => a - b);
  const median = rest.length === 0 ? values[0] : rest[Math.floor(rest.length / 2)];
  return `${median.toFixed(0)} ms (cold first run ${values[0].toFixed(0)} ms)`;
}

export async function benchReviewPage(browser: BenchBrowser, runs: number): Promise<void> {
  const importStart = Date.now();
  const page = await importThroughWizard(
    browser,
    { text: generateMetiText(REVIEW_BENCH_ITEMS, 21).text },
    `Review bench ${REVIEW_BENCH_ITEMS} items`
  );
  page.setDefaultTimeout(60_000);
  console.log(
    `  review page: ${REVIEW_BENCH_ITEMS}-item sheet pasted and imported   ${Date.now() - importStart} ms (once)`
  );
  await page.getByText('Select all shown').click();
  await page
    .locator('.record-view__selected', { hasText: `${REVIEW_BENCH_ITEMS} selected` })
    .waitFor();
  const results = await rounds(page, runs);
  await page.close();
  console.log(
    `  one verdict on ${REVIEW_BENCH_ITEMS} selected items → page updated   ${describe(results.map((r) => r.applied))}`
  );
  console.log(
    `  saving those ${REVIEW_BENCH_ITEMS} changes → "Saved" shown   ${describe(results.map((r) => r.saved))}`
  );
}
