/**
 * ChecksheetReviewController / ChecksheetReviewService: verdicts, corrections of how items were
 * read, the review status, the reviewer, follow-up Tasks. Each call is one transaction: one
 * invalid change refuses them all.
 */
import {
  ANSWER_FLAG_VALUES,
  ITEM_STATUS_VALUES,
  RESPONSIBILITY_VALUES,
  REVIEW_STATUS_VALUES,
  VERDICT_VALUES
} from 'c/checksheetSchema';
import type { ReviewStatusValue, VerdictValue } from 'c/checksheetSchema';
import {
  isOwnerOrAdmin,
  requireEditAccess,
  requireObjectAccess,
  syncReviewerShare
} from './access';
import { addMonths, datetimeText } from './clock';
import { correctionOf, wantedValues } from './corrections';
import type { CorrectedProperty } from './corrections';
import type { CallContext } from './context';
import { userById } from './directory';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  FollowUpDto,
  ItemCorrection,
  VerdictChange
} from './dtos';
import { PlatformError, Refusal, REFUSALS } from './errors';
import { KEY_PREFIXES, newId } from './ids';
import {
  ITEM_LENGTHS,
  MAX_CHANGES_PER_CALL,
  MAX_CHUNK_CHARACTERS,
  REVIEWER_COMMENT_LENGTH,
  TASK_SUBJECT_LENGTH
} from './limits';
import type { Params } from './params';
import { dateParam, listParam, stringParam } from './params';
import { completeChecksheet } from './reads';
import type { ChecksheetRecord, ItemRecord, TaskRecord } from './records';
import { textValue } from './records';
import { recordChecksheetChanges, recordItemChanges } from './history';
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

const WRITE_STORES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.shares,
  STORES.tasks,
  STORES.history
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

/**
 * Changes an item in place and saves it, keeping its checksheet's roll-ups (and LastModifiedDate)
 * and the field history of its tracked fields: every item update goes through here.
 */
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
  recordItemChanges(tx, context, before, item);
  if (applyItemChange(record.counts, before, item)) {
    record.lastModifiedStamp = context.stamps.next();
  }
}

/**
 * Changes a checksheet in place and saves it with a new LastModifiedDate and the field history
 * of its tracked fields: every review update of a checksheet goes through here.
 */
function saveChecksheet(
  tx: Tx,
  context: CallContext,
  record: ChecksheetRecord,
  changes: Partial<ChecksheetRecord>
): void {
  const before = { ...record };
  Object.assign(record, changes);
  record.lastModifiedStamp = context.stamps.next();
  tx.put(STORES.checksheets, record);
  recordChecksheetChanges(tx, context, before, record);
}

function checkCallSize(size: number): void {
  if (size > MAX_CHANGES_PER_CALL) {
    throw new Refusal(REFUSALS.chunkTooLarge, [MAX_CHANGES_PER_CALL, MAX_CHUNK_CHARACTERS]);
  }
}

export async function saveVerdicts(
  context: CallContext,
  params: Params
): Promise<ChecksheetItemDto[]> {
  requireObjectAccess(context.user, 'edit');
  const changes = listParam<VerdictChange>(params, 'changes');
  if (changes.length === 0) return [];
  checkCallSize(changes.length);
  for (const change of changes) {
    if (textValue(change?.itemId) === null) throw new Refusal(REFUSALS.checksheetNotFound);
    const verdict = textValue(change.verdict);
    if (verdict !== null && !(VERDICT_VALUES as readonly string[]).includes(verdict)) {
      throw new Refusal(REFUSALS.invalidVerdict, [verdict]);
    }
    const comment = textValue(change.comment);
    if (comment !== null && comment.length > REVIEWER_COMMENT_LENGTH) {
      throw new Refusal(REFUSALS.fieldTooLong, ['reviewerComment', REVIEWER_COMMENT_LENGTH]);
    }
  }
  return write(context, async (tx) => {
    const { items, checksheets } = await editableItems(
      tx,
      context,
      changes.map((change) => textValue(change.itemId))
    );
    items.forEach((item, index) => {
      saveItem(tx, context, checksheets.get(item.checksheetId)!, item, {
        reviewerVerdict: textValue(changes[index].verdict) as VerdictValue | null,
        reviewerComment: textValue(changes[index].comment)
      });
    });
    for (const record of checksheets.values()) tx.put(STORES.checksheets, record);
    // Each item once, as saved last (an Id given twice keeps its last change, as in Apex).
    return [...new Set(items)].map(toItemDto);
  });
}

/** The picklists a correction sets, with the values each allows; only the status is required. */
const CORRECTION_CHOICES: readonly [CorrectedProperty, readonly string[], boolean][] = [
  ['status', ITEM_STATUS_VALUES, true],
  ['responsibility', RESPONSIBILITY_VALUES, false],
  ['answerFlag', ANSWER_FLAG_VALUES, false]
];

