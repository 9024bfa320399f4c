/**
 * Correcting how an item was read, in the browser over the seeded sample data: a reviewer
 * corrects an item's status and answer text on the Acme Cloud checksheet in review, reloads and
 * finds the corrected values with a "Corrected" badge whose hover and focus text names the
 * original; the editor is reached and left by keyboard; the Japanese page says the same; a
 * viewer sees the badge and no correction action. The tests run in order on one browser profile.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOT_DIR, usePreview } from './fixture';
import type { OpenOptions } from './fixture';

const preview = usePreview();
const CORRECTED_ANSWER = 'Corrected by the reviewer: encryption keys are rotated every year.';
let address = '';
/** The item corrected, by its number, and what the document said before. */
let number = '';
let originalStatus = '';

async function openInReview(options: OpenOptions = {}): Promise<Page> {
  if (address === '') {
    const home = await preview.open('/lightning/page/home', options);
    const row = home
      .locator('c-vendor-checksheets-home tr', { hasText: 'In review' })
      .filter({ hasText: 'Acme Cloud' })
      .first();
    await row.waitFor();
    await row.locator('a').click();
    await home.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
    address = new URL(home.url()).pathname;
    return home;
  }
  const page = await preview.open(address, options);
  await page.locator('c-checksheet-record-view li.item-list__item').first().waitFor();
  return page;
}

/** Saves `.e2e/screenshots/<name>.png`: the item and the room below it (its badge's text). */
async function itemShot(page: Page, item: Locator, name: string): Promise<void> {
  const box = await item.boundingBox();
  assert.ok(box, 'the item is on the page');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    animations: 'disabled',
    clip: { x: 0, y: Math.max(0, box.y - 8), width: viewport.width, height: box.height + 160 }
  });
}

const items = (page: Page) => page.locator('c-checksheet-item-list li.item-list__item');

function itemNumbered(page: Page, itemNumber: string): Locator {
  return items(page).filter({
    has: page.locator('.item-list__number', { hasText: new RegExp(`^${itemNumber}$`) })
  });
}

async function chooseOption(scope: Locator, selector: string, option: string): Promise<void> {
  const combobox = scope.locator(selector).first();
  await combobox.getByRole('combobox').click();
  await combobox.getByRole('option', { name: option, exact: true }).click();
}

test('a reviewer corrects an item’s status and answer; after a reload it shows them, marked Corrected with the original', async () => {
  const page = await openInReview({ user: 'reviewer' });
  const item = items(page).nth(2);
  number = (await item.locator('.item-list__number').innerText()).trim();
  originalStatus = (await item.locator('c-checksheet-status-badge').innerText()).trim();
  const target = originalStatus === 'Not implemented' ? 'Partial' : 'Not implemented';
  assert.equal(await item.locator('.item-list__corrected-badge').count(), 0);

  await item.getByRole('button', { name: 'Correct reading' }).click();
  const editor = item.getByRole('group', { name: `Correct how item ${number} was read` });
  await editor.waitFor();
  // The editor takes the focus on its first field, the status.
  await page.waitForFunction(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.closest?.('lightning-combobox')?.classList.contains('item-list__correct-status');
  });
  await chooseOption(editor, 'lightning-combobox.item-list__correct-status', target);
  await editor.getByRole('textbox', { name: 'Answer', exact: true }).fill(CORRECTED_ANSWER);
  await preview.screenshot(page, 'record-correction-editor');
  await preview.expectAccessible(page);
  await editor.getByRole('button', { name: 'Save correction' }).click();
  await page
    .locator('.record-view__saved', { hasText: `Correction of item ${number} saved.` })
    .waitFor();
  // Focus goes back to the item's "Correct reading".
  await page.waitForFunction(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.closest?.('lightning-button')?.classList.contains('item-list__correct');
  });

  await page.reload();
  const reloaded = itemNumbered(page, number);
  await reloaded.waitFor();
  assert.equal((await reloaded.locator('c-checksheet-status-badge').innerText()).trim(), target);
  assert.match(
    await reloaded.locator('.item-list__answer').innerText(),
    new RegExp(CORRECTED_ANSWER)
  );
  const badge = reloaded.locator('.item-list__corrected-badge');
  assert.equal((await badge.innerText()).trim(), 'Corrected');
  const tip = reloaded.locator('.item-list__corrected-tip');
  assert.equal(await tip.isVisible(), false, 'the detail shows on hover or focus only');
  await badge.hover();
  await tip.waitFor({ state: 'visible' });
  const detail = (await tip.innerText()).trim();
  assert.match(
    detail,
    new RegExp(
      `^Corrected by Riko Reviewer on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\. The document said: status: ${originalStatus}; answer: “`
    )
  );
  assert.equal(await badge.getAttribute('aria-describedby'), await tip.getAttribute('id'));
  await itemShot(page, reloaded, 'record-corrected-item');
  await preview.screenshot(page, 'record-corrected');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('the badge’s text shows on keyboard focus; the editor opens and cancels from the keyboard', async () => {
  const page = await openInReview({ user: 'reviewer' });
  const item = itemNumbered(page, number);
  await item.waitFor();
  await item.locator('.item-list__corrected-badge').focus();
  await item.locator('.item-list__corrected-tip').waitFor({ state: 'visible' });
  await item.getByRole('button', { name: 'Correct reading' }).focus();
  await page.keyboard.press('Enter');
  const editor = item.getByRole('group', { name: `Correct how item ${number} was read` });
  await editor.waitFor();
  // The editor starts from what is stored now: the corrected answer.
  assert.equal(
    await editor.getByRole('textbox', { name: 'Answer', exact: true }).inputValue(),
    CORRECTED_ANSWER
  );
  await editor.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await editor.waitFor({ state: 'detached' });
  await preview.close(page);
});

test('in Japanese the action, editor and badge read in Japanese', async () => {
  const page = await openInReview({ user: 'reviewer', lang: 'ja' });
  const item = itemNumbered(page, number);
  await item.waitFor();
  const badge = item.locator('.item-list__corrected-badge');
  assert.equal((await badge.innerText()).trim(), '訂正済み');
  await badge.hover();
  const tip = item.locator('.item-list__corrected-tip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), /^Riko Reviewer が .+ に訂正。文書の記載: 実施状況: /);
  await itemShot(page, item, 'record-corrected-item-ja');
  await preview.screenshot(page, 'record-corrected-ja');
  await items(page).nth(3).getByRole('button', { name: '読み取りを訂正' }).click();
  await items(page).nth(3).locator('.item-list__correction').waitFor();
  await preview.firstScreen(page, 'record-correction-editor-ja');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('a viewer sees the Corrected badge and its text, and no correction action', async () => {
  const page = await openInReview({ user: 'viewer' });
  const item = itemNumbered(page, number);
  await item.waitFor();
  await item.locator('.item-list__corrected-badge').hover();
  await item.locator('.item-list__corrected-tip', { hasText: 'The document said' }).waitFor();
  assert.equal(await page.locator('.item-list__correct').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Correct reading' }).count(), 0);
  await preview.close(page);
});
