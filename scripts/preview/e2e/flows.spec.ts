/**
 * What a reviewer does, end to end over the seeded sample data (data/samples imported through the
 * real import path on the first start): open a checksheet from the home, find an item by a word
 * of its answer, record a verdict and find it again after a reload; read a pasted document in the
 * import wizard; the vendor's page; a viewer sees no verdict controls and is told why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../build/previewBuild';
import { usePreview } from './fixture';

const preview = usePreview();

async function openFirstChecksheet(user: 'admin' | 'reviewer' | 'viewer', name: RegExp) {
  const page = await preview.open('/lightning/page/home', { user });
  const link = page.locator('c-vendor-checksheets-home a', { hasText: name }).first();
  await link.waitFor();
  await link.click();
  await page.locator('c-checksheet-record-view c-checksheet-item-list li').first().waitFor();
  return page;
}

test('the home lists the seeded checksheets; a checksheet opens with its items by section', async () => {
  const page = await openFirstChecksheet('admin', /Globex/);
  const items = page.locator('c-checksheet-item-list li');
  assert.ok((await items.count()) > 0, 'the record page lists the items');
  assert.ok(
    (await page.locator('c-checksheet-item-list h3').count()) > 0,
    'under section headings'
  );
  await preview.screenshot(page, 'record-page');
  await preview.firstScreen(page, 'record-page');
  await preview.expectAccessible(page);

  // Search by a word of an answer.
  const firstAnswer = (await page.locator('.item-list__answer').first().innerText()).trim();
  const word = firstAnswer.replace(/^Answer\s*/, '').slice(0, 6);
  await page.getByLabel('Search items').fill(word);
  await page.locator('.item-list__showing', { hasText: /of \d+ items/ }).waitFor();
  const shown = await page.locator('c-checksheet-item-list li').count();
  assert.ok(shown >= 1, `searching "${word}" finds the item`);
  await preview.close(page);
});

test('a reviewer records a verdict and a comment; after a reload they are still there', async () => {
  const page = await openFirstChecksheet('admin', /Acme Cloud/);
  const first = page.locator('c-checksheet-item-list li').first();
  await first.getByRole('button', { name: 'Add comment' }).click();
  await first.getByLabel('Comment').fill('<img src=x onerror=alert(1)> ask for the audit report');
  await first.getByLabel('Comment').blur();
  const verdict = first.locator('lightning-combobox.item-list__verdict');
  await verdict.getByRole('combobox').click();
  await verdict.getByRole('option', { name: 'Follow up' }).click();
  await page.locator('.item-list__unsaved').first().waitFor();
  await preview.screenshot(page, 'record-review-unsaved');
  await preview.firstScreen(page, 'record-review-unsaved');
  await page.getByRole('button', { name: /^Save \d+ changes$/ }).click();
  await page.locator('.record-view__saved').waitFor();
  await page.reload();
  await page.locator('c-checksheet-item-list li').first().waitFor();
  const again = page.locator('c-checksheet-item-list li').first();
  const comment = again.getByLabel('Comment');
  assert.equal(await comment.inputValue(), '<img src=x onerror=alert(1)> ask for the audit report');
  assert.equal(
    await page.locator('c-checksheet-item-list li img').count(),
    0,
    'no markup rendered'
  );
  await preview.screenshot(page, 'record-review-saved');
  await preview.firstScreen(page, 'record-review-saved');
  await preview.close(page);
});

test('a viewer sees the items read-only and is told why', async () => {
  const page = await openFirstChecksheet('viewer', /Globex/);
  await page.locator('.record-view__read-only').waitFor();
  assert.equal(await page.locator('.item-list__verdict').count(), 0);
  await preview.screenshot(page, 'record-viewer');
  await preview.firstScreen(page, 'record-viewer');
  await preview.close(page);
});

test('the import wizard reads a pasted METI checksheet and previews its items', async () => {
  const text = readFileSync(
    path.join(REPO_ROOT, 'data', 'samples', 'acme-cloud-meti-v1.txt'),
    'utf8'
  );
  const page = await preview.open('/lightning/n/Import');
  await page.getByLabel('Paste text').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.locator('c-checksheet-import-wizard c-checksheet-item-list li').first().waitFor();
  const body = await page.locator('c-checksheet-import-wizard').innerText();
  assert.match(body, /0 unaccounted/);
  await preview.screenshot(page, 'wizard-preview');
  await preview.firstScreen(page, 'wizard-preview');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test("the vendor's page lists its checksheets, latest first", async () => {
  const home = await preview.open('/lightning/page/home');
  await home.locator('c-vendor-checksheets-home a').first().waitFor();
  await home
    .locator('c-vendor-checksheets-home a', { hasText: /Acme Cloud/ })
    .first()
    .click();
  await home.locator('c-checksheet-record-view dd').first().waitFor();
  await preview.close(home);
  const page = await preview.open('/lightning/page/home', { lang: 'ja' });
  await page.locator('c-vendor-checksheets-home a').first().waitFor();
  await preview.screenshot(page, 'home-ja');
  await preview.expectAccessible(page);
  await preview.close(page);
});
