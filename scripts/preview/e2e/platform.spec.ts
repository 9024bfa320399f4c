/**
 * The platform modules as a component sees them (`/preview/platform`): the user switch reaches
 * `@salesforce/user/Id`, the language `@salesforce/i18n/lang`, schema imports are the real
 * names, NavigationMixin generates Lightning-shaped URLs and navigates inside the preview, an
 * Apex method without a local implementation is refused with the platform's error shape, and a
 * toast shows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreview } from './fixture';

const preview = usePreview();
const REFUSAL = {
  status: 500,
  body: { message: 'No local implementation of PreviewPlatformCheck.notImplemented' }
};

test('platform modules give the real names, the chosen user and language', async () => {
  const page = await preview.open('/preview/platform', { user: 'reviewer', lang: 'ja' });
  await page.locator('[data-id="refusal"]').getByText('status').waitFor();
  assert.equal(await page.locator('[data-id="user-id"]').innerText(), '005000000000002AAA');
  assert.equal(await page.locator('[data-id="lang"]').innerText(), 'ja');
  assert.deepEqual(JSON.parse(await page.locator('[data-id="schema"]').innerText()), {
    objectApiName: 'Checksheet__c',
    fieldApiName: 'Vendor__c'
  });
  assert.equal(
    await page.locator('[data-id="record-url"]').innerText(),
    '/lightning/r/Checksheet__c/a00000000000001AAA/view'
  );
  await preview.close(page);
});

test('Apex without a local implementation rejects, imperatively and through @wire', async () => {
  const page = await preview.open('/preview/platform');
  const refusal = page.locator('[data-id="refusal"]');
  await refusal.getByText('status').waitFor();
  assert.deepEqual(JSON.parse(await refusal.innerText()), REFUSAL);
  const wired = page.locator('[data-id="wired"]');
  await wired.getByText('error').waitFor();
  await page.waitForFunction(() => document.querySelector('preview-app')?.shadowRoot !== undefined);
  await wired.getByText('No local implementation').waitFor();
  assert.deepEqual(JSON.parse(await wired.innerText()), { error: REFUSAL });
  await preview.screenshot(page, 'platform-en');
  await preview.expectAccessible(page);
  await preview.close(page);
});

test('a toast event shows in the base components’ toast container', async () => {
  const page = await preview.open('/preview/platform');
  await page.getByRole('button', { name: 'Show a toast' }).click();
  const toast = page.locator('lightning-toast');
  await toast.getByText('Vendor Checksheets').waitFor();
  await toast.getByText('Show a toast').waitFor();
  await preview.close(page);
});

test('the shell navigates between pages without reloading, and back', async () => {
  const page = await preview.open('/preview/platform');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: 'Engine check (preview only)' }).click();
  await page.locator('main[data-page="engine"]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/preview/engine');
  await page.goBack();
  await page.locator('main[data-page="platform"]').waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1);
  await preview.close(page);
});
