/**
 * The package's engine in Chromium: `c/checksheetParser` reads the sample documents of
 * `data/samples/` in the browser (expected counts from data/samples/README.md), the SheetJS
 * static resource loads through `lightning/platformResourceLoader` and an .xlsx written with it
 * is read back; base components (card, combobox, datatable) render; the item count goes through
 * the package's `c.Items_Count` label in both languages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreview } from './fixture';

const preview = usePreview();

test('a METI sample is parsed in the browser: 55 items, and 55 again from an .xlsx', async () => {
  const page = await preview.open('/preview/engine');
  const count = page.locator('[data-id="item-count"]');
  await count.waitFor();
  assert.equal(await count.innerText(), '55 items');
  assert.equal(await page.locator('[data-id="format"]').innerText(), 'meti · utf-8');
  await page.locator('[data-id="workbook-count"]').getByText('55 items').waitFor();
  // The datatable shows the first rows as parsed.
  const table = page.getByRole('grid');
  await table.getByText('1-1', { exact: true }).first().waitFor();
  await preview.screenshot(page, 'engine-en');
  // The datatable's role-based grid is the one known base-component finding (TOOLCHAIN.md).
  await preview.expectAccessible(page, { exclude: ['lightning-datatable'] });
  await preview.close(page);
});

test('another sample is chosen in the combobox: the CAIQ CSV has 20 questions', async () => {
  const page = await preview.open('/preview/engine');
  await page.locator('[data-id="item-count"]').waitFor();
  await page.getByRole('combobox', { name: 'Sample document' }).click();
  await page.getByRole('option', { name: 'initech-caiq.csv' }).click();
  await page.locator('[data-id="item-count"]').getByText('20 items').waitFor();
  assert.match(await page.locator('[data-id="format"]').innerText(), /^caiq/);
  await preview.close(page);
});

test('in Japanese the count is the label’s translation', async () => {
  const page = await preview.open('/preview/engine', { lang: 'ja' });
  const count = page.locator('[data-id="item-count"]');
  await count.waitFor();
  assert.equal(await count.innerText(), '55 件');
  await page.locator('[data-id="workbook-count"]').getByText('55 件').waitFor();
  await preview.screenshot(page, 'engine-ja');
  await preview.close(page);
});
