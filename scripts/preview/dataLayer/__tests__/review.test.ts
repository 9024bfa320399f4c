/**
 * Review actions as a reviewer meets them: the status path and its refusals, the next review
 * date on approval, verdicts and the follow-up count, follow-up Tasks, and the reviewer's
 * share row that lets an assigned reviewer who is not the owner edit the checksheet.
 */
import { PREVIEW_USERS } from '../dataLayer';
import type { ApexImplementations, PreviewUser } from '../dataLayer';
import type { ChecksheetItemDto, ChecksheetSummary, FollowUpDto, ItemPage } from '../dtos';
import { allowedTransition } from '../review';
import { STORES } from '../store';
import { importedSheet, sheetHeader, sheetItems, stagedImport } from './builders';
import { failureOf, makeHarness, refusalMessage } from './harness';
import type { Harness } from './harness';

const { admin, reviewer, viewer, otherReviewer } = PREVIEW_USERS;

let harness: Harness;
let checksheet: ChecksheetSummary;
let items: ChecksheetItemDto[];

beforeEach(async () => {
  harness = makeHarness(reviewer);
  ({ checksheet, items } = await importedSheet(harness, 5));
});

afterEach(() => harness.layer.close());

const as = (user: PreviewUser): ApexImplementations => harness.layer.as(user);

function setStatus(apex: ApexImplementations, reviewStatus: string, nextReviewOn?: string) {
  return apex['ChecksheetReviewController.setReviewStatus']({
    checksheetId: checksheet.id,
    reviewStatus,
    nextReviewOn
  }) as Promise<ChecksheetSummary>;
}

describe('setReviewStatus', () => {
  test('Received → In_Review → decided → In_Review again; anything else is refused', () => {
    const table: [string, string, boolean][] = [
      ['Received', 'In_Review', true],
      ['Received', 'Approved', false],
      ['Received', 'Received', false],
      ['In_Review', 'Approved', true],
      ['In_Review', 'Approved_With_Conditions', true],
      ['In_Review', 'Rejected', true],
      ['In_Review', 'Received', false],
      ['Approved', 'In_Review', true],
      ['Rejected', 'In_Review', true],
      ['Approved', 'Rejected', false],
      ['In_Review', 'Archived', false]
    ];
    for (const [from, to, allowed] of table)
      expect([from, to, allowedTransition(from, to)]).toEqual([from, to, allowed]);
  });

  test('a refused transition names both statuses and changes nothing', async () => {
    const failure = await failureOf(setStatus(as(reviewer), 'Approved'));
    expect(failure.body.message).toBe(
      refusalMessage('Error_Invalid_Status_Transition', ['Received', 'Approved'])
    );
    const summary = (await as(reviewer)['ChecksheetReadController.getChecksheet']({
      checksheetId: checksheet.id
    })) as ChecksheetSummary;
    expect(summary.reviewStatus).toBe('Received');
    expect(summary).not.toHaveProperty('nextReviewOn');
    // The statuses by their picklist labels, in the user's language.
    harness.setLanguage('ja');
    const ja = await failureOf(setStatus(as(reviewer), 'Rejected'));
    expect(ja.body.message).toBe(
      refusalMessage('Error_Invalid_Status_Transition', ['受領済み', '却下'], 'ja')
    );
    harness.setLanguage('en');
    await setStatus(as(reviewer), 'In_Review');
    const labelled = await failureOf(setStatus(as(reviewer), 'Received'));
    expect(labelled.body.message).toBe(
      refusalMessage('Error_Invalid_Status_Transition', ['In review', 'Received'])
    );
  });

  test('approval sets the next review 12 months ahead (end of month clamped), or the date given', async () => {
    harness.setToday('2026-01-31');
    await setStatus(as(reviewer), 'In_Review');
    expect((await setStatus(as(reviewer), 'Approved')).nextReviewOn).toBe('2027-01-31');
    await setStatus(as(reviewer), 'In_Review');
    harness.setToday('2024-02-29');
    expect((await setStatus(as(reviewer), 'Approved_With_Conditions')).nextReviewOn).toBe(
      '2025-02-28'
    );
    await setStatus(as(reviewer), 'In_Review');
    const chosen = await setStatus(as(reviewer), 'Approved', '2024-09-30');
    expect(chosen).toMatchObject({ reviewStatus: 'Approved', nextReviewOn: '2024-09-30' });
    harness.setToday('2024-10-01');
    const read = (await as(reviewer)['ChecksheetReadController.getChecksheet']({
      checksheetId: checksheet.id
    })) as ChecksheetSummary;
    expect(read.isOverdue).toBe(true);
  });

  test('a viewer, or a reviewer the checksheet is not shared with, may not', async () => {
    expect((await failureOf(setStatus(as(viewer), 'In_Review'))).body.message).toBe(
      refusalMessage('Error_No_Permission')
    );
    expect((await failureOf(setStatus(as(otherReviewer), 'In_Review'))).body.message).toBe(
      refusalMessage('Error_No_Permission')
    );
    expect((await setStatus(as(admin), 'In_Review')).reviewStatus).toBe('In_Review');
  });
});

