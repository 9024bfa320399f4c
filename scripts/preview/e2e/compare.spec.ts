/**
 * The compare view over the seeded samples (data/samples, made-up vendors): two vendors side by
 * side, a link made by hand re-forms the grid and is still there after saving and a reload, the
 * CSV export read back from the download, the
 * sample vendor's two versions diffed from its Account page; and, when ../shared/seeds is present,
 * the real RayKit and krew METI sheets imported through the wizard and compared (skipped loudly
 * when it is absent).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../build/previewBuild';
import { DATABASE_NAME, STORES } from '../dataLayer/store';
import { usePreview } from './fixture';

const preview = usePreview();

const SEEDS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
const haveSeeds = existsSync(SEEDS_DIR);
if (!haveSeeds)
  console.warn(`compare.spec: RayKit/krew seed tests SKIPPED: ${SEEDS_DIR} is absent.`);

/** Checksheet Ids from the home's links, by the link text. */
async function checksheetIds(names: RegExp[]): Promise<string[]> {
  const home = await preview.open('/lightning/page/home');
  await home.locator('c-vendor-checksheets-home a').first().waitFor();
  const ids: string[] = [];
  for (const name of names) {
    const href = await home
      .locator('c-vendor-checksheets-home a', { hasText: name })
      .first()
      .getAttribute('href');
    const id = /Checksheet__c\/(\w+)\//.exec(href ?? '')?.[1];
    assert.ok(id, `a home link for ${name}`);
    ids.push(id);
  }
  await preview.close(home);
  return ids;
}

const grid = (page: Page) => page.locator('c-checksheet-compare-view table.compare-grid');
/** The rows drawn (the grid draws the rows on screen; spacers stand in for the others). */
const gridRows = (page: Page) => grid(page).locator('tbody tr[data-row-key]');

/** Each shown row as its cells' item numbers ('' where a sheet has no such item). */
async function rowNumbers(page: Page): Promise<string[][]> {
  return gridRows(page).evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td.compare-grid__cell')].map(
        (cell) => cell.querySelector('.compare-grid__number')?.textContent?.trim() ?? ''
      )
    )
  );
}

/** Turns "Differences only" on (its label covers the switch, as SLDS draws it). */
async function differencesOnly(page: Page): Promise<void> {
  await page.locator('lightning-input.compare__differences-only label').first().click();
  assert.equal(await page.getByRole('switch', { name: 'Differences only' }).isChecked(), true);
}

async function openCompare(ids: string[], options: { mode?: string; build?: 'development' } = {}) {
  const query = new URLSearchParams({ c__ids: ids.join(',') });
  if (options.mode) query.set('c__mode', options.mode);
  const page = await preview.open(`/lightning/n/Compare?${query.toString()}`, {
    build: options.build
  });
  return page;
}

