/**
 * The preview's shell: header, banner, user and language switches, the pages that exist, and
 * a label of the package in both languages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreview } from './fixture';

const preview = usePreview();

test('the shell shows the app, the banner and the switches, accessibly', async () => {
  const page = await preview.open('/');
  await page.getByText('Local preview — your data stays in this browser (IndexedDB)').waitFor();
  assert.equal(await page.locator('.slds-context-bar__app-name').innerText(), 'Vendor Checksheets');
  await page.getByRole('combobox', { name: 'Preview user' }).waitFor();
  await page.getByRole('combobox', { name: 'Language' }).waitFor();
  await page.getByRole('button', { name: 'Reset data' }).waitFor();
  await preview.screenshot(page, 'shell-en');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('the language switch shows the shell and the package labels in Japanese', async () => {
  const page = await preview.open('/');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await Promise.all([
    page.waitForURL(/./, { waitUntil: 'load' }),
    page.getByRole('option', { name: '日本語' }).click()
  ]);
  await page.waitForSelector('preview-app main[data-page]');
  await page
    .getByText('ローカルプレビュー — データはこのブラウザー内（IndexedDB）にだけ保存されます')
    .waitFor();
  // c.App_Title's Japanese translation, from translations/ja.translation-meta.xml.
  assert.equal(
    await page.locator('.slds-context-bar__app-name').innerText(),
    'ベンダーチェックシート'
  );
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  await preview.screenshot(page, 'shell-ja');
  await preview.expectAccessible(page);
  await preview.close(page);

  // The choice is remembered by this browser; ?lang= switches back.
  const again = await preview.open('/', { lang: 'en_US' });
  assert.equal(
    await again.locator('.slds-context-bar__app-name').innerText(),
    'Vendor Checksheets'
  );
  await preview.close(again);
});

test('the user switch chooses who the preview runs as', async () => {
  const page = await preview.open('/', { user: 'viewer' });
  const user = page.getByRole('combobox', { name: 'Preview user' });
  assert.match(await user.innerText(), /Viewer/);
  await user.click();
  await Promise.all([
    page.waitForURL(/./, { waitUntil: 'load' }),
    page.getByRole('option', { name: 'Reviewer' }).click()
  ]);
  await page.waitForSelector('preview-app main[data-page]');
  assert.match(await page.getByRole('combobox', { name: 'Preview user' }).innerText(), /Reviewer/);
  await preview.close(page);
});