describe('saveVerdicts', () => {
  test('saves verdicts and comments and keeps the follow-up count', async () => {
    const saved = (await as(reviewer)['ChecksheetReviewController.saveVerdicts']({
      changes: [
        { itemId: items[0].id, verdict: 'Acceptable', comment: 'Fine' },
        { itemId: items[1].id, verdict: 'Follow_Up', comment: 'Ask for the audit report' },
        { itemId: items[2].id, verdict: 'Follow_Up', comment: null }
      ]
    })) as ChecksheetItemDto[];
    expect(saved.map((item) => [item.id, item.reviewerVerdict, item.reviewerComment])).toEqual([
      [items[0].id, 'Acceptable', 'Fine'],
      [items[1].id, 'Follow_Up', 'Ask for the audit report'],
      [items[2].id, 'Follow_Up', undefined]
    ]);
    const read = async () =>
      (await as(reviewer)['ChecksheetReadController.getChecksheet']({
        checksheetId: checksheet.id
      })) as ChecksheetSummary;
    expect((await read()).followUpCount).toBe(2);
    await as(reviewer)['ChecksheetReviewController.saveVerdicts']({
      changes: [{ itemId: items[1].id, verdict: null, comment: null }]
    });
    expect((await read()).followUpCount).toBe(1);
  });

  test('a comment longer than Reviewer_Comment__c is refused', async () => {
    const failure = await failureOf(
      as(reviewer)['ChecksheetReviewController.saveVerdicts']({
        changes: [{ itemId: items[0].id, verdict: null, comment: 'c'.repeat(32769) }]
      })
    );
    expect(failure.body.message).toBe(
      refusalMessage('Error_Field_Too_Long', ['reviewerComment', 32768])
    );
  });

  test('one invalid verdict refuses the whole call', async () => {
    const failure = await failureOf(
      as(reviewer)['ChecksheetReviewController.saveVerdicts']({
        changes: [
          { itemId: items[0].id, verdict: 'Acceptable', comment: null },
          { itemId: items[1].id, verdict: 'Fine', comment: null }
        ]
      })
    );
    expect(failure.body.message).toBe(refusalMessage('Error_Invalid_Verdict', ['Fine']));
    const page = (await as(reviewer)['ChecksheetReadController.getItemPage']({
      checksheetId: checksheet.id
    })) as ItemPage;
    expect(page.items[0].reviewerVerdict).toBeUndefined();
  });
});

