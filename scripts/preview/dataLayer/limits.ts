/**
 * The bounds the Apex side enforces (`ChecksheetLimits`), taken from the TypeScript constants the
 * gate checks against it. Nothing here is a number of its own except where marked.
 */
import { LIMITS } from 'c/checksheetModel';
import { FIELD_LENGTHS, IMPORT_LIMITS } from 'c/checksheetSchema';

export const MAX_ITEMS: number = LIMITS.maxItems;
export const MAX_ITEMS_PER_CHUNK: number = IMPORT_LIMITS.itemsPerChunk;
export const MAX_CHUNK_CHARACTERS: number = IMPORT_LIMITS.charactersPerChunk;
export const MAX_SOURCE_FILE_BYTES: number = IMPORT_LIMITS.sourceFileBytes;

/** Length of a custom object's standard Name field (the checksheet name). */
export const CHECKSHEET_NAME_LENGTH = 80;

/** Length of Task.Subject, which a follow-up's subject is cut to. */
export const TASK_SUBJECT_LENGTH = 255;

/** Most items one getItemPage call returns, and the page size when none is given. */
export const MAX_PAGE_SIZE = 2000;

/** Most field history rows one getChecksheetHistory call returns, and the default (issue 8). */
export const MAX_HISTORY_ROWS = 200;

/** Most rows of each home list, and the default. */
export const MAX_HOME_ROWS = 200;
export const DEFAULT_HOME_ROWS = 50;

/** Days ahead that "due for review" looks (the Due for Review list view's 30 days). */
export const DUE_FOR_REVIEW_DAYS = 30;

/** Vendor_Checksheets_Setting__mdt.Default's Review_Interval_Months__c, and Apex's fallback. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** Maximum length of each ImportHeader text property that has one (DTO property → max). */
export const HEADER_LENGTHS: Readonly<Record<string, number>> = {
  name: CHECKSHEET_NAME_LENGTH,
  serviceName: FIELD_LENGTHS.serviceName,
  documentVersion: FIELD_LENGTHS.documentVersion,
  preamble: FIELD_LENGTHS.preamble,
  sourceFileName: FIELD_LENGTHS.sourceFileName,
  sourceFormat: FIELD_LENGTHS.sourceFormat,
  sourceFileHash: FIELD_LENGTHS.sourceFileHash
};

/** Maximum length of each ImportItem text property (DTO property → max). */
export const ITEM_LENGTHS: Readonly<Record<string, number>> = {
  itemNumber: FIELD_LENGTHS.itemNumber,
  section: FIELD_LENGTHS.section,
  question: FIELD_LENGTHS.question,
  statusMark: FIELD_LENGTHS.statusMark,
  answer: FIELD_LENGTHS.answer,
  matchKey: FIELD_LENGTHS.matchKey,
  sourceSheet: FIELD_LENGTHS.sourceSheet,
  responsibleParty: FIELD_LENGTHS.responsibleParty,
  answerFlagReason: FIELD_LENGTHS.answerFlagReason
};

/** Most verdict changes or follow-up items in one call (ChecksheetLimits.MAX_CHANGES_PER_CALL). */
export const MAX_CHANGES_PER_CALL = 2000;

/**
 * Length of Checksheet_Item__c.Reviewer_Comment__c, which Apex reads from the field's describe
 * (a test checks it against the field's metadata).
 */
export const REVIEWER_COMMENT_LENGTH = 32768;

/** Checksheets a saved comparison needs at least (ChecksheetLimits.MIN_COMPARISON_MEMBERS). */
export const MIN_COMPARISON_MEMBERS = 2;

/**
 * Length of Checksheet_Comparison__c.Purpose__c and Decision_Notes__c, which Apex reads from the
 * fields' describe (a number of its own here, as the field metadata says).
 */
export const COMPARISON_TEXT_LENGTH = 32768;
