/**
 * Records → the contract's DTOs (ChecksheetSummary, ChecksheetItemDto, FollowUpDto), with the
 * formula fields computed as the org computes them: roll-up counts, Coverage__c, isOverdue,
 * canEdit (UserRecordAccess.HasEditAccess for the running user), canDiscard (the owner, while
 * Received).
 */
import { hasEditAccess } from './access';
import { datetimeText } from './clock';
import type { CallContext } from './context';
import { userById } from './directory';
import type { ChecksheetItemDto, ChecksheetSummary, FollowUpDto } from './dtos';
import type {
  AccountRecord,
  ChecksheetRecord,
  ItemRecord,
  ShareRecord,
  TaskRecord
} from './records';
import { coverage } from './rollUps';
import { RECEIVED } from './vocabulary';
import type { Tx } from './store';
import { STORES } from './store';

/** What summaries need besides the checksheets: vendors, share rows, superseded versions. */
export interface SummaryLookups {
  accounts: ReadonlyMap<string, AccountRecord>;
  shares: readonly ShareRecord[];
  checksheets: ReadonlyMap<string, ChecksheetRecord>;
}

/** Loads the lookups once for a list of summaries (the preview's data is small). */
export async function loadLookups(tx: Tx): Promise<SummaryLookups> {
  const [accounts, shares, checksheets] = await Promise.all([
    tx.all<AccountRecord>(STORES.accounts),
    tx.all<ShareRecord>(STORES.shares),
    tx.all<ChecksheetRecord>(STORES.checksheets)
  ]);
  return {
    accounts: new Map(accounts.map((account) => [account.id, account])),
    shares,
    checksheets: new Map(checksheets.map((record) => [record.id, record]))
  };
}

export function toSummary(
  record: ChecksheetRecord,
  context: CallContext,
  lookups: SummaryLookups
): ChecksheetSummary {
  const superseded =
    record.supersedesId === null ? undefined : lookups.checksheets.get(record.supersedesId);
  return {
    id: record.id,
    name: record.name,
    vendorId: record.vendorId,
    vendorName: lookups.accounts.get(record.vendorId)?.name ?? null,
    serviceName: record.serviceName,
    framework: record.framework,
    documentVersion: record.documentVersion,
    reviewStatus: record.reviewStatus,
    reviewerId: record.reviewerId,
    reviewerName: userById(record.reviewerId)?.name ?? null,
    supersedesId: record.supersedesId,
    supersedesVersion: superseded?.documentVersion ?? null,
    sourceFileName: record.sourceFileName,
    sourceFormat: record.sourceFormat,
    sourceFileHash: record.sourceFileHash,
    importStatus: record.importStatus,
    issuedOn: record.issuedOn,
    receivedOn: record.receivedOn,
    nextReviewOn: record.nextReviewOn,
    itemCount: record.counts.itemCount,
    implementedCount: record.counts.implementedCount,
    partialCount: record.counts.partialCount,
    notImplementedCount: record.counts.notImplementedCount,
    notApplicableCount: record.counts.notApplicableCount,
    followUpCount: record.counts.followUpCount,
    flaggedCount: record.counts.flaggedCount,
    platformDelegatedCount: record.counts.platformDelegatedCount,
    coverage: coverage(record.counts),
    isOverdue: record.nextReviewOn !== null && record.nextReviewOn < context.today,
    canEdit: hasEditAccess(context.user, record, lookups.shares),
    canDiscard: record.ownerId === context.user.id && record.reviewStatus === RECEIVED,
    lastModifiedDate: datetimeText(record.lastModifiedStamp)
  };
}

/** One checksheet's summary, loading what it needs. */
export async function summaryOf(
  tx: Tx,
  context: CallContext,
  record: ChecksheetRecord
): Promise<ChecksheetSummary> {
  return toSummary(record, context, await loadLookups(tx));
}

export function toItemDto(item: ItemRecord): ChecksheetItemDto {
  return {
    id: item.id,
    checksheetId: item.checksheetId,
    itemNumber: item.itemNumber,
    section: item.section,
    question: item.question,
    status: item.status,
    statusMark: item.statusMark,
    answer: item.answer,
    sourceSheet: item.sourceSheet,
    reviewerVerdict: item.reviewerVerdict,
    reviewerComment: item.reviewerComment,
    matchKey: item.matchKey,
    responsibility: item.responsibility,
    responsibleParty: item.responsibleParty,
    answerFlag: item.answerFlag,
    answerFlagReason: item.answerFlagReason,
    originalReading: item.originalReading ?? null,
    correctedById: item.correctedById ?? null,
    correctedByName: userById(item.correctedById)?.name ?? null,
    correctedOn: item.correctedOn ?? null,
    sortOrder: item.sortOrder,
    sourceLine: item.sourceLine
  };
}

export function toFollowUpDto(task: TaskRecord): FollowUpDto {
  return {
    id: task.id,
    itemId: task.whatId,
    subject: task.subject,
    status: task.status,
    ownerId: task.ownerId,
    ownerName: userById(task.ownerId)?.name ?? null,
    activityDate: task.activityDate,
    isClosed: task.isClosed
  };
}
