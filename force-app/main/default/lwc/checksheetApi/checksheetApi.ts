/**
 * The one door to Apex. This bundle alone imports `@salesforce/apex/*` (NebulaLogger's
 * `loggerService` shape): components and the local preview's pages call the typed functions and
 * wire adapters exported here, tests mock the Apex modules once, and the local preview maps
 * `@salesforce/apex/*` to its data layer so that this bundle runs there unchanged.
 *
 * The interfaces below mirror the inner classes of the Apex class `ChecksheetDtos` property for
 * property (the gate checks the names). Apex sends plain property names, never SObjects, so no
 * component depends on field API names (which gain a namespace prefix in a managed package).
 *
 * How values travel: Ids as strings; dates as 'YYYY-MM-DD' strings; date-times as ISO 8601 strings;
 * Decimals and Integers as numbers. Apex leaves a null property out of what it returns, so every
 * property of a returned DTO that can be null is optional as well.
 */
import type { FrameworkValue, ImportStatusValue, VerdictValue } from 'c/checksheetSchema';

/** A Salesforce record Id, 15 or 18 characters. */
export type RecordId = string;

/** A date as Apex sends and takes it: 'YYYY-MM-DD'. */
export type DateString = string;

/** A date-time as Apex sends it: ISO 8601 in UTC ('2025-04-01T09:30:00.000Z'). */
export type DateTimeString = string;

/** What the import wizard sends at `beginImport` (or with the items to `importChecksheet`). */
export interface ImportHeader {
  /** The Checksheet__c Name (at most 80 characters). */
  name: string;
  vendorId: RecordId;
  /** null: the importing user reviews it. */
  reviewerId: RecordId | null;
  serviceName: string;
  framework: FrameworkValue;
  documentVersion: string;
  issuedOn: DateString | null;
  receivedOn: DateString | null;
  preamble: string;
  sourceFileName: string;
  sourceFormat: string;
  /** SHA-256 of the source file's bytes (of the pasted text's UTF-8 bytes), lowercase hex. */
  sourceFileHash: string;
  /** Items the document has; `finishImport` checks that this many were staged. */
  itemCount: number;
}

/** One parsed item as Apex stores it, mapped from the engine's item by `toImportItems`. */
export interface ImportItem {
  itemNumber: string;
  section: string;
  question: string;
  /** The Status__c picklist API value (`STATUS_PICKLIST_VALUES`). */
  status: string;
  statusMark: string;
  answer: string;
  /** The question's fingerprint (`matchKey`), computed here: Apex has no NFKC normalisation. */
  matchKey: string;
  /** The workbook sheet the item came from, "" for text, CSV and TSV documents. */
  sourceSheet: string;
  /** 1-based position in the document. */
  sortOrder: number;
  /** 1-based source line (or sheet row) where the item starts. */
  sourceLine: number;
  /** Who the answer says does it: a `Responsibility__c` API value (`c/checksheetInsights`). */
  responsibility: string;
  /** The parties the answer names (Salesforce, AWS…), joined by ", ". */
  responsibleParty: string;
  /** An `Answer_Flag__c` API value: a mark its own text takes back, or no text at all. */
  answerFlag: string;
  /** The phrase of the answer that raised the flag. */
  answerFlagReason: string;
}

/** Where a staged import stands after `beginImport` or `appendItems`. */
export interface ImportProgress {
  checksheetId: RecordId;
  importStatus: ImportStatusValue;
  itemsSaved: number;
}

/** One checksheet with the header facts and counts the UI shows. */
export interface ChecksheetSummary {
  id: RecordId;
  name: string;
  vendorId?: RecordId | null;
  vendorName?: string | null;
  serviceName?: string | null;
  framework?: string | null;
  documentVersion?: string | null;
  reviewStatus?: string | null;
  reviewerId?: RecordId | null;
  reviewerName?: string | null;
  supersedesId?: RecordId | null;
  supersedesVersion?: string | null;
  sourceFileName?: string | null;
  sourceFormat?: string | null;
  sourceFileHash?: string | null;
  importStatus?: ImportStatusValue | null;
  issuedOn?: DateString | null;
  receivedOn?: DateString | null;
  nextReviewOn?: DateString | null;
  itemCount?: number | null;
  implementedCount?: number | null;
  partialCount?: number | null;
  notImplementedCount?: number | null;
  notApplicableCount?: number | null;
  followUpCount?: number | null;
  /** Items the reviewer insights flagged (Answer_Flag__c not None). */
  flaggedCount?: number | null;
  /** Items whose answer delegates to the platform the service runs on. */
  platformDelegatedCount?: number | null;
  /** Percent, 0..100; null when nothing is answered. */
  coverage?: number | null;
  /** nextReviewOn is before today. */
  isOverdue?: boolean | null;
  /** The running user may edit this checksheet (UserRecordAccess.HasEditAccess). */
  canEdit?: boolean | null;
  /** The running user owns it and it is still Received: `discardChecksheet` may delete it. */
  canDiscard?: boolean | null;
  lastModifiedDate?: DateTimeString | null;
}