test('two vendors side by side: picked on the page, aligned, filtered, accessible', async () => {
  const page = await preview.open('/lightning/n/Compare', { build: 'development' });
  await page.locator('c-checksheet-compare-view .compare__empty').waitFor();
  const choice = page.locator('c-checksheet-compare-view lightning-combobox.compare__choice');
  for (const name of [/Globex/, /Acme Cloud · 2\.0/]) {
    await choice.getByRole('combobox').click();
    await choice.getByRole('option', { name }).first().click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await gridRows(page).first().waitFor();
  const headers = await grid(page).locator('thead th').allInnerTexts();
  assert.equal(headers.length, 4, `question, two sheets, difference: ${headers.join(' | ')}`);
  const counts = await page.locator('.compare__counts li').allInnerTexts();
  assert.equal(counts.length, 5);
  const shown = await page.locator('.compare__showing').innerText();
  const total = Number(/of (\d+) rows/.exec(shown)?.[1]);
  assert.ok(total > 10, `the grid has rows: ${shown}`);
  await preview.screenshot(page, 'compare-grid');
  await preview.firstScreen(page, 'compare-grid');
  await preview.expectAccessible(page);

  // Only the rows on screen (and a margin) are drawn; scrolling down the page draws the rest.
  const drawn = await gridRows(page).count();
  assert.ok(drawn >= 1 && drawn < 25, `${drawn} of the page's 25 rows drawn at first`);
  await page.locator('.compare__pager').scrollIntoViewIfNeeded();
  await grid(page).locator('tbody tr[aria-rowindex="26"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await grid(page).locator('tbody tr[aria-rowindex="2"]').waitFor();
  assert.equal(await grid(page).getAttribute('aria-rowcount'), String(total + 1));

  const sameRows = Number(/: (\d+)/.exec(counts[0])?.[1]);
  await differencesOnly(page);
  await page.locator('.compare__showing', { hasText: `of ${total - sameRows} rows` }).waitFor();
  const words = await gridRows(page).locator('.compare-difference').allInnerTexts();
  assert.ok(words.length > 0 && words.every((word) => word !== 'Same'), 'no row says Same');
  await preview.close(page);
});

test('two checksheets chosen on the home open side by side in the compare view', async () => {
  const home = await preview.open('/lightning/page/home');
  const list = home.locator('c-vendor-checksheets-home');
  await list.locator('a').first().waitFor();
  const compare = list.getByRole('button', { name: /^Compare selected/ });
  assert.equal(await compare.isDisabled(), true, 'nothing chosen yet');
  const names = await list.locator('tbody th a').allInnerTexts();
  const globex = names.find((name) => /Globex/.test(name));
  const acme = names.find((name) => /Acme Cloud/.test(name));
  assert.ok(globex && acme, `the home lists Globex and Acme: ${names.join(' | ')}`);
  await list
    .getByRole('checkbox', { name: `Select ${globex} to compare` })
    .first()
    .check();
  await list
    .getByRole('checkbox', { name: `Select ${acme} to compare` })
    .first()
    .check();
  await list.getByRole('button', { name: 'Compare selected (2)' }).waitFor();
  await preview.screenshot(home, 'home-compare-selected');
  await preview.expectAccessible(home);
  await list.getByRole('button', { name: 'Compare selected (2)' }).click();
  await gridRows(home).first().waitFor();
  assert.match(home.url(), /\/lightning\/n\/Compare\?c__ids=\w+%2C\w+|c__ids=\w+,\w+/);
  const headers = await grid(home).locator('thead th').allInnerTexts();
  assert.equal(headers.length, 4, `question, two sheets, difference: ${headers.join(' | ')}`);
  assert.match(headers[1], /Globex/, 'the first chosen is the first column');
  assert.match(headers[2], /Acme Cloud/);
  await preview.close(home);
});

test('linking two items by hand re-forms the grid; the pair says it was made by a person', async () => {
  const page = await openCompare(await checksheetIds([/Acme Cloud/, /Globex/]));
  await gridRows(page).first().waitFor();
  const before = await rowNumbers(page);
  // Take the second sheet's item of the first row and link it with the first sheet's item of
  // the third row.
  const firstRow = gridRows(page).nth(0);
  await firstRow
    .locator('td.compare-grid__cell')
    .nth(1)
    .locator('button.compare__link-start')
    .click();
  await page.locator('.compare__linking').waitFor();
  const target = gridRows(page).nth(2).locator('td.compare-grid__cell').nth(0);
  await target.locator('button.compare__link-here').click();
  await page.locator('.compare__corrections', { hasText: '1 corrections' }).waitFor();
  const after = await rowNumbers(page);
  assert.notDeepEqual(after, before, 'the grid re-formed');
  const moved = before[0][1];
  const row = after.find((cells) => cells[0] === before[2][0]);
  assert.deepEqual(row, [before[2][0], moved], `${moved} now sits beside ${before[2][0]}`);
  const tip = gridRows(page)
    .filter({ hasText: before[2][0] })
    .first()
    .locator('[role="tooltip"]')
    .nth(1);
  assert.match(
    await tip.innerText().catch(() => tip.textContent() as Promise<string>),
    /by a person/
  );
  await preview.screenshot(page, 'compare-linked');
  await preview.expectAccessible(page);

  // Saved with a name: after a reload the ledger puts the pair together again.
  await page.getByLabel('Comparison name').fill('Acme and Globex, hand-linked');
  await page.getByLabel('Purpose').fill('Choose a vendor');
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await page.locator('.compare__saved', { hasText: 'Comparison saved. Corrections: 1.' }).waitFor();
  // Once saved it has a status: Decided, saved again, and the saved-comparison picker says so.
  const status = page.locator('lightning-combobox.compare__comparison-status');
  await status.getByRole('combobox').click();
  await status.getByRole('option', { name: 'Decided' }).click();
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await page.locator('.compare__saved', { hasText: 'Comparison saved. Corrections: 0.' }).waitFor();
  const savedPicker = page.locator('lightning-combobox.compare__saved-choice');
  await savedPicker.getByRole('combobox').click();
  await savedPicker
    .getByRole('option', { name: 'Acme and Globex, hand-linked (Decided, 2 checksheets)' })
    .waitFor();
  await preview.screenshot(page, 'compare-saved-status');
  await page.keyboard.press('Escape');
  await page.reload();
  await gridRows(page).first().waitFor();
  await page
    .locator('.compare__ledger', { hasText: /Saved decisions applied: [1-9]\d*/ })
    .waitFor();
  const reloaded = await rowNumbers(page);
  assert.ok(
    reloaded.some((cells) => cells[0] === before[2][0] && cells[1] === moved),
    `after a reload ${moved} still sits beside ${before[2][0]}`
  );

  // The saved decision says who confirmed it; its owner forgets it and the automatic pair returns.
  const linkedRow = gridRows(page)
    .filter({ has: page.locator('.compare-grid__ledger') })
    .first();
  await linkedRow
    .locator('.compare-grid__ledger', { hasText: /confirmed by .+ on \d{4}-\d\d-\d\d/ })
    .waitFor();
  await preview.screenshot(page, 'compare-ledger-decision');
  await preview.expectAccessible(page);
  await linkedRow.getByRole('button', { name: /^Forget the saved decision on / }).click();
  await page
    .locator('.compare__forgotten', {
      hasText: 'Decision forgotten: the automatic alignment is back.'
    })
    .waitFor();
  // The rows the link changed, as they were before it (the grid draws the rows on screen).
  const firstRows = async () => (await rowNumbers(page)).slice(0, 3);
  assert.deepEqual(
    await firstRows(),
    before.slice(0, 3),
    'the automatic alignment is back at once'
  );
  await page.reload();
  await gridRows(page).first().waitFor();
  assert.deepEqual(await firstRows(), before.slice(0, 3), 'and after a reload');
  assert.equal(await page.locator('.compare-grid__ledger').count(), 0, 'no saved decision left');
  await preview.close(page);
});

test('the grid exports as CSV, downloaded and read back', async () => {
  const ids = await checksheetIds([/Globex/, /Acme Cloud/]);
  const page = await openCompare(ids);
  await gridRows(page).first().waitFor();
  const shown = await page.locator('.compare__showing').innerText();
  const total = Number(/of (\d+) rows/.exec(shown)?.[1]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click()
  ]);
  const file = await download.path();
  assert.ok(file, 'the download was saved');
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n').filter((line) => line !== '');
  assert.match(lines[0], /^セクション Section,確認事項 Question,/);
  assert.match(lines[0], /差異 Difference$/);
  assert.ok(
    lines.length >= total + 1,
    `a line per row plus the header (${lines.length} for ${total})`
  );
  assert.match(text, /グロベックス/, 'Japanese survives');
  assert.match(download.suggestedFilename(), /^Compare_.+_vs_.+_\d{4}-\d\d-\d\d\.csv$/);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Excel' }).click()
  ]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  const zip = readFileSync((await xlsx.path()) as string);
  assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip');
  await preview.close(page);
});

