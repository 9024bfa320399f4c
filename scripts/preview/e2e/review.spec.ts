/**
 * A review from start to decision over the seeded sample data: the Acme Cloud checksheet that is
 * "In review" (data layer seeding) is set 20 verdicts at once, given a follow-up, a comment
 * holding markup, and approved with the next review date the admin's interval gives; a viewer
 * sees it all read-only; the vendor's Account page lists its checksheets. The tests run in order
 * on one browser profile (the data carries from one to the next, as a reviewer's day would).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { usePreview } from './fixture';
import type { OpenOptions } from './fixture';

const preview = usePreview();
const MARKUP = '<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2">';
/** The checksheet's address per build: each build is its own origin, with its own data. */
const addresses = new Map<string, string>();

/** The record page of the Acme Cloud checksheet in review, found once from the home. */
async function openInReview(options: OpenOptions = {}): Promise<Page> {
  const build = options.build ?? 'production';
  const address = addresses.get(build);
  if (address === undefined) {
    const home = await preview.open('/lightning/page/home', options);
    const row = home
      .locator('c-vendor-checksheets-home tr', { hasText: 'In review' })
      .filter({ hasText: 'Acme Cloud' })
      .first();
    await row.waitFor();
    await row.locator('a').click();
    await home.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
    addresses.set(build, new URL(home.url()).pathname);
    return home;
  }
  const page = await preview.open(address, options);
  await page.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
  return page;
}

const items = (page: Page) => page.locator('c-checksheet-item-list li.item-list__item');

async function chooseOption(page: Page, selector: string, option: string): Promise<void> {
  const combobox = page.locator(selector).first();
  await combobox.getByRole('combobox').click();
  await combobox.getByRole('option', { name: option, exact: true }).click();
}

test('a reviewer sets one verdict on 20 items chosen with a shift-click range, in one save', async () => {
  const page = await openInReview({ user: 'reviewer' });
  await items(page).nth(0).locator('.item-list__select input').dispatchEvent('click');
  await items(page).nth(19).locator('.item-list__select input').dispatchEvent('click', {
    shiftKey: true
  });
  assert.equal(await page.locator('.record-view__selected').innerText(), '20 selected');
  await chooseOption(page, 'lightning-combobox.record-view__bulk-verdict', 'Risk accepted');
  await page.getByRole('button', { name: 'Set verdict on selected' }).click();
  await page.getByRole('button', { name: 'Save 20 changes' }).click();
  await page.locator('.record-view__saved', { hasText: 'Saved 20 items.' }).waitFor();

  await page.reload();
  await items(page).first().waitFor();
  await chooseOption(page, 'lightning-combobox.item-list__verdict-filter', 'Risk accepted');
  await page.locator('.item-list__showing', { hasText: 'Showing 1–20 of 20 items' }).waitFor();
  assert.match(await page.locator('.record-view__progress').innerText(), /Risk accepted: 20/);
  await preview.close(page);
});

test('the reviewed checksheet exports as CSV and .xlsx: every item with its verdict, read back from the downloads', async () => {
  const page = await openInReview({ user: 'reviewer' });
  const total = Number(
    /of (\d+) items/.exec(await page.locator('.item-list__showing').first().innerText())?.[1]
  );
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click()
  ]);
  assert.match(csv.suggestedFilename(), /^Review_.+_\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await csv.path()) as string);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const lines = bytes
    .toString('utf8')
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '');
  assert.match(
    lines[0],
    /^項番 No\.,.*判定 Verdict,コメント Comment,未完了のフォローアップ Open follow-ups$/
  );
  assert.equal(lines.length - 1, total, 'one row per item, every page');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Excel' }).click()
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  const workbook = readFileSync((await xlsx.path()) as string);
  assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip');
  await preview.close(page);
});

