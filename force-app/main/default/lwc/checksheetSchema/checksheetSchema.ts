/**
 * API names of the package's objects, fields and picklist values: defined once, here.
 *
 * Plain strings, so that the same module serves the command-line tool (records plans) and the
 * components. `npm test` checks every name below against `force-app/main/default/objects`, so a
 * renamed field fails the build instead of failing in the org.
 */
import type { ImportHeader, ImportItem } from 'c/checksheetApi';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';

export const CHECKSHEET_OBJECT = 'Checksheet__c';
export const CHECKSHEET_ITEM_OBJECT = 'Checksheet_Item__c';
export const VENDOR_OBJECT = 'Account';
/** Saved comparisons and the alignment ledger (issue 9). */
export const COMPARISON_OBJECT = 'Checksheet_Comparison__c';
export const COMPARISON_MEMBER_OBJECT = 'Comparison_Member__c';
export const ITEM_LINK_OBJECT = 'Item_Link__c';

export const CHECKSHEET_FIELDS = {
  name: 'Name',
  vendor: 'Vendor__c',
  serviceName: 'Service_Name__c',
  framework: 'Framework__c',
  documentVersion: 'Document_Version__c',
  issuedOn: 'Issued_On__c',
  receivedOn: 'Received_On__c',
  reviewStatus: 'Review_Status__c',
  reviewer: 'Reviewer__c',
  nextReviewOn: 'Next_Review_On__c',
  supersedes: 'Supersedes__c',
  preamble: 'Preamble__c',
  sourceFileName: 'Source_File_Name__c',
  sourceFormat: 'Source_Format__c',
  sourceFileHash: 'Source_File_Hash__c',
  importStatus: 'Import_Status__c',
  expectedItemCount: 'Expected_Item_Count__c',
  itemCount: 'Item_Count__c',
  implementedCount: 'Implemented_Count__c',
  partialCount: 'Partial_Count__c',
  notImplementedCount: 'Not_Implemented_Count__c',
  notApplicableCount: 'Not_Applicable_Count__c',
  followUpCount: 'Follow_Up_Count__c',
  flaggedCount: 'Flagged_Count__c',
  platformDelegatedCount: 'Platform_Delegated_Count__c',
  coverage: 'Coverage__c'
} as const;

export const CHECKSHEET_ITEM_FIELDS = {
  name: 'Name',
  checksheet: 'Checksheet__c',
  itemNumber: 'Item_Number__c',
  section: 'Section__c',
  question: 'Question__c',
  status: 'Status__c',
  statusMark: 'Status_Mark__c',
  answer: 'Answer__c',
  sortOrder: 'Sort_Order__c',
  sourceLine: 'Source_Line__c',
  sourceSheet: 'Source_Sheet__c',
  reviewerVerdict: 'Reviewer_Verdict__c',
  reviewerComment: 'Reviewer_Comment__c',
  matchKey: 'Match_Key__c',
  responsibility: 'Responsibility__c',
  responsibleParty: 'Responsible_Party__c',
  answerFlag: 'Answer_Flag__c',
  answerFlagReason: 'Answer_Flag_Reason__c',
  originalReading: 'Original_Reading__c',
  correctedBy: 'Corrected_By__c',
  correctedOn: 'Corrected_On__c'
} as const;

export const COMPARISON_FIELDS = {
  name: 'Name',
  purpose: 'Purpose__c',
  decisionNotes: 'Decision_Notes__c',
  status: 'Status__c'
} as const;

export const COMPARISON_MEMBER_FIELDS = {
  name: 'Name',
  comparison: 'Comparison__c',
  checksheet: 'Checksheet__c',
  columnOrder: 'Column_Order__c'
} as const;

/**
 * `Item_Link__c`, the org's alignment ledger: one row per unordered pair of items, the lower Id as
 * Item A, keyed by `Pair_Key__c` ("<lower Id>:<higher Id>", both 18 characters).
 */
export const ITEM_LINK_FIELDS = {
  name: 'Name',
  itemA: 'Item_A__c',
  itemB: 'Item_B__c',
  relationship: 'Relationship__c',
  method: 'Method__c',
  score: 'Score__c',
  confirmedBy: 'Confirmed_By__c',
  confirmedOn: 'Confirmed_On__c',
  comparison: 'Comparison__c',
  pairKey: 'Pair_Key__c'
} as const;

/**
 * The field each `ImportItem` property fills on `Checksheet_Item__c`: the one item→field mapping
 * that the records plan (tree import), the Apex import service and its tests share. Ordered as
 * the records plan writes the fields.
 */