/**
 * The vendor of a checksheet, read from the preview's IndexedDB (no page links a checksheet to
 * its Account yet).
 */
async function vendorIdOf(page: Page, checksheetId: string): Promise<string> {
  const vendorId = await page.evaluate(
    ({ database, store, id }) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(store).objectStore(store).get(id);
          read.onerror = () => reject(read.error);
          read.onsuccess = () =>
            resolve((read.result as { vendorId?: string } | undefined)?.vendorId);
        };
      }),
    { database: DATABASE_NAME, store: STORES.checksheets, id: checksheetId }
  );
  assert.ok(vendorId, `the vendor of ${checksheetId}`);
  return vendorId;
}

test("the sample vendor's two versions, diffed from its Account page", async () => {
  const [acme] = await checksheetIds([/Acme Cloud/]);
  const probe = await preview.open('/lightning/page/home');
  const vendorId = await vendorIdOf(probe, acme);
  await preview.close(probe);
  // The same build as the probe: each build is its own origin, with its own IndexedDB.
  const home = await preview.open(`/lightning/r/Account/${vendorId}/view`);
  const action = home.getByRole('button', { name: 'Compare latest with previous' });
  await action.waitFor();
  await action.click();
  const diff = home.locator('c-checksheet-version-diff');
  await diff.locator('tbody tr').first().waitFor();
  const heading = await diff.locator('.version-diff__heading').innerText();
  assert.match(heading, /1\.0.*→.*2\.0/);
  const counts = await diff.locator('.version-diff__counts li').allInnerTexts();
  assert.ok(
    counts.some((count) => /^Changed: [1-9]/.test(count)),
    counts.join(', ')
  );
  // "Changes only" (on at first) hides the unchanged items, except those renumbered.
  const shownRows = await diff.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      change: row.querySelector('.diff-change')?.textContent?.trim(),
      renumbered: row.querySelector('.version-diff__renumbered') !== null
    }))
  );
  assert.ok(
    shownRows.every((row) => row.change !== 'Unchanged' || row.renumbered),
    JSON.stringify(shownRows)
  );
  assert.ok(
    (await diff.locator('ins.version-diff__inserted, del.version-diff__deleted').count()) > 0,
    'changed characters are marked'
  );
  await preview.screenshot(home, 'compare-diff');
  await preview.firstScreen(home, 'compare-diff');
  await preview.expectAccessible(home);
  await preview.close(home);
});