test('"Follow up" on an item creates its Task, shown on the item and still there after a reload', async () => {
  const page = await openInReview({ user: 'reviewer' });
  const item = items(page).nth(24);
  const number = (await item.locator('.item-list__number').innerText()).trim();
  await item.getByRole('button', { name: 'Follow up' }).click();
  await page.locator('.record-view__saved', { hasText: 'Created 1 follow-up tasks.' }).waitFor();
  await item.locator('.item-list__follow-ups', { hasText: number }).waitFor();
  // An item without a verdict takes Follow up, as Apex sets it.
  assert.equal(
    await item.locator('lightning-combobox.item-list__verdict').getByRole('combobox').innerText(),
    'Follow up'
  );

  await page.reload();
  await items(page).first().waitFor();
  await chooseOption(
    page,
    'lightning-combobox.item-list__verdict-filter',
    'Follow-ups (verdict or open task)'
  );
  const followed = items(page).filter({ hasText: number }).first();
  const line = await followed.locator('.item-list__follow-up').first().innerText();
  assert.match(
    line,
    new RegExp(`^${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .+ — due \\d{4}-\\d{2}-\\d{2}, `)
  );
  await preview.screenshot(page, 'record-review-follow-ups');
  await preview.firstScreen(page, 'record-review-follow-ups');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('a comment holding <script> and <img onerror> is saved and shown as text', async () => {
  const page = await openInReview({ user: 'reviewer' });
  const item = items(page).nth(25);
  await item.getByRole('button', { name: 'Add comment' }).click();
  await item.getByLabel('Comment').fill(MARKUP);
  await item.getByLabel('Comment').blur();
  await page.getByRole('button', { name: 'Save 1 changes' }).click();
  await page.locator('.record-view__saved').waitFor();
  await preview.close(page);

  const viewer = await openInReview({ user: 'viewer' });
  const shown = viewer.locator('.item-list__comment-text', { hasText: 'window.__injected' });
  assert.equal((await shown.innerText()).trim(), MARKUP);
  assert.equal(
    await viewer.locator('c-checksheet-item-list img, c-checksheet-item-list script').count(),
    0
  );
  assert.equal(
    await viewer.evaluate(() => (window as { __injected?: number }).__injected),
    undefined
  );
  await preview.close(viewer);
});

test('a viewer sees the path, progress and follow-ups but no control to change them', async () => {
  const page = await openInReview({ user: 'viewer' });
  await page.locator('.record-view__read-only').waitFor();
  await page.locator('c-checksheet-review-path lightning-progress-indicator').waitFor();
  assert.equal(await page.locator('.review-path__move').count(), 0);
  assert.equal(
    await page.locator('.record-view__follow-up, .item-list__follow-up-button').count(),
    0
  );
  assert.equal(await page.locator('.item-list__select, .item-list__verdict').count(), 0);
  await page.locator('.item-list__follow-ups').first().waitFor();
  await preview.close(page);
});

test('approving sets the next review date from the admin interval, and the path moves on', async () => {
  const page = await openInReview({ user: 'reviewer' });
  await preview.screenshot(page, 'record-review');
  await preview.firstScreen(page, 'record-review');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page
    .locator('.record-view__status-saved', { hasText: 'Review status: Approved.' })
    .waitFor();
  const now = new Date();
  const inAYear = new Date(now.getFullYear() + 1, now.getMonth(), now.getDate());
  const pad = (value: number) => String(value).padStart(2, '0');
  const expected = `${inAYear.getFullYear()}-${pad(inAYear.getMonth() + 1)}-${pad(inAYear.getDate())}`;
  const nextReview = page.locator('.record-view__fact', { hasText: 'Next review' });
  assert.equal((await nextReview.locator('dd').innerText()).trim(), expected);
  await page.getByRole('button', { name: 'Reopen review' }).waitFor();
  await page.reload();
  await page.locator('.record-view__fact', { hasText: expected }).waitFor();
  await preview.screenshot(page, 'record-approved');
  await preview.firstScreen(page, 'record-approved');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('the review page in the development build: no engine warning, path moves and follow-ups offered', async () => {
  const page = await openInReview({ user: 'reviewer', build: 'development' });
  await page.locator('.review-path__move').first().waitFor();
  await page.locator('.item-list__follow-up-button').first().waitFor();
  await page.locator('.record-view__follow-up-due').waitFor();
  await preview.close(page);
});

test("the vendor's Account page lists its checksheets, reached from the checksheet", async () => {
  const page = await openInReview({ user: 'reviewer' });
  await page.locator('.record-view__fact a').first().click();
  await page.locator('main[data-page="accountRecord"] c-vendor-checksheets-panel').waitFor();
  await page.locator('c-vendor-checksheets-panel a').first().waitFor();
  await preview.screenshot(page, 'account-panel');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('the importer discards a Received checksheet after confirming, and lands on the vendor page', async () => {
  const home = await preview.open('/lightning/page/home', { user: 'admin' });
  const row = home
    .locator('c-vendor-checksheets-home tr', { hasText: 'Received' })
    .filter({ hasText: 'Initech' })
    .first();
  await row.waitFor();
  const name = (await row.locator('a').innerText()).trim();
  await row.locator('a').click();
  await home.getByRole('button', { name: 'Discard checksheet' }).click();
  await home
    .getByText(/^Discard this checksheet and its \d+ items\? This cannot be undone\.$/)
    .waitFor();
  await preview.expectAccessible(home);
  await home.getByRole('button', { name: 'Discard', exact: true }).click();
  await home.locator('main[data-page="accountRecord"] c-vendor-checksheets-panel').waitFor();
  await home.locator('c-vendor-checksheets-panel').getByText(/./).first().waitFor();
  assert.equal(await home.locator('c-vendor-checksheets-panel a', { hasText: name }).count(), 0);
  await preview.close(home);
});

test('a reviewer moves between items, sets a verdict and writes a comment from the keyboard alone', async () => {
  const page = await openInReview({ user: 'reviewer' });
  await page.getByText(/^Keyboard, on an item: /).waitFor();
  await items(page).nth(30).locator('.item-list__question').click();
  await page.keyboard.press('ArrowDown');
  const item = items(page).nth(31);
  assert.equal(
    await item.evaluate(
      (element) => element === (element.getRootNode() as Document | ShadowRoot).activeElement
    ),
    true
  );
  await page.keyboard.press('4');
  await item.locator('.item-list__unsaved').waitFor();
  assert.equal(
    await item.locator('lightning-combobox.item-list__verdict').getByRole('combobox').innerText(),
    'Unacceptable'
  );
  await page.keyboard.press('c');
  await page.keyboard.type('Asked by keyboard.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.locator('.record-view__selected', { hasText: '1 selected' }).waitFor();
  await page.getByRole('button', { name: /^Save 1 changes$/ }).click();
  await page.locator('.record-view__saved', { hasText: 'Saved 1 items.' }).waitFor();
  await preview.expectAccessible(page);
  await preview.close(page);
});
