/**
 * The Japanese switch on every page with data: the home, the import wizard (choosing and a
 * preview), a seeded checksheet's record page and its vendor's page, each as the reviewer sees
 * it. Two checks per page: the Japanese translation of labels that page shows is there, and no
 * English value of any package label (save the few that are the same words in Japanese) is left on
 * the page — the labels are read from force-app, so a new label without a translation fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../build/previewBuild';
import { readLabels } from '../build/labels';
import { usePreview } from './fixture';

const preview = usePreview();
const LABELS = readLabels(REPO_ROOT);

function ja(name: string): string {
  const label = LABELS.get(name);
  if (!label) throw new Error(`no custom label ${name}`);
  return label.ja;
}

/**
 * English label values a Japanese page must not show: every label's (a label without a
 * translation shows its English, so it is caught too) without placeholders (a formatted label's parts are not findable as one string). A page shows
 * one as a line of its own (a heading, a field label, a button), so lines are compared whole:
 * the sample data's own English ("Riko Reviewer") is not a label left untranslated.
 */
/** Labels that are the same words in Japanese (a dash, a format's and a framework's name). */
const SAME_IN_BOTH = new Set(['—', 'CSV', 'CSA CAIQ v4']);

const ENGLISH_ONLY = new Set(
  [...LABELS.values()]
    .filter((label) => !/\{\d\}/.test(label.en) && !SAME_IN_BOTH.has(label.en))
    .map((label) => label.en)
);

async function expectJapanese(page: Page, scope: string, shown: string[]): Promise<void> {
  const text = await page.locator(scope).first().innerText();
  for (const name of shown) {
    assert.ok(text.includes(ja(name)), `${scope} shows ${name} in Japanese ("${ja(name)}")`);
  }
  const left = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => ENGLISH_ONLY.has(line));
  assert.deepEqual(left, [], `${scope} still shows English labels`);
}

test('the home in Japanese', async () => {
  const page = await preview.open('/lightning/page/home', { lang: 'ja', user: 'reviewer' });
  await page.locator('c-vendor-checksheets-home a').first().waitFor();
  await expectJapanese(page, 'c-vendor-checksheets-home', ['Import_Checksheet', 'Field_Vendor']);
  await preview.screenshot(page, 'ja-home');
  await preview.close(page);
});

test('the import wizard in Japanese: choosing, then the preview of a pasted sheet', async () => {
  const page = await preview.open('/lightning/n/Import', { lang: 'ja' });
  const wizard = 'c-checksheet-import-wizard';
  await page.locator(`${wizard} lightning-textarea`).waitFor();
  await expectJapanese(page, wizard, ['Import_Checksheet', 'Wizard_Read_Paste']);
  const text = readFileSync(path.join(REPO_ROOT, 'data', 'samples', 'globex-meti.txt'), 'utf8');
  await page.getByLabel(ja('Import_Paste_Text')).fill(text);
  await page.getByRole('button', { name: ja('Wizard_Read_Paste') }).click();
  await page.locator(`${wizard} .wizard__accounting`).waitFor();
  await expectJapanese(page, wizard, ['Wizard_Findings', 'Import_Preview', 'Wizard_Details']);
  await preview.screenshot(page, 'ja-wizard-preview');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test("a checksheet's record page and its vendor's page in Japanese", async () => {
  const page = await preview.open('/lightning/page/home', { lang: 'ja', user: 'reviewer' });
  await page
    .locator('c-vendor-checksheets-home a', { hasText: /Globex/ })
    .first()
    .click();
  const record = 'c-checksheet-record-view';
  await page.locator(`${record} c-checksheet-item-list li`).first().waitFor();
  await expectJapanese(page, record, ['Field_Vendor', 'Field_Review_Status', 'Coverage']);
  await preview.screenshot(page, 'ja-record-page');
  await preview.expectAccessible(page);
  await preview.close(page);

  // The vendor's Account page: its Id from the home's vendor filter.
  const home = await preview.open('/lightning/page/home', { lang: 'ja' });
  const filter = home
    .locator('c-vendor-checksheets-home lightning-combobox')
    .filter({ hasText: ja('Field_Vendor') })
    .first();
  await home.locator('c-vendor-checksheets-home a').first().waitFor();
  const options = await filter.evaluate(
    (combobox) => (combobox as unknown as { options: { label: string; value: string }[] }).options
  );
  const globex = options.find((option) => option.label.includes('グロベックス'));
  assert.ok(globex, `the vendor filter lists Globex: ${JSON.stringify(options)}`);
  await home.goto(new URL(`/lightning/r/Account/${globex.value}/view`, home.url()).toString());
  const panel = 'c-vendor-checksheets-panel';
  await home.locator(`${panel} a`).first().waitFor();
  await expectJapanese(home, panel, ['Import_Checksheet']);
  await preview.screenshot(home, 'ja-vendor-page');
  await preview.expectAccessible(home);
  await preview.close(home);
});
