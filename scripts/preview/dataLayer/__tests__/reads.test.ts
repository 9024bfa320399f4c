/**
 * The reads behind the home page, the vendor's list and the record page: due for review counts
 * only the latest checksheet per vendor and service, my reviews leave out decided ones, a
 * vendor's checksheets come latest first, and a 5,000-item checksheet reads back page by page.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations } from '../dataLayer';
import type { ChecksheetSummary, HomeLists, ItemPage } from '../dtos';
import { sheetHeader, sheetItems, stagedImport } from './builders';
import type { HeaderInput } from './builders';
import { makeHarness, TODAY } from './harness';
import type { Harness } from './harness';

const { reviewer, otherReviewer, viewer } = PREVIEW_USERS;

let harness: Harness;
let vendorId: string;

beforeEach(async () => {
  harness = makeHarness(reviewer);
  vendorId = (await harness.layer.createVendor('Acme Cloud Co.')).id;
});

afterEach(() => harness.layer.close());

async function approved(
  apex: ApexImplementations,
  header: HeaderInput,
  nextReviewOn: string
): Promise<ChecksheetSummary> {
  const summary = await stagedImport(apex, sheetHeader(vendorId, header), sheetItems(2));
  const set = apex['ChecksheetReviewController.setReviewStatus'];
  await set({ checksheetId: summary.id, reviewStatus: 'In_Review' });
  return (await set({
    checksheetId: summary.id,
    reviewStatus: 'Approved',
    nextReviewOn
  })) as ChecksheetSummary;
}

const home = async (maxRows?: number): Promise<HomeLists> =>
  (await harness.layer.implementations['ChecksheetReadController.getHomeLists']({
    maxRows
  })) as HomeLists;

describe('getHomeLists', () => {
  test('due for review: next 30 days and overdue, only the latest per vendor and service', async () => {
    const apex = harness.layer.as(reviewer);
    // TODAY is 2026-03-10: the horizon is 2026-04-09.
    const oldVersion = await approved(
      apex,
      { documentVersion: '1.0', issuedOn: '2024-01-01' },
      '2026-01-01'
    );
    const latest = await approved(
      apex,
      { documentVersion: '2.0', issuedOn: '2025-01-01' },
      '2026-04-09'
    );
    const overdue = await approved(apex, { serviceName: 'Acme Mail' }, '2026-02-01');
    await approved(apex, { serviceName: 'Acme Drive' }, '2026-04-10');
    expect(oldVersion.isOverdue).toBe(true);

    const lists = await home();
    expect(lists.dueForReview.map((row) => [row.id, row.isOverdue])).toEqual([
      [overdue.id, true],
      [latest.id, false]
    ]);
    expect(lists.statusCounts).toEqual({ Approved: 4 });
    expect(lists.recent).toHaveLength(4);
    expect(TODAY).toBe('2026-03-10');
  });

  test('my reviews: the running user is the reviewer and the review is not decided', async () => {
    const mine = await stagedImport(
      harness.layer.as(reviewer),
      sheetHeader(vendorId),
      sheetItems(1)
    );
    await approved(harness.layer.as(reviewer), { serviceName: 'Decided' }, '2027-01-01');
    const theirs = await stagedImport(
      harness.layer.as(reviewer),
      sheetHeader(vendorId, { serviceName: 'Theirs', reviewerId: otherReviewer.id }),
      sheetItems(1)
    );
    await harness.layer.as(otherReviewer)['ChecksheetReviewController.setReviewStatus']({
      checksheetId: theirs.id,
      reviewStatus: 'In_Review'
    });
    expect((await home()).myReviews.map((row) => row.id)).toEqual([mine.id]);
    harness.switchTo(otherReviewer);
    const lists = await home();
    expect(lists.myReviews.map((row) => [row.id, row.reviewStatus, row.canEdit])).toEqual([
      [theirs.id, 'In_Review', true]
    ]);
    expect(lists.statusCounts).toEqual({ Received: 1, Approved: 1, In_Review: 1 });
  });

  test('recent is latest modified first and bounded by maxRows', async () => {
    const made: ChecksheetSummary[] = [];
    for (let n = 0; n < 4; n++) {
      made.push(
        await stagedImport(
          harness.layer.as(reviewer),
          sheetHeader(vendorId, { serviceName: `S${n}` }),
          sheetItems(1)
        )
      );
    }
    await harness.layer.as(reviewer)['ChecksheetReviewController.setReviewStatus']({
      checksheetId: made[1].id,
      reviewStatus: 'In_Review'
    });
    const lists = await home(2);
    expect(lists.recent.map((row) => row.id)).toEqual([made[1].id, made[3].id]);
    expect((await home()).recent).toHaveLength(4);
  });
});

describe('getVendorChecksheets', () => {
  test('latest first by Issued_On, Received_On, creation, missing dates last', async () => {
    const apex = harness.layer.as(reviewer);
    const make = (documentVersion: string, header: HeaderInput) =>
      stagedImport(
        apex,
        sheetHeader(vendorId, { documentVersion, serviceName: documentVersion, ...header }),
        sheetItems(1)
      );
    const undated = await make('undated', { issuedOn: null, receivedOn: null });
    const older = await make('older', { issuedOn: '2024-01-01' });
    const newer = await make('newer', { issuedOn: '2025-01-01', receivedOn: '2025-01-01' });
    const newerReceivedLater = await make('newer-received-later', {
      issuedOn: '2025-01-01',
      receivedOn: '2025-02-01'
    });
    harness.switchTo(viewer);
    const rows = (await harness.layer.implementations[
      'ChecksheetReadController.getVendorChecksheets'
    ]({
      vendorId
    })) as ChecksheetSummary[];
    expect(rows.map((row) => row.id)).toEqual([
      newerReceivedLater.id,
      newer.id,
      older.id,
      undated.id
    ]);
    expect(rows.every((row) => row.canEdit === false)).toBe(true);
  });
});

describe('getItemPage', () => {
  test('a 5,000-item checksheet imported in chunks reads back page by page, in order', async () => {
    const apex = harness.layer.as(reviewer);
    const items = sheetItems(5000, 400);
    const importStart = performance.now();
    const summary = await stagedImport(apex, sheetHeader(vendorId), items);
    const importMs = performance.now() - importStart;
    expect(summary.itemCount).toBe(5000);

    const readStart = performance.now();
    const seen: number[] = [];
    let after: number | null = null;
    let pages = 0;
    do {
      const page = (await apex['ChecksheetReadController.getItemPage']({
        checksheetId: summary.id,
        afterSortOrder: after,
        pageSize: 2000
      })) as ItemPage;
      seen.push(...page.items.map((item) => item.sortOrder as number));
      after = page.nextAfterSortOrder ?? null;
      pages++;
    } while (after !== null);
    const readMs = performance.now() - readStart;

    expect(pages).toBe(3);
    expect(seen).toEqual(items.map((item) => item.sortOrder));
    // Figures for the report (fake-indexeddb in Node; Chromium's IndexedDB is faster).
    console.info(
      `5,000 items: staged import in 10 chunks ${importMs.toFixed(0)} ms, read in ${pages} pages ${readMs.toFixed(0)} ms`
    );
    expect(importMs + readMs).toBeLessThan(20000);
  });

  test('page size defaults to 2,000 and is bounded; the last page has no next', async () => {
    const apex = harness.layer.as(reviewer);
    const summary = await stagedImport(apex, sheetHeader(vendorId), sheetItems(5));
    const page = (size: number | null, afterSortOrder: number | null = null) =>
      apex['ChecksheetReadController.getItemPage']({
        checksheetId: summary.id,
        afterSortOrder,
        pageSize: size
      }) as Promise<ItemPage>;
    expect((await page(null)).items).toHaveLength(5);
    expect((await page(null)).nextAfterSortOrder).toBeUndefined();
    expect((await page(0)).items.map((item) => item.sortOrder)).toEqual([1]);
    const second = await page(2, 2);
    expect([second.items.map((item) => item.sortOrder), second.nextAfterSortOrder]).toEqual([
      [3, 4],
      4
    ]);
    const last = await page(2, 4);
    expect([last.items.map((item) => item.sortOrder), last.nextAfterSortOrder]).toEqual([
      [5],
      undefined
    ]);
  });
});
