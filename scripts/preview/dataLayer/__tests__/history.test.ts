/**
 * Field history in the preview (issue 8): each review update records its tracked fields as the
 * org's field history does — who, when, from and to — and getChecksheetHistory reads them back
 * newest first, by item, bounded, with lookups by name and long text without values.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations, PreviewUser } from '../dataLayer';
import type { ChecksheetItemDto, ChecksheetSummary, HistoryPage } from '../dtos';
import { STORES } from '../store';
import { importedSheet } from './builders';
import { makeHarness, refusalMessage, failureOf } from './harness';
import type { Harness } from './harness';

const { reviewer, viewer, otherReviewer } = PREVIEW_USERS;

let harness: Harness;
let checksheet: ChecksheetSummary;
let items: ChecksheetItemDto[];

beforeEach(async () => {
  harness = makeHarness(reviewer);
  ({ checksheet, items } = await importedSheet(harness, 3));
});

afterEach(() => harness.layer.close());

const as = (user: PreviewUser): ApexImplementations => harness.layer.as(user);

function history(
  user: PreviewUser,
  itemId: string | null = null,
  maxRows: number | null = null
): Promise<HistoryPage> {
  return as(user)['ChecksheetReadController.getChecksheetHistory']({
    checksheetId: checksheet.id,
    itemId,
    maxRows
  }) as Promise<HistoryPage>;
}

function saveVerdict(itemId: string, verdict: string | null, comment: string | null = null) {
  return as(reviewer)['ChecksheetReviewController.saveVerdicts']({
    changes: [{ itemId, verdict, comment }]
  });
}

describe('field history', () => {
  it('has nothing for a checksheet just imported', async () => {
    expect(await history(viewer)).toEqual({ rows: [], hasMore: false });
  });

  it('records a status change and a verdict with who, when, from and to, newest first', async () => {
    await as(reviewer)['ChecksheetReviewController.setReviewStatus']({
      checksheetId: checksheet.id,
      reviewStatus: 'In_Review',
      nextReviewOn: null
    });
    await saveVerdict(items[0].id, 'Follow_Up', 'Ask for the SOC 2 report.');
    const page = await history(viewer);
    expect(page.hasMore).toBe(false);
    // One save of the item, two fields: the same instant, the later row first (Apex: by Id).
    expect(page.rows).toEqual([
      // A long text area: history says it changed, without the text.
      expect.objectContaining({
        field: 'Reviewer_Comment__c',
        itemId: items[0].id
      }),
      expect.objectContaining({
        field: 'Reviewer_Verdict__c',
        newValue: 'Follow_Up',
        itemId: items[0].id,
        itemNumber: items[0].itemNumber,
        changedById: reviewer.id,
        changedByName: reviewer.name
      }),
      expect.objectContaining({
        field: 'Review_Status__c',
        oldValue: 'Received',
        newValue: 'In_Review',
        changedByName: reviewer.name
      })
    ]);
    expect(page.rows[0]).not.toHaveProperty('oldValue');
    expect(page.rows[0]).not.toHaveProperty('newValue');
    expect(page.rows[1]).not.toHaveProperty('oldValue');
    expect(page.rows[2]).not.toHaveProperty('itemId');
    expect(Date.parse(page.rows[0].changedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(page.rows[2].changedAt ?? '')
    );
  });

  it('records only what changed: saving the same verdict again adds nothing', async () => {
    await saveVerdict(items[0].id, 'Acceptable');
    await saveVerdict(items[0].id, 'Acceptable');
    expect((await history(viewer)).rows).toHaveLength(1);
    await saveVerdict(items[0].id, null);
    const [cleared] = (await history(viewer)).rows;
    expect(cleared).toMatchObject({ field: 'Reviewer_Verdict__c', oldValue: 'Acceptable' });
    expect(cleared).not.toHaveProperty('newValue');
  });

  it('records the approval date and the reviewer by name', async () => {
    const apex = as(reviewer);
    await apex['ChecksheetReviewController.setReviewStatus']({
      checksheetId: checksheet.id,
      reviewStatus: 'In_Review',
      nextReviewOn: null
    });
    await apex['ChecksheetReviewController.setReviewStatus']({
      checksheetId: checksheet.id,
      reviewStatus: 'Approved',
      nextReviewOn: '2027-03-31'
    });
    await apex['ChecksheetReviewController.setReviewer']({
      checksheetId: checksheet.id,
      reviewerId: otherReviewer.id
    });
    const fields = (await history(viewer)).rows.map((row) => [
      row.field,
      row.oldValue ?? null,
      row.newValue ?? null
    ]);
    expect(fields).toEqual([
      ['Reviewer__c', reviewer.name, otherReviewer.name],
      // One save, two fields: the same instant, the later row first (as Apex orders by Id).
      ['Next_Review_On__c', null, '2027-03-31'],
      ['Review_Status__c', 'In_Review', 'Approved'],
      ['Review_Status__c', 'Received', 'In_Review']
    ]);
  });

  it('a follow-up that sets Follow_Up on an item without a verdict is history too', async () => {
    await as(reviewer)['ChecksheetReviewController.createFollowUps']({
      itemIds: [items[1].id],
      dueDate: '2026-04-30'
    });
    expect((await history(viewer, items[1].id)).rows).toEqual([
      expect.objectContaining({ field: 'Reviewer_Verdict__c', newValue: 'Follow_Up' })
    ]);
  });

  it('a correction of how an item was read is history too (the same update path)', async () => {
    await as(reviewer)['ChecksheetReviewController.correctItems']({
      corrections: [
        {
          itemId: items[0].id,
          status: 'Not_Applicable',
          statusMark: items[0].statusMark,
          question: items[0].question,
          answer: 'Read again from the PDF.',
          responsibility: items[0].responsibility,
          answerFlag: items[0].answerFlag
        }
      ]
    });
    const rows = (await history(viewer, items[0].id)).rows;
    expect(rows.map((row) => row.field).sort()).toEqual(['Answer__c', 'Status__c']);
    expect(rows.find((row) => row.field === 'Status__c')).toMatchObject({
      oldValue: items[0].status,
      newValue: 'Not_Applicable',
      changedByName: reviewer.name
    });
    // A long text area: history keeps no text.
    expect(rows.find((row) => row.field === 'Answer__c')).not.toHaveProperty('newValue');
  });

  it('filters by item, and bounds the rows with a "more" flag', async () => {
    await saveVerdict(items[0].id, 'Acceptable');
    await saveVerdict(items[1].id, 'Unacceptable');
    await saveVerdict(items[2].id, 'Risk_Accepted');
    const second = await history(viewer, items[1].id);
    expect(second.rows.map((row) => row.newValue)).toEqual(['Unacceptable']);
    const two = await history(viewer, null, 2);
    expect(two.rows.map((row) => row.newValue)).toEqual(['Risk_Accepted', 'Unacceptable']);
    expect(two.hasMore).toBe(true);
    expect((await history(viewer, null, 0)).rows).toHaveLength(1);
    expect((await history(viewer, null, 500)).hasMore).toBe(false);
  });

  it("discarding a checksheet deletes its history with it, as the org's delete does", async () => {
    await saveVerdict(items[0].id, 'Acceptable');
    expect(await harness.count(STORES.history)).toBe(1);
    await as(reviewer)['ChecksheetImportController.discardChecksheet']({
      checksheetId: checksheet.id
    });
    expect(await harness.count(STORES.history)).toBe(0);
  });

  it('a refused save records nothing', async () => {
    const failure = await failureOf(
      as(viewer)['ChecksheetReviewController.saveVerdicts']({
        changes: [{ itemId: items[0].id, verdict: 'Acceptable', comment: null }]
      })
    );
    expect(failure.body.message).toBe(refusalMessage('Error_No_Permission'));
    expect((await history(reviewer)).rows).toEqual([]);
  });
});
