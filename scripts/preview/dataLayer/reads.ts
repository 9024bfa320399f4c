/**
 * ChecksheetReadController / ChecksheetSelector: what the components read. Every read leaves out
 * Importing checksheets (`Import_Status__c = 'Complete'` in each query), so a staged import is
 * invisible until it finishes.
 */
import { addDays } from './clock';
import type { CallContext } from './context';
import type { ChecksheetSummary, FollowUpDto, HomeLists, ItemPage } from './dtos';
import { Refusal, REFUSALS } from './errors';
import { DEFAULT_HOME_ROWS, DUE_FOR_REVIEW_DAYS, MAX_HOME_ROWS, MAX_PAGE_SIZE } from './limits';
import type { Params } from './params';
import { integerParam, stringParam } from './params';
import type { ChecksheetRecord, ItemRecord, TaskRecord } from './records';
import type { StoreName, Tx } from './store';
import { INDEXES, STORES } from './store';
import { loadLookups, toFollowUpDto, toItemDto, toSummary } from './summaries';
import { latestFirst } from './supersedes';
import { COMPLETE, DECIDED_STATUSES } from './vocabulary';

const READ_STORES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.shares,
  STORES.tasks
];

/** A complete checksheet, or Error_Checksheet_Not_Found (also for an Importing one). */
export async function completeChecksheet(
  tx: Tx,
  checksheetId: string | null
): Promise<ChecksheetRecord> {
  const record =
    checksheetId === null
      ? undefined
      : await tx.get<ChecksheetRecord>(STORES.checksheets, checksheetId);
  if (record === undefined || record.importStatus !== COMPLETE) {
    throw new Refusal(REFUSALS.checksheetNotFound);
  }
  return record;
}

/** A bounded size parameter: null → the default, otherwise clamped to 1..max. */
function bounded(value: number | null, fallback: number, max: number): number {
  if (value === null) return fallback;
  return Math.min(Math.max(value, 1), max);
}

/** Reads need no permission beyond reading checksheets, which every permission set grants. */
function read<T>(context: CallContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return context.store.transaction(READ_STORES, 'readonly', work);
}

export function getChecksheet(context: CallContext, params: Params): Promise<ChecksheetSummary> {
  return read(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    return toSummary(record, context, await loadLookups(tx));
  });
}

export function getItemPage(context: CallContext, params: Params): Promise<ItemPage> {
  return read(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    const after = integerParam(params, 'afterSortOrder');
    const size = bounded(integerParam(params, 'pageSize'), MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    // One more than the page: whether there is a next page without a second query.
    const items = await tx.itemsAfter<ItemRecord>(record.id, after, size + 1);
    const page = items.slice(0, size);
    return {
      checksheet: toSummary(record, context, await loadLookups(tx)),
      items: page.map(toItemDto),
      nextAfterSortOrder: items.length > size ? page[page.length - 1].sortOrder : null
    };
  });
}

export function getVendorChecksheets(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary[]> {
  return read(context, async (tx) => {
    const vendorId = stringParam(params, 'vendorId');
    if (vendorId === null) return [];
    const records = await tx.byIndex<ChecksheetRecord>(
      STORES.checksheets,
      INDEXES.byVendor,
      vendorId
    );
    const lookups = await loadLookups(tx);
    return records
      .filter((record) => record.importStatus === COMPLETE)
      .sort(latestFirst)
      .map((record) => toSummary(record, context, lookups));
  });
}

function byLastModifiedDesc(a: ChecksheetRecord, b: ChecksheetRecord): number {
  return b.lastModifiedStamp - a.lastModifiedStamp;
}

/** Next_Review_On__c ascending (soonest, most overdue first), then the latest modified. */
function byNextReview(a: ChecksheetRecord, b: ChecksheetRecord): number {
  const next = (a.nextReviewOn ?? '').localeCompare(b.nextReviewOn ?? '');
  return next || byLastModifiedDesc(a, b);
}

export function getHomeLists(context: CallContext, params: Params): Promise<HomeLists> {
  return read(context, async (tx) => {
    const rows = bounded(integerParam(params, 'maxRows'), DEFAULT_HOME_ROWS, MAX_HOME_ROWS);
    const lookups = await loadLookups(tx);
    const complete = [...lookups.checksheets.values()].filter(
      (record) => record.importStatus === COMPLETE
    );
    // Only the latest per vendor and service: checksheets no complete checksheet supersedes.
    const superseded = new Set(complete.map((record) => record.supersedesId));
    const horizon = addDays(context.today, DUE_FOR_REVIEW_DAYS);
    const summaries = (records: ChecksheetRecord[]): ChecksheetSummary[] =>
      records.slice(0, rows).map((record) => toSummary(record, context, lookups));
    const statusCounts: Record<string, number> = {};
    for (const record of complete) {
      statusCounts[record.reviewStatus] = (statusCounts[record.reviewStatus] ?? 0) + 1;
    }
    return {
      recent: summaries([...complete].sort(byLastModifiedDesc)),
      dueForReview: summaries(
        complete
          .filter((record) => !superseded.has(record.id))
          .filter((record) => record.nextReviewOn !== null && record.nextReviewOn <= horizon)
          .sort(byNextReview)
      ),
      myReviews: summaries(
        complete
          .filter((record) => record.reviewerId === context.user.id)
          .filter(
            (record) => !(DECIDED_STATUSES as readonly string[]).includes(record.reviewStatus)
          )
          .sort(byLastModifiedDesc)
      ),
      statusCounts
    };
  });
}

/** ORDER BY ActivityDate ASC NULLS LAST, Id ASC. */
function byActivityDate(a: TaskRecord, b: TaskRecord): number {
  if (a.activityDate === b.activityDate) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.activityDate === null) return 1;
  if (b.activityDate === null) return -1;
  return a.activityDate < b.activityDate ? -1 : 1;
}

export function getOpenFollowUps(context: CallContext, params: Params): Promise<FollowUpDto[]> {
  return read(context, async (tx) => {
    const record = await completeChecksheet(tx, stringParam(params, 'checksheetId'));
    const tasks = await tx.byIndex<TaskRecord>(STORES.tasks, INDEXES.byChecksheet, record.id);
    return tasks
      .filter((task) => !task.isClosed)
      .sort(byActivityDate)
      .map(toFollowUpDto);
  });
}