/** One saved item, with the reviewer's verdict. */
export interface ChecksheetItemDto {
  id: RecordId;
  checksheetId: RecordId;
  itemNumber?: string | null;
  section?: string | null;
  question?: string | null;
  status?: string | null;
  statusMark?: string | null;
  answer?: string | null;
  sourceSheet?: string | null;
  /** A `VERDICT_VALUES` value, absent when none is recorded. */
  reviewerVerdict?: VerdictValue | null;
  reviewerComment?: string | null;
  matchKey?: string | null;
  sortOrder?: number | null;
  sourceLine?: number | null;
  /** `Responsibility__c`: as found at import, or as a reviewer corrected it. */
  responsibility?: string | null;
  responsibleParty?: string | null;
  /** `Answer_Flag__c`: as found at import, or as a reviewer corrected it. */
  answerFlag?: string | null;
  answerFlagReason?: string | null;
  /**
   * What the document said before a reviewer corrected the item: JSON of the corrected
   * properties (`ItemCorrection` names) with their first values ("" for blank); absent when the
   * item was never corrected. `c/checksheetReview`'s `originalReadingOf` reads it.
   */
  originalReading?: string | null;
  /** Who last corrected the reading, and when; absent when never corrected. */
  correctedById?: RecordId | null;
  correctedByName?: string | null;
  correctedOn?: DateTimeString | null;
}

/** One page of a checksheet's items, in Sort_Order__c order. */
export interface ItemPage {
  checksheet: ChecksheetSummary;
  items: ChecksheetItemDto[];
  /** Pass as `afterSortOrder` for the next page; absent or null when this was the last page. */
  nextAfterSortOrder?: number | null;
}

/** The lists of the Vendor Checksheets home. */
export interface HomeLists {
  recent: ChecksheetSummary[];
  dueForReview: ChecksheetSummary[];
  myReviews: ChecksheetSummary[];
  /** Complete checksheets by Review_Status__c API value. */
  statusCounts: Record<string, number>;
}

/** One verdict to save: a `VERDICT_VALUES` value, or null to clear it. */
export interface VerdictChange {
  itemId: RecordId;
  verdict: VerdictValue | null;
  comment: string | null;
}

/**
 * A reviewer's correction of how an item was read from the document: the values it is to have
 * (Apex corrects those that differ from what is stored and keeps the document's reading). Blank
 * text clears a field; `status` is a `Status__c` API value and required.
 */
export interface ItemCorrection {
  itemId: RecordId;
  status: string;
  statusMark: string | null;
  question: string | null;
  answer: string | null;
  /** A `RESPONSIBILITY_VALUES` value, or null. */
  responsibility: string | null;
  /** An `ANSWER_FLAG_VALUES` value, or null. */
  answerFlag: string | null;
}

/** A follow-up Task on an item. */
export interface FollowUpDto {
  id: RecordId;
  itemId: RecordId;
  subject?: string | null;
  status?: string | null;
  ownerId?: RecordId | null;
  ownerName?: string | null;
  activityDate?: DateString | null;
  isClosed?: boolean | null;
}

export {
  abandonImport,
  appendItems,
  attachSourceFile,
  beginImport,
  correctItems,
  createFollowUps,
  discardChecksheet,
  findDuplicateImports,
  finishImport,
  getChecksheet,
  getHomeLists,
  getItemPage,
  getOpenFollowUps,
  getVendorChecksheets,
  importChecksheet,
  saveVerdicts,
  setReviewStatus,
  setReviewer,
  findDuplicateImportsAdapter,
  getChecksheetAdapter,
  getHomeListsAdapter,
  getItemPageAdapter,
  getOpenFollowUpsAdapter,
  getVendorChecksheetsAdapter,
  refreshApex
} from './apexMethods';
export type { ApexWireAdapter, WiredResult } from './apexMethods';
export {
  getComparison,
  getComparisons,
  getComparisonsAdapter,
  getItemLinks,
  removeItemLinks,
  saveComparison,
  saveItemLinks
} from './comparisons';
export type {
  ComparisonDto,
  ComparisonInput,
  ComparisonMemberDto,
  ComparisonSummaryDto,
  ItemLinkDto,
  ItemLinkInput
} from './comparisons';
// Field history (issue 8).
export { getChecksheetHistory, getChecksheetHistoryAdapter } from './history';
export type { HistoryPage, HistoryRowDto } from './history';
export { ChecksheetApiError, toChecksheetApiError } from './apiError';
export type { ApiErrorCode } from './apiError';
export { loadAllItems } from './itemPages';
export { chunkItems, importParsedChecksheet, itemCharacters } from './stagedImport';
export type {
  ImportInput,
  ImportOptions,
  ImportProgressEvent,
  ImportResult,
  ImportStep,
  ImportWarning
} from './stagedImport';
export type { LoadAllItemsOptions, LoadedItems } from './itemPages';
