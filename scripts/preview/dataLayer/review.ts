/**
 * ChecksheetReviewController / ChecksheetReviewService: verdicts, the review status, the
 * reviewer, follow-up Tasks. Each call is one transaction: one invalid change refuses them all.
 */
import { REVIEW_STATUS_VALUES, VERDICT_VALUES } from 'c/checksheetSchema';
import type { ReviewStatusValue } from 'c/checksheetSchema';
import { isOwnerOrAdmin, requireAccess, requireEditAccess, syncReviewerShare } from './access';
import type { Controller } from './access';
import { addMonths } from './clock';
import type { CallContext } from './context';
import { userById } from './directory';
import type { ChecksheetItemDto, ChecksheetSummary, FollowUpDto, VerdictChange } from './dtos';
import { PlatformError, Refusal, REFUSALS } from './errors';
import { KEY_PREFIXES, newId } from './ids';
import { TASK_SUBJECT_LENGTH } from './limits';
import type { Params } from './params';
import { dateParam, listParam, stringParam } from './params';
import { completeChecksheet } from './reads';
import type { ChecksheetRecord, ItemRecord, TaskRecord } from './records';
import { textValue } from './records';
import { applyItemChange } from './rollUps';
import type { StoreName, Tx } from './store';
import { STORES } from './store';
import { summaryOf, toFollowUpDto, toItemDto } from './summaries';
import {
  APPROVING_STATUSES,
  DECIDED_STATUSES,
  FOLLOW_UP_VERDICT,
  IN_REVIEW,
  RECEIVED,
  TASK_OPEN_STATUS
} from './vocabulary';

const CONTROLLER: Controller = 'ChecksheetReviewController';

const WRITE_STORES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.shares,
  STORES.tasks
];

function write<T>(context: CallContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return context.store.transaction(WRITE_STORES, 'readwrite', work);
}

/** Items by Id with their (complete) checksheets, each checked editable by the running user. */
async function editableItems(
  tx: Tx,
  context: CallContext,
  itemIds: readonly (string | null)[]
): Promise<{ items: ItemRecord[]; checksheets: Map<string, ChecksheetRecord> }> {
  const items: ItemRecord[] = [];
  const checksheets = new Map<string, ChecksheetRecord>();
  // The same Id twice is the same record, so both changes apply to it in turn.
  const byId = new Map<string, ItemRecord>();
  for (const itemId of itemIds) {
    const item =
      itemId === null
        ? undefined
        : (byId.get(itemId) ?? (await tx.get<ItemRecord>(STORES.items, itemId)));
    if (item === undefined) throw new Refusal(REFUSALS.checksheetNotFound);
    byId.set(item.id, item);
    if (!checksheets.has(item.checksheetId)) {
      const record = await completeChecksheet(tx, item.checksheetId);
      await requireEditAccess(tx, context.user, record);
      checksheets.set(record.id, record);
    }
    items.push(item);
  }
  return { items, checksheets };
}

/** Changes an item in place and saves it, keeping its checksheet's roll-ups (and LastModifiedDate). */
function saveItem(
  tx: Tx,
  context: CallContext,
  record: ChecksheetRecord,
  item: ItemRecord,
  changes: Partial<ItemRecord>
): void {
  const before = { ...item };
  Object.assign(item, changes);
  tx.put(STORES.items, item);
  if (applyItemChange(record.counts, before, item)) {
    record.lastModifiedStamp = context.stamps.next();
  }
}

export async function saveVerdicts(
  context: CallContext,
  params: Params
): Promise<ChecksheetItemDto[]> {
  requireAccess(context.user, CONTROLLER, 'edit');
  const changes = listParam<VerdictChange>(params, 'changes');
  for (const change of changes) {
    const verdict = textValue(change?.verdict);
    if (verdict !== null && !(VERDICT_VALUES as readonly string[]).includes(verdict)) {
      throw new Refusal(REFUSALS.invalidVerdict, [verdict]);
    }
  }
  return write(context, async (tx) => {
    const { items, checksheets } = await editableItems(
      tx,
      context,
      changes.map((change) => textValue(change?.itemId))
    );
    const saved = items.map((item, index) => {
      saveItem(tx, context, checksheets.get(item.checksheetId)!, item, {
        reviewerVerdict: textValue(changes[index].verdict),
        reviewerComment: textValue(changes[index].comment)
      });
      return toItemDto(item);
    });
    for (const record of checksheets.values()) tx.put(STORES.checksheets, record);
    return saved;
  });
}

