/**
 * Field history on the record page (issue 8), over the seeded sample data: a reviewer records a
 * verdict on the Willowbrook checksheet (Received, theirs to review) and starts its review; the
 * History section then lists both changes with the reviewer's name and from → to, the item's own
 * History shows its verdict change only; a viewer reads the same history in Japanese. Uses the
 * Willowbrook sheet, which no other spec moves.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { usePreview } from './fixture';
import type { OpenOptions } from './fixture';

const preview = usePreview();
let address: string | undefined;

/** The Willowbrook checksheet's record page, found once from the home. */
async function openWillowbrook(options: OpenOptions = {}): Promise<Page> {
  if (address === undefined) {
    const home = await preview.open('/lightning/page/home', options);
    const row = home.locator('c-vendor-checksheets-home tr', { hasText: 'Willowbrook' }).first();
    await row.waitFor();
    await row.locator('a').first().click();
    await home.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
    address = new URL(home.url()).pathname;
    return home;
  }
  const page = await preview.open(address, options);
  await page.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
  return page;
}

const items = (page: Page) => page.locator('c-checksheet-item-list li.item-list__item');

/** The History section's lines as text: what, change and who per row. */
async function historyLines(page: Page, scope: string): Promise<string[][]> {
  const rows = page.locator(`${scope} c-checksheet-history tr.history__row`);
  await rows.first().waitFor();
  const lines: string[][] = [];
  for (const row of await rows.all()) {
    lines.push(
      await Promise.all(
        ['.history__what', '.history__change', '.history__who'].map(async (cell) =>
          (await row.locator(cell).innerText()).trim()
        )
      )
    );
  }
  return lines;
}

test('a verdict and a status change show in History with who and from → to; the item shows its own', async () => {
  const page = await openWillowbrook({ user: 'reviewer' });
  const first = items(page).first();
  const itemNumber = (await first.locator('.item-list__number').innerText()).trim();

  // Nothing recorded yet (the import writes no history).
  await page.locator('.record-view__history-toggle').click();
  await page.locator('.record-view__history .history__empty').waitFor();
  assert.equal(
    (await page.locator('.record-view__history .history__empty').innerText()).trim(),
    'No changes recorded yet.'
  );

  const verdict = first.locator('lightning-combobox.item-list__verdict');
  await verdict.getByRole('combobox').click();
  await verdict.getByRole('option', { name: 'Acceptable', exact: true }).click();
  await page.getByRole('button', { name: 'Save 1 changes' }).click();
  await page.locator('.record-view__saved', { hasText: 'Saved 1 items.' }).waitFor();
  await page.getByRole('button', { name: 'Start review' }).click();
  await page
    .locator('.record-view__status-saved', { hasText: 'Review status: In review.' })
    .waitFor();

  // The open section reads again after each save.
  await page.locator('.record-view__history tr.history__row').nth(1).waitFor();
  assert.deepEqual(await historyLines(page, '.record-view__history'), [
    ['Review status', 'Received → In review', 'Riko Reviewer'],
    [`Item ${itemNumber}: Verdict`, '(blank) → Acceptable', 'Riko Reviewer']
  ]);
  const when = await page.locator('.record-view__history time').first().getAttribute('datetime');
  assert.ok(Date.now() - Date.parse(when ?? '') < 10 * 60 * 1000, `recorded just now: ${when}`);

  await first.locator('.item-list__history-button').click();
  assert.deepEqual(await historyLines(page, 'li.item-list__item:first-child'), [
    ['Verdict', '(blank) → Acceptable', 'Riko Reviewer']
  ]);
  await items(page).nth(1).locator('.item-list__history-button').click();
  await items(page).nth(1).locator('.history__empty').waitFor();
  assert.equal(
    (await items(page).nth(1).locator('.history__empty').innerText()).trim(),
    'No changes recorded for this item yet.'
  );

  await page.reload();
  await items(page).first().waitFor();
  await page.locator('.record-view__history-toggle').click();
  await page.locator('.record-view__history tr.history__row').nth(1).waitFor();
  await items(page).first().locator('.item-list__history-button').click();
  await items(page).first().locator('tr.history__row').waitFor();
  await preview.screenshot(page, 'record-history');
  await preview.firstScreen(page, 'record-history');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('a viewer reads the same history in Japanese', async () => {
  const page = await openWillowbrook({ user: 'viewer', lang: 'ja' });
  const toggle = page.locator('.record-view__history-toggle');
  assert.equal((await toggle.innerText()).trim(), '履歴');
  await toggle.click();
  const lines = await historyLines(page, '.record-view__history');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0], ['レビュー状況', '受領済み → レビュー中', 'Riko Reviewer']);
  assert.match(lines[1][0], /^項目 .+: 判定$/);
  assert.equal(lines[1][1], '（空白） → 許容');
  await preview.firstScreen(page, 'record-history-ja');
  await preview.expectAccessible(page);
  await preview.close(page);
});