/** The texts a correction sets, each within its field's length (`FIELD_LENGTHS`). */
const CORRECTION_TEXTS: readonly CorrectedProperty[] = ['statusMark', 'question', 'answer'];

/**
 * Corrects how items were read from the document, as ChecksheetReviewService.correctItems: the
 * values that differ from what is stored change, the document's reading is kept once per field
 * in Original_Reading__c with who corrected it when, and the roll-ups follow.
 */
export async function correctItems(
  context: CallContext,
  params: Params
): Promise<ChecksheetItemDto[]> {
  requireObjectAccess(context.user, 'edit');
  const corrections = listParam<Partial<ItemCorrection> | null>(params, 'corrections');
  if (corrections.length === 0) return [];
  checkCallSize(corrections.length);
  const wanted = new Map<string, Record<CorrectedProperty, string | null>>();
  for (const correction of corrections) {
    const itemId = textValue(correction?.itemId);
    if (correction === null || itemId === null) throw new Refusal(REFUSALS.checksheetNotFound);
    const values = wantedValues(correction);
    for (const [property, allowed, required] of CORRECTION_CHOICES) {
      const value = values[property];
      if (value === null ? required : !allowed.includes(value)) {
        throw new Refusal(REFUSALS.invalidChoice, [property, String(value)]);
      }
    }
    for (const property of CORRECTION_TEXTS) {
      const value = values[property];
      if (value !== null && value.length > ITEM_LENGTHS[property]) {
        throw new Refusal(REFUSALS.fieldTooLong, [property, ITEM_LENGTHS[property]]);
      }
    }
    wanted.set(itemId, values);
  }
  return write(context, async (tx) => {
    const { items, checksheets } = await editableItems(tx, context, [...wanted.keys()]);
    const correctedOn = datetimeText(context.stamps.next());
    for (const item of items) {
      const changes = correctionOf(item, wanted.get(item.id)!, context.user.id, correctedOn);
      if (changes !== undefined) {
        saveItem(tx, context, checksheets.get(item.checksheetId)!, item, changes);
      }
    }
    for (const record of checksheets.values()) tx.put(STORES.checksheets, record);
    // In sort order within each checksheet, as ChecksheetSelector.itemsByIds returns them.
    return [...items]
      .sort((a, b) => a.checksheetId.localeCompare(b.checksheetId) || a.sortOrder - b.sortOrder)
      .map(toItemDto);
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
  requireObjectAccess(context.user, 'edit');
  const target = stringParam(params, 'reviewStatus');
  const nextReviewOn = dateParam(params, 'nextReviewOn');
  return write(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    const valid = target !== null && (REVIEW_STATUS_VALUES as readonly string[]).includes(target);
    if (!valid || !allowedTransition(record.reviewStatus, target)) {
      throw new Refusal(REFUSALS.invalidStatusTransition, [
        context.reviewStatusLabel(record.reviewStatus),
        context.reviewStatusLabel(target)
      ]);
    }
    await requireEditAccess(tx, context.user, record);
    saveChecksheet(tx, context, record, {
      reviewStatus: target,
      ...(APPROVING_STATUSES.includes(target as ReviewStatusValue)
        ? { nextReviewOn: nextReviewOn ?? addMonths(context.today, context.reviewIntervalMonths) }
        : {})
    });
    return summaryOf(tx, context, record);
  });
}

export async function setReviewer(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary> {
  const reviewerId = stringParam(params, 'reviewerId');
  return write(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    if (!isOwnerOrAdmin(context.user, record)) throw new Refusal(REFUSALS.notOwnerOrAdmin);
    if (reviewerId !== null && userById(reviewerId) === undefined) {
      throw new PlatformError(`Reviewer__c: invalid cross reference id: ${reviewerId}`);
    }
    saveChecksheet(tx, context, record, { reviewerId });
    await syncReviewerShare(tx, record);
    return summaryOf(tx, context, record);
  });
}

/** Apex's String.normalizeSpace: white space runs become one space, ends trimmed. */
function normalizeSpace(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "<item number> <question>" on one line, cut to fit Task.Subject with an ellipsis. */
export function followUpSubject(item: ItemRecord): string {
  const number = item.itemNumber === null ? '' : `${item.itemNumber.trim()} `;
  const subject = (number + normalizeSpace(item.question)).trim();
  return subject.length > TASK_SUBJECT_LENGTH
    ? `${subject.slice(0, TASK_SUBJECT_LENGTH - 1)}…`
    : subject;
}

export async function createFollowUps(
  context: CallContext,
  params: Params
): Promise<FollowUpDto[]> {
  requireObjectAccess(context.user, 'edit');
  const itemIds = [...new Set(listParam<string | null>(params, 'itemIds'))].filter(
    (id): id is string => textValue(id) !== null
  );
  const dueDate = dateParam(params, 'dueDate');
  if (itemIds.length === 0) return [];
  checkCallSize(itemIds.length);
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