/** Imports a seed document through the wizard (a new vendor) and returns the checksheet's Id. */
async function importSeed(prefix: string, vendorName: string): Promise<string> {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(prefix));
  assert.ok(file, `seed ${prefix}*`);
  const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
  const page = await preview.open('/lightning/n/Import');
  await page.getByLabel('Paste text').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.locator('c-checksheet-import-wizard c-checksheet-item-list li').first().waitFor();
  await page.getByLabel("New vendor's name").fill(vendorName);
  await page.getByRole('button', { name: 'Create vendor' }).click();
  await page.locator('.wizard__vendor-message').waitFor();
  await page.getByRole('button', { name: 'Save checksheet' }).click();
  // The wizard opens the new checksheet itself when it kept the source; else the user does.
  const opened = page.waitForURL(/Checksheet__c\/\w+\/view/, { timeout: 120_000 });
  const open = page.getByRole('button', { name: 'Open the checksheet' });
  await Promise.race([opened, open.click({ timeout: 120_000 }).then(() => opened)]);
  const id = /Checksheet__c\/(\w+)\//.exec(page.url())?.[1];
  await preview.close(page);
  assert.ok(id);
  return id;
}

test(
  'RayKit beside krew: 6-7 with 6-8, krew 6-7 missing for RayKit, only differences shows 11-6',
  { skip: haveSeeds ? false : `${SEEDS_DIR} is absent` },
  async () => {
    const rayKit = await importSeed('001_', 'メシウス RayKit');
    const krew = await importSeed('003_', 'メシウス krew');
    const page = await openCompare([rayKit, krew]);
    await gridRows(page).first().waitFor();
    await page.getByLabel('Search all columns').fill('バックアップ');
    await page.locator('.compare__showing', { hasText: /of [1-9]\d* rows/ }).waitFor();
    const numbers = await rowNumbers(page);
    assert.ok(
      numbers.some((cells) => cells[0] === '6-7' && cells[1] === '6-8'),
      `RayKit 6-7 beside krew 6-8: ${JSON.stringify(numbers)}`
    );
    await page.getByLabel('Search all columns').fill('モバイルコード');
    await page.locator('.compare__showing', { hasText: /of [1-9]\d* rows/ }).waitFor();
    const mobile = await rowNumbers(page);
    assert.ok(
      mobile.some((cells) => cells[0] === '' && cells[1] === '6-7'),
      `krew 6-7 missing for RayKit: ${JSON.stringify(mobile)}`
    );
    await page.getByLabel('Search all columns').fill('');
    await differencesOnly(page);
    await page.getByLabel('Search all columns').fill('ラベル付け');
    await page.locator('.compare__showing', { hasText: /of [1-9]\d* rows/ }).waitFor();
    const labelRow = gridRows(page).filter({ hasText: '11-6' }).first();
    const marks = await labelRow.locator('.compare-grid__mark').allInnerTexts();
    assert.deepEqual(
      marks.map((mark) => mark.trim().split(/\s+/).pop()),
      ['○', '×'],
      'RayKit ○, krew ×'
    );
    assert.equal(await labelRow.locator('.compare-difference').innerText(), 'Status differs');
    await page.getByLabel('Search all columns').fill('');
    await preview.screenshot(page, 'compare-seeds');
    await preview.firstScreen(page, 'compare-seeds');
    await preview.expectAccessible(page);
    await preview.close(page);
  }
);