/** Received → In_Review → a decision; a decided checksheet goes back to In_Review. */
export function allowedTransition(from: string, to: string): boolean {
  const decided = DECIDED_STATUSES as readonly string[];
  if (from === RECEIVED) return to === IN_REVIEW;
  if (from === IN_REVIEW) return decided.includes(to);
  if (decided.includes(from)) return to === IN_REVIEW;
  return false;
}

export async function setReviewStatus(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary> {
  requireAccess(context.user, CONTROLLER, 'edit');
  const target = stringParam(params, 'reviewStatus');
  const nextReviewOn = dateParam(params, 'nextReviewOn');
  return write(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    await requireEditAccess(tx, context.user, record);
    const valid = target !== null && (REVIEW_STATUS_VALUES as readonly string[]).includes(target);
    if (!valid || !allowedTransition(record.reviewStatus, target)) {
      throw new Refusal(REFUSALS.invalidStatusTransition, [record.reviewStatus, target]);
    }
    record.reviewStatus = target;
    if (APPROVING_STATUSES.includes(target as ReviewStatusValue)) {
      record.nextReviewOn = nextReviewOn ?? addMonths(context.today, context.reviewIntervalMonths);
    }
    record.lastModifiedStamp = context.stamps.next();
    tx.put(STORES.checksheets, record);
    return summaryOf(tx, context, record);
  });
}

export async function setReviewer(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary> {
  requireAccess(context.user, CONTROLLER, 'edit');
  const reviewerId = stringParam(params, 'reviewerId');
  return write(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    if (!isOwnerOrAdmin(context.user, record)) throw new Refusal(REFUSALS.notOwnerOrAdmin);
    if (reviewerId !== null && userById(reviewerId) === undefined) {
      throw new PlatformError(`Reviewer__c: invalid cross reference id: ${reviewerId}`);
    }
    record.reviewerId = reviewerId;
    record.lastModifiedStamp = context.stamps.next();
    tx.put(STORES.checksheets, record);
    await syncReviewerShare(tx, record);
    return summaryOf(tx, context, record);
  });
}

/** "<item number> <question>", cut to fit Task.Subject. */
function followUpSubject(item: ItemRecord): string {
  const subject = [item.itemNumber, item.question].filter((part) => part !== null).join(' ');
  return subject.slice(0, TASK_SUBJECT_LENGTH);
}

export async function createFollowUps(
  context: CallContext,
  params: Params
): Promise<FollowUpDto[]> {
  requireAccess(context.user, CONTROLLER, 'edit');
  const itemIds = listParam<string | null>(params, 'itemIds');
  const dueDate = dateParam(params, 'dueDate');
  return write(context, async (tx) => {
    const { items, checksheets } = await editableItems(tx, context, itemIds);
    const tasks: TaskRecord[] = [];
    for (const item of items) {
      const record = checksheets.get(item.checksheetId)!;
      const task: TaskRecord = {
        id: newId(KEY_PREFIXES.task),
        whatId: item.id,
        checksheetId: record.id,
        subject: followUpSubject(item),
        status: TASK_OPEN_STATUS,
        ownerId: record.reviewerId ?? context.user.id,
        activityDate: dueDate,
        isClosed: false
      };
      tx.put(STORES.tasks, task);
      tasks.push(task);
      if (item.reviewerVerdict === null) {
        saveItem(tx, context, record, item, { reviewerVerdict: FOLLOW_UP_VERDICT });
      }
    }
    for (const record of checksheets.values()) tx.put(STORES.checksheets, record);
    return tasks.map(toFollowUpDto);
  });
}