export const IMPORT_ITEM_FIELDS = {
  itemNumber: CHECKSHEET_ITEM_FIELDS.itemNumber,
  section: CHECKSHEET_ITEM_FIELDS.section,
  question: CHECKSHEET_ITEM_FIELDS.question,
  status: CHECKSHEET_ITEM_FIELDS.status,
  statusMark: CHECKSHEET_ITEM_FIELDS.statusMark,
  answer: CHECKSHEET_ITEM_FIELDS.answer,
  sortOrder: CHECKSHEET_ITEM_FIELDS.sortOrder,
  sourceLine: CHECKSHEET_ITEM_FIELDS.sourceLine,
  matchKey: CHECKSHEET_ITEM_FIELDS.matchKey,
  sourceSheet: CHECKSHEET_ITEM_FIELDS.sourceSheet,
  responsibility: CHECKSHEET_ITEM_FIELDS.responsibility,
  responsibleParty: CHECKSHEET_ITEM_FIELDS.responsibleParty,
  answerFlag: CHECKSHEET_ITEM_FIELDS.answerFlag,
  answerFlagReason: CHECKSHEET_ITEM_FIELDS.answerFlagReason
} as const satisfies Record<keyof ImportItem, string>;

/**
 * The field each `ImportHeader` property fills on `Checksheet__c` (`itemCount` is the staged
 * import's expected count, which a tree import leaves blank). Ordered as the records plan writes
 * the fields.
 */
export const IMPORT_HEADER_FIELDS = {
  name: CHECKSHEET_FIELDS.name,
  vendorId: CHECKSHEET_FIELDS.vendor,
  framework: CHECKSHEET_FIELDS.framework,
  sourceFormat: CHECKSHEET_FIELDS.sourceFormat,
  documentVersion: CHECKSHEET_FIELDS.documentVersion,
  preamble: CHECKSHEET_FIELDS.preamble,
  sourceFileName: CHECKSHEET_FIELDS.sourceFileName,
  serviceName: CHECKSHEET_FIELDS.serviceName,
  issuedOn: CHECKSHEET_FIELDS.issuedOn,
  receivedOn: CHECKSHEET_FIELDS.receivedOn,
  reviewerId: CHECKSHEET_FIELDS.reviewer,
  sourceFileHash: CHECKSHEET_FIELDS.sourceFileHash,
  itemCount: CHECKSHEET_FIELDS.expectedItemCount
} as const satisfies Record<keyof ImportHeader, string>;

/** Child relationship names (Account → Checksheets, Checksheet → Items, Comparison → Members). */
export const RELATIONSHIPS = {
  vendorChecksheets: 'Checksheets',
  checksheetItems: 'Items',
  comparisonMembers: 'Members'
} as const;

/** Lengths of the text fields the engine fills; values longer than these are cut with a diagnostic. */
export const FIELD_LENGTHS = {
  serviceName: 255,
  documentVersion: 40,
  preamble: 131072,
  sourceFileName: 255,
  sourceFormat: 40,
  sourceFileHash: 64,
  itemNumber: 40,
  section: 255,
  question: 32768,
  statusMark: 16,
  sourceSheet: 100,
  answer: 131072,
  matchKey: 255,
  responsibleParty: 120,
  answerFlagReason: 255
} as const;

/**
 * Bounds of one staged import call (`ChecksheetImportController`), equal to the Apex constants of
 * `ChecksheetLimits` (the gate checks they agree). One Apex call has a 6 MB heap and a request of a
 * few MB, so a checksheet travels in chunks; a whole METI sheet of 300 items fits in one.
 */
export const IMPORT_LIMITS = {
  /** Items in one `appendItems` (or `importChecksheet`) call: Apex `MAX_ITEMS_PER_CHUNK`. */
  itemsPerChunk: 500,
  /**
   * Characters of all text properties of one chunk's items added up (UTF-16 code units, as
   * `String.length` counts them): Apex `MAX_CHUNK_CHARACTERS`. Apex holds a chunk about three
   * times over (the request, the DTOs, the records): one million characters keep that well
   * inside the 6 MB heap of one call and its request size.
   */
  charactersPerChunk: 1000000,
  /**
   * Largest source file sent through Apex (`attachSourceFile`, base64 in the request), in bytes
   * before encoding: Apex `MAX_SOURCE_FILE_BYTES`. A larger file is attached afterwards with
   * `lightning-file-upload`, which does not pass through Apex. Apex holds the base64 text (4/3
   * of the bytes) and the decoded file at once: 2 MB is what fits a 6 MB heap with room to spare.
   */
  sourceFileBytes: 2000000
} as const;

export const FRAMEWORK_VALUES = [
  'METI_Cloud_2013',
  'Security_White_Paper',
  'CAIQ_v4',
  'Custom'
] as const;
export type FrameworkValue = (typeof FRAMEWORK_VALUES)[number];

export const REVIEW_STATUS_VALUES = [
  'Received',
  'In_Review',
  'Approved',
  'Approved_With_Conditions',
  'Rejected'
] as const;
export type ReviewStatusValue = (typeof REVIEW_STATUS_VALUES)[number];
export const DEFAULT_REVIEW_STATUS: ReviewStatusValue = 'Received';

/** Values of `Checksheet__c.Import_Status__c`: a staged import is Importing until its last chunk is saved. */
export const IMPORT_STATUS_VALUES = ['Importing', 'Complete'] as const;
export type ImportStatusValue = (typeof IMPORT_STATUS_VALUES)[number];

