/**
 * The package's real record page component (`c/checksheetRecordView`) on the preview's record
 * page address, unchanged: its Apex calls go through `c/checksheetApi` and the registry. The
 * record asked for does not exist, so with or without the data layer the component shows its
 * error path in the user's language — and the page stays free of console errors and accessible.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreview } from './fixture';

const preview = usePreview();
const MISSING_RECORD = '/lightning/r/Checksheet__c/a00000000000000AAA/view';

test('the record page component renders its refusal, in English and Japanese', async () => {
  const page = await preview.open(MISSING_RECORD);
  await page.locator('main[data-page="checksheetRecord"] c-checksheet-record-view').waitFor();
  const alert = page.locator('c-checksheet-record-view [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^Something went wrong: ./);
  await preview.screenshot(page, 'record-missing-en');
  await preview.expectAccessible(page);
  await preview.close(page);

  const japanese = await preview.open(MISSING_RECORD, { lang: 'ja' });
  const alertJa = japanese.locator('c-checksheet-record-view [role="alert"]');
  await alertJa.waitFor();
  assert.doesNotMatch(await alertJa.innerText(), /Something went wrong/);
  await preview.screenshot(japanese, 'record-missing-ja');
  await preview.close(japanese);
});
