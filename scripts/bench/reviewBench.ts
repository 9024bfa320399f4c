/**
 * `npm run bench`, part 4: the review page in the local preview (production build, headless
 * Chromium, the preview's IndexedDB data layer). A generated 1,000-item METI sheet is imported
 * through the real import wizard as the reviewer; on its record page every item is selected
 * ("select all shown") and one verdict applied, then saved. Printed:
 *
 * - apply: from the click on "Set verdict on selected" until the browser has painted the frame
 *   after LWC's re-render, timed inside the page (then checked: the Save button reads "Save 1000
 *   changes" and the first item's verdict box shows the verdict);
 * - save: from the click on Save until "Saved 1000 items." (saveVerdicts in one batch of 1,000
 *   through the data layer, the list re-rendered with what it returned).
 *
 * Each is the median of `runs` rounds (the verdict alternates, so every round changes all 1,000
 * items); the save time includes Playwright's round trips to the page (a few milliseconds). The
 * preview is built first when `dist/preview/production` is missing (Rollup's cache makes a
 * rebuild take ~30 s here). Without Chromium the part says SKIPPED and why.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { buildStaticResources } from '../build/staticResources';
import { REPO_ROOT, buildPreview, outputDir } from '../preview/build/previewBuild';
import { CHROMIUM_ARGS, chromiumAvailable, chromiumPath } from '../preview/e2e/browser';
import { serverUrl, startPreviewServer } from '../preview/server/staticServer';
import { generateMetiText } from './generate';

export const REVIEW_BENCH_ITEMS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function chooseOption(page: Page, selector: string, option: string): Promise<void> {
  const combobox = page.locator(selector).first();
  await combobox.getByRole('combobox').click();
  await combobox.getByRole('option', { name: option, exact: true }).click();
}

/** Imports the generated sheet through the wizard and opens its record page. */
async function importSheet(page: Page, base: string, itemCount: number): Promise<void> {
  await page.goto(`${base}/lightning/n/Import?user=reviewer&lang=en_US`);
  await page.getByLabel('Paste text').fill(generateMetiText(itemCount).text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.locator('c-checksheet-import-wizard c-checksheet-item-list li').first().waitFor();
  const vendor = page.locator('c-checksheet-import-wizard lightning-record-picker').first();
  await vendor.getByRole('combobox').click();
  await vendor.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Save checksheet' }).click();
  // With the source text kept as a file, the wizard opens the new record itself.
  await page
    .locator('c-checksheet-record-view li.item-list__item')
    .first()
    .waitFor({ timeout: 180_000 });
}

async function timedRound(page: Page, verdict: string, itemCount: number) {
  await chooseOption(page, 'lightning-combobox.record-view__bulk-verdict', verdict);
  const apply = page.getByRole('button', { name: 'Set verdict on selected' });
  const firstVerdict = page
    .locator('c-checksheet-item-list li.item-list__item')
    .first()
    .locator('lightning-combobox.item-list__verdict')
    .getByRole('combobox');
  // Timed in the page: the click, LWC's re-render (synchronous, in the microtasks after the
  // handler) and the next frame the browser paints.
  const applied = await apply.evaluate(async (button) => {
    const start = performance.now();
    (button as HTMLButtonElement).click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  });
  // What the reviewer then sees (checked, not timed).
  await page.getByRole('button', { name: `Save ${itemCount} changes` }).waitFor();
  await firstVerdict.filter({ hasText: verdict }).waitFor();
  const startSave = performance.now();
  await page.getByRole('button', { name: `Save ${itemCount} changes` }).click();
  await page.locator('.record-view__saved', { hasText: `Saved ${itemCount} items.` }).waitFor();
  const saved = performance.now() - startSave;
  return { applied, saved };
}

export async function benchReview(runs: number): Promise<void> {
  console.log(
    `Review page (local preview, production build, headless Chromium): one verdict on ${REVIEW_BENCH_ITEMS} selected items`
  );
  if (!chromiumAvailable()) {
    console.log(`  SKIPPED: no Chromium at ${chromiumPath()} (apt-get install chromium)`);
    return;
  }
  if (!existsSync(path.join(outputDir('production'), 'index.html'))) {
    buildStaticResources();
    const ms = await buildPreview(['production']);
    console.log(`  (preview built in ${(ms / 1000).toFixed(1)} s)`);
  }
  let server: Server | undefined;
  const profile = mkdtempSync(path.join(tmpdir(), 'vc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US'
  });
  try {
    server = await startPreviewServer({
      root: REPO_ROOT,
      appDir: outputDir('production'),
      port: 0
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const startImport = performance.now();
    await importSheet(page, serverUrl(server), REVIEW_BENCH_ITEMS);
    console.log(
      `  import through the wizard and open   ${((performance.now() - startImport) / 1000).toFixed(1)} s`
    );
    await page.getByText('Select all shown').click();
    await page
      .locator('.record-view__selected', { hasText: `${REVIEW_BENCH_ITEMS} selected` })
      .waitFor();
    const rounds: { applied: number; saved: number }[] = [];
    const verdicts = ['Acceptable', 'Risk accepted'];
    for (let round = 0; round <= runs; round++) {
      // Round 0 warms the page up; it is printed as the first (cold) figure.
      rounds.push(await timedRound(page, verdicts[round % 2], REVIEW_BENCH_ITEMS));
    }
    const warm = rounds.slice(1);
    const format = (value: number) => `${value.toFixed(0)} ms`;
    console.log(
      `  apply verdict, page updated          ${format(median(warm.map((r) => r.applied)))} median of ${warm.length} (first ${format(rounds[0].applied)})`
    );
    console.log(
      `  save ${REVIEW_BENCH_ITEMS} changes, list updated      ${format(median(warm.map((r) => r.saved)))} median of ${warm.length} (first ${format(rounds[0].saved)})`
    );
  } finally {
    await context.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    rmSync(profile, { recursive: true, force: true });
  }
}