describe('reviewer sharing', () => {
  test('the assigned reviewer may edit; the owner or an admin assigns; the share follows the reviewer', async () => {
    const verdict = (apex: ApexImplementations) =>
      apex['ChecksheetReviewController.saveVerdicts']({
        changes: [{ itemId: items[0].id, verdict: 'Acceptable', comment: null }]
      });
    const canEdit = async (user: PreviewUser) =>
      (
        (await as(user)['ChecksheetReadController.getChecksheet']({
          checksheetId: checksheet.id
        })) as ChecksheetSummary
      ).canEdit;

    expect(await canEdit(otherReviewer)).toBe(false);
    expect((await failureOf(verdict(as(otherReviewer)))).body.message).toBe(
      refusalMessage('Error_No_Permission')
    );
    const refused = await failureOf(
      as(otherReviewer)['ChecksheetReviewController.setReviewer']({
        checksheetId: checksheet.id,
        reviewerId: otherReviewer.id
      })
    );
    expect(refused.body.message).toBe(refusalMessage('Error_Not_Owner_Or_Admin'));
    // A label without parameters is not run through String.format: its apostrophe stays.
    expect(refused.body.message).toContain("checksheet's owner");
    const byViewer = await failureOf(
      as(viewer)['ChecksheetReviewController.setReviewer']({
        checksheetId: checksheet.id,
        reviewerId: viewer.id
      })
    );
    expect(byViewer.body.message).toBe(refusalMessage('Error_Not_Owner_Or_Admin'));

    const assigned = (await as(reviewer)['ChecksheetReviewController.setReviewer']({
      checksheetId: checksheet.id,
      reviewerId: otherReviewer.id
    })) as ChecksheetSummary;
    expect(assigned).toMatchObject({
      reviewerId: otherReviewer.id,
      reviewerName: otherReviewer.name
    });
    expect(await canEdit(otherReviewer)).toBe(true);
    await verdict(as(otherReviewer));

    await as(admin)['ChecksheetReviewController.setReviewer']({
      checksheetId: checksheet.id,
      reviewerId: null
    });
    expect(await canEdit(otherReviewer)).toBe(false);
    expect(await harness.count(STORES.shares)).toBe(0);
    expect(await canEdit(viewer)).toBe(false);
    expect(await canEdit(admin)).toBe(true);
  });
});

describe('createFollowUps', () => {
  test("a Task per item, owned by the checksheet's reviewer; the verdict becomes Follow_Up where blank", async () => {
    await as(reviewer)['ChecksheetReviewController.saveVerdicts']({
      changes: [{ itemId: items[1].id, verdict: 'Unacceptable', comment: null }]
    });
    const tasks = (await as(admin)['ChecksheetReviewController.createFollowUps']({
      itemIds: [items[0].id, items[1].id],
      dueDate: '2026-04-01'
    })) as FollowUpDto[];
    expect(tasks).toEqual([
      expect.objectContaining({
        itemId: items[0].id,
        subject: `${items[0].itemNumber} ${items[0].question}`,
        ownerId: reviewer.id,
        ownerName: reviewer.name,
        activityDate: '2026-04-01',
        isClosed: false
      }),
      expect.objectContaining({ itemId: items[1].id, ownerId: reviewer.id })
    ]);
    const page = (await as(reviewer)['ChecksheetReadController.getItemPage']({
      checksheetId: checksheet.id
    })) as ItemPage;
    expect(page.items.slice(0, 2).map((item) => item.reviewerVerdict)).toEqual([
      'Follow_Up',
      'Unacceptable'
    ]);
    expect(page.checksheet.followUpCount).toBe(1);
    const open = (await as(viewer)['ChecksheetReadController.getOpenFollowUps']({
      checksheetId: checksheet.id
    })) as FollowUpDto[];
    expect(open.map((task) => task.id)).toEqual(tasks.map((task) => task.id));
  });

  test('the subject is cut to 255 characters', async () => {
    const vendorId = checksheet.vendorId as string;
    const long = sheetItems(1).map((item) => ({ ...item, question: 'Q'.repeat(400) }));
    const other = await stagedImport(
      as(reviewer),
      sheetHeader(vendorId, { serviceName: 'Long' }),
      long
    );
    const page = (await as(reviewer)['ChecksheetReadController.getItemPage']({
      checksheetId: other.id
    })) as ItemPage;
    const [task] = (await as(reviewer)['ChecksheetReviewController.createFollowUps']({
      itemIds: [page.items[0].id],
      dueDate: null
    })) as FollowUpDto[];
    expect(task.subject).toHaveLength(255);
    if (!task.subject) throw new Error('no subject');
    expect(task.subject.startsWith(`${page.items[0].itemNumber} QQQ`)).toBe(true);
    expect(task.subject.endsWith('Q…')).toBe(true);
  });
});
