/**
 * How the browser benchmarks put a checksheet in the preview: through the real import wizard, a
 * file chosen or a text pasted, the first vendor, a name, saved; with its source file kept, the
 * wizard then opens the new record page itself.
 */
import type { Page } from 'playwright-core';

const WIZARD = 'c-checksheet-import-wizard';

/** A file to choose, or a text to paste. */
export type WizardSource = { file: string } | { text: string };

/** Imports `source` as `name` and returns the tab, on the new record page with its first items. */
export async function importThroughWizard(
  browser: { open(address: string): Promise<Page> },
  source: WizardSource,
  name: string
): Promise<Page> {
  const page = await browser.open('/lightning/n/Import');
  if ('file' in source) {
    await page
      .locator(`${WIZARD} lightning-input.wizard__file input[type=file]`)
      .setInputFiles(source.file);
  } else {
    await page.getByLabel('Paste text').fill(source.text);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
  }
  await page.locator(`${WIZARD} .wizard__accounting`).waitFor({ timeout: 120_000 });
  await page.locator(WIZARD).getByRole('combobox', { name: 'Vendor' }).click();
  await page.locator(WIZARD).getByRole('option').first().click();
  await page.getByLabel('Checksheet name').fill(name);
  await page.getByRole('button', { name: 'Save checksheet' }).click();
  await page
    .locator('c-checksheet-record-view c-checksheet-item-list li')
    .first()
    .waitFor({ timeout: 300_000 });
  return page;
}

/** The record Id in the address of a record page. */
export function recordIdOf(page: Page): string {
  const id = /Checksheet__c\/(\w+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no record Id in ${page.url()}`);
  return id;
}