export const VERDICT_VALUES = ['Acceptable', 'Follow_Up', 'Risk_Accepted', 'Unacceptable'] as const;
export type VerdictValue = (typeof VERDICT_VALUES)[number];

/** Picklist values of `Checksheet_Item__c.Status__c`, in display order. */
export const ITEM_STATUS_VALUES: readonly string[] = Object.values(STATUS_PICKLIST_VALUES);

/** Values of `Checksheet_Item__c.Responsibility__c`: who the answer says does the item (c/checksheetInsights). */
export const RESPONSIBILITY_VALUES = [
  'Vendor',
  'Platform',
  'Shared',
  'Customer',
  'Unstated'
] as const;
export type ResponsibilityValue = (typeof RESPONSIBILITY_VALUES)[number];

/** Values of `Checksheet_Item__c.Answer_Flag__c`: what the insights step found in the answer. */
export const ANSWER_FLAG_VALUES = [
  'None',
  'Hedged',
  'Contradicts',
  'No_Text',
  'Unexplained_NA'
] as const;
export type AnswerFlagValue = (typeof ANSWER_FLAG_VALUES)[number];
/**
 * The flag an item without one stores. Never blank: the `Flagged_Count__c` roll-up counts every
 * item whose flag is not `None`, a blank one included.
 */
export const NO_ANSWER_FLAG: AnswerFlagValue = 'None';

/**
 * The properties of an item's reading a reviewer may correct (`ItemCorrection`, the
 * `correctItems` call), in the order the editor, the "Corrected" badge and
 * `Original_Reading__c` list them.
 */
export const READING_FIELDS = [
  'status',
  'statusMark',
  'question',
  'answer',
  'responsibility',
  'answerFlag'
] as const;

/** Values of `Checksheet_Comparison__c.Status__c`. */
export const COMPARISON_STATUS_VALUES = ['Draft', 'Decided'] as const;
export type ComparisonStatusValue = (typeof COMPARISON_STATUS_VALUES)[number];

/** Values of `Item_Link__c.Relationship__c`: what a person decided about a pair of items. */
export const LINK_RELATIONSHIP_VALUES = ['Same', 'Partly_Same', 'Not_Same'] as const;
export type LinkRelationshipValue = (typeof LINK_RELATIONSHIP_VALUES)[number];

/** Values of `Item_Link__c.Method__c`: a confirmed automatic pair, or one made by hand. */
export const LINK_METHOD_VALUES = ['Automatic', 'Manual'] as const;
export type LinkMethodValue = (typeof LINK_METHOD_VALUES)[number];

// ---- Field history (issue 8) ----

/**
 * How the org's field history keeps a tracked field's values: `picklist` as the API value,
 * `lookup` as the record's name (the Id row beside it is left out), `date` as 'YYYY-MM-DD',
 * `text` as written, `longText` without any value (history only says it changed).
 */
export type HistoryValueKind = 'text' | 'longText' | 'picklist' | 'date' | 'lookup';

/**
 * The `Checksheet__c` fields whose changes the org's field history records (`trackHistory` in
 * `objects/`, a test checks they agree), by `CHECKSHEET_FIELDS` key, with how values are kept.
 * The one list: the preview's data layer records history for exactly these, the UI labels them.
 */
export const CHECKSHEET_TRACKED_FIELDS = {
  vendor: 'lookup',
  documentVersion: 'text',
  reviewStatus: 'picklist',
  reviewer: 'lookup',
  nextReviewOn: 'date'
} as const satisfies Partial<Record<keyof typeof CHECKSHEET_FIELDS, HistoryValueKind>>;

/** The `Checksheet_Item__c` fields the org's field history records, by `CHECKSHEET_ITEM_FIELDS` key. */
export const CHECKSHEET_ITEM_TRACKED_FIELDS = {
  status: 'picklist',
  statusMark: 'text',
  question: 'longText',
  answer: 'longText',
  reviewerVerdict: 'picklist',
  reviewerComment: 'longText',
  responsibility: 'picklist',
  answerFlag: 'picklist'
} as const satisfies Partial<Record<keyof typeof CHECKSHEET_ITEM_FIELDS, HistoryValueKind>>;

/** A tracked field's API name (either object) → how its history keeps values. */
export const TRACKED_FIELD_KINDS: Readonly<Record<string, HistoryValueKind>> = Object.freeze({
  ...Object.fromEntries(
    Object.entries(CHECKSHEET_TRACKED_FIELDS).map(([key, kind]) => [
      CHECKSHEET_FIELDS[key as keyof typeof CHECKSHEET_TRACKED_FIELDS],
      kind
    ])
  ),
  ...Object.fromEntries(
    Object.entries(CHECKSHEET_ITEM_TRACKED_FIELDS).map(([key, kind]) => [
      CHECKSHEET_ITEM_FIELDS[key as keyof typeof CHECKSHEET_ITEM_TRACKED_FIELDS],
      kind
    ])
  )
});
