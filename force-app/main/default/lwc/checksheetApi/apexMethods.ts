/**
 * One typed async function per `@AuraEnabled` method of the three controllers, each passing the
 * Apex parameters by their Apex names (`{ checksheetId, afterSortOrder, pageSize }`: the names
 * are the contract, the gate checks them), and the cacheable reads as typed wire adapters.
 *
 * Every rejection becomes a `ChecksheetApiError` whose message is the server's text.
 */
import { refreshApex } from '@salesforce/apex';
import abandonImportApex from '@salesforce/apex/ChecksheetImportController.abandonImport';
import appendItemsApex from '@salesforce/apex/ChecksheetImportController.appendItems';
import attachSourceFileApex from '@salesforce/apex/ChecksheetImportController.attachSourceFile';
import beginImportApex from '@salesforce/apex/ChecksheetImportController.beginImport';
import discardChecksheetApex from '@salesforce/apex/ChecksheetImportController.discardChecksheet';
import findDuplicateImportsApex from '@salesforce/apex/ChecksheetImportController.findDuplicateImports';
import finishImportApex from '@salesforce/apex/ChecksheetImportController.finishImport';
import importChecksheetApex from '@salesforce/apex/ChecksheetImportController.importChecksheet';
import getChecksheetApex from '@salesforce/apex/ChecksheetReadController.getChecksheet';
import getHomeListsApex from '@salesforce/apex/ChecksheetReadController.getHomeLists';
import getItemPageApex from '@salesforce/apex/ChecksheetReadController.getItemPage';
import getOpenFollowUpsApex from '@salesforce/apex/ChecksheetReadController.getOpenFollowUps';
import getVendorChecksheetsApex from '@salesforce/apex/ChecksheetReadController.getVendorChecksheets';
import correctItemsApex from '@salesforce/apex/ChecksheetReviewController.correctItems';
import createFollowUpsApex from '@salesforce/apex/ChecksheetReviewController.createFollowUps';
import saveVerdictsApex from '@salesforce/apex/ChecksheetReviewController.saveVerdicts';
import setReviewStatusApex from '@salesforce/apex/ChecksheetReviewController.setReviewStatus';
import setReviewerApex from '@salesforce/apex/ChecksheetReviewController.setReviewer';
import type { ReviewStatusValue } from 'c/checksheetSchema';
import type {
  ChecksheetItemDto,
  ChecksheetSummary,
  DateString,
  FollowUpDto,
  HomeLists,
  ImportHeader,
  ImportItem,
  ImportProgress,
  ItemCorrection,
  ItemPage,
  RecordId,
  VerdictChange
} from './checksheetApi';
import { toChecksheetApiError } from './apiError';

/**
 * What a wired property receives: `data` once Apex answered, `error` when it refused (pass it to
 * `toChecksheetApiError` for the message to show).
 */
export interface WiredResult<T> {
  data?: T;
  error?: unknown;
}

/**
 * An Apex method used with `@wire`. A config value that is `undefined` holds the call back
 * (`{ checksheetId: '$recordId' }` waits for the record Id).
 */
export type ApexWireAdapter<
  Config extends Record<string, unknown>,
  Value
> = import('lwc').WireAdapterConstructor<Config, WiredResult<Value>>;

/** The answer of one Apex call, its rejection normalised. */
async function answer<T>(call: () => Promise<unknown>): Promise<T> {
  try {
    return (await call()) as T;
  } catch (error) {
    throw toChecksheetApiError(error);
  }
}

// ChecksheetImportController: the staged import (see stagedImport.ts for the whole flow).

/** Inserts the Checksheet__c as Importing and returns where the import stands. */
export async function beginImport(header: ImportHeader): Promise<ImportProgress> {
  return answer(() => beginImportApex({ header }));
}

/** Saves one chunk of items (at most `IMPORT_LIMITS.itemsPerChunk` and `charactersPerChunk`). */
export async function appendItems(
  checksheetId: RecordId,
  items: ImportItem[]
): Promise<ImportProgress> {
  return answer(() => appendItemsApex({ checksheetId, items }));
}

/** Keeps the source file (base64, at most `IMPORT_LIMITS.sourceFileBytes` decoded) as a File; its ContentVersion Id. */
export async function attachSourceFile(
  checksheetId: RecordId,
  fileName: string,
  base64Data: string
): Promise<RecordId> {
  return answer(() => attachSourceFileApex({ checksheetId, fileName, base64Data }));
}

/** Checks the staged count, marks the checksheet Complete and links the version it supersedes. */
export async function finishImport(checksheetId: RecordId): Promise<ChecksheetSummary> {
  return answer(() => finishImportApex({ checksheetId }));
}

/** Begin, append and finish in one transaction, for a sheet that fits one chunk. */
export async function importChecksheet(
  header: ImportHeader,
  items: ImportItem[]
): Promise<ChecksheetSummary> {
  return answer(() => importChecksheetApex({ header, items }));
}

/** Deletes the running user's own Importing checksheet, its staged items and file. */
export async function abandonImport(checksheetId: RecordId): Promise<void> {
  await answer(() => abandonImportApex({ checksheetId }));
}

/**
 * Deletes a complete checksheet imported by mistake, with its items and the user's files on it:
 * only its owner, only while it is Received and no later version supersedes it.
 */
export async function discardChecksheet(checksheetId: RecordId): Promise<void> {
  await answer(() => discardChecksheetApex({ checksheetId }));
}

/** Complete checksheets of this vendor whose source file has this SHA-256. */
export async function findDuplicateImports(
  vendorId: RecordId,
  sourceFileHash: string
): Promise<ChecksheetSummary[]> {
  return answer(() => findDuplicateImportsApex({ vendorId, sourceFileHash }));
}

// ChecksheetReadController: cacheable reads of Complete checksheets.

export async function getChecksheet(checksheetId: RecordId): Promise<ChecksheetSummary> {
  return answer(() => getChecksheetApex({ checksheetId }));
}

/**
 * Items with Sort_Order__c above `afterSortOrder` (null: from the first), at most `pageSize`
 * (1..2000; left out: 2000). `loadAllItems` pages through a whole checksheet.
 */
export async function getItemPage(
  checksheetId: RecordId,
  afterSortOrder: number | null,
  pageSize?: number
): Promise<ItemPage> {
  return answer(() => getItemPageApex({ checksheetId, afterSortOrder, pageSize }));
}

/** A vendor's checksheets, latest first. */
export async function getVendorChecksheets(vendorId: RecordId): Promise<ChecksheetSummary[]> {
  return answer(() => getVendorChecksheetsApex({ vendorId }));
}

/** Recent, due for review and my reviews, at most `maxRows` each (1..200; left out: 50). */
export async function getHomeLists(maxRows?: number): Promise<HomeLists> {
  return answer(() => getHomeListsApex({ maxRows }));
}

/** Open follow-up Tasks on the items of a checksheet. */
export async function getOpenFollowUps(checksheetId: RecordId): Promise<FollowUpDto[]> {
  return answer(() => getOpenFollowUpsApex({ checksheetId }));
}

// ChecksheetReviewController: review actions.

/** Saves many verdicts and comments in one DML; the saved items. */
export async function saveVerdicts(changes: VerdictChange[]): Promise<ChecksheetItemDto[]> {
  return answer(() => saveVerdictsApex({ changes }));
}

/**
 * Corrects how items were read from the document (status, mark, question, answer,
 * responsibility, answer flag) in one DML; the corrected items, with who corrected them when and
 * what the document originally said.
 */
export async function correctItems(corrections: ItemCorrection[]): Promise<ChecksheetItemDto[]> {
  return answer(() => correctItemsApex({ corrections }));
}

/**
 * Moves the checksheet through its review. On approval Apex sets the next review date from the
 * configured interval unless `nextReviewOn` gives one.
 */
export async function setReviewStatus(
  checksheetId: RecordId,
  reviewStatus: ReviewStatusValue,
  nextReviewOn: DateString | null = null
): Promise<ChecksheetSummary> {
  return answer(() => setReviewStatusApex({ checksheetId, reviewStatus, nextReviewOn }));
}

/** Assigns the reviewer (the owner or an admin only); the checksheet is shared with them. */
export async function setReviewer(
  checksheetId: RecordId,
  reviewerId: RecordId
): Promise<ChecksheetSummary> {
  return answer(() => setReviewerApex({ checksheetId, reviewerId }));
}

/** A follow-up Task per item, due on `dueDate`; items without a verdict get Follow_Up. */
export async function createFollowUps(
  itemIds: RecordId[],
  dueDate: DateString | null
): Promise<FollowUpDto[]> {
  return answer(() => createFollowUpsApex({ itemIds, dueDate }));
}

// Wire adapters: the cacheable reads, the imported Apex methods themselves (the wire service
// knows them by identity), typed with their config and value.

export const getChecksheetAdapter: ApexWireAdapter<
  { checksheetId: RecordId | undefined },
  ChecksheetSummary
> = getChecksheetApex;

export const getItemPageAdapter: ApexWireAdapter<
  {
    checksheetId: RecordId | undefined;
    afterSortOrder: number | null | undefined;
    pageSize?: number | null;
  },
  ItemPage
> = getItemPageApex;

export const getVendorChecksheetsAdapter: ApexWireAdapter<
  { vendorId: RecordId | undefined },
  ChecksheetSummary[]
> = getVendorChecksheetsApex;

export const getHomeListsAdapter: ApexWireAdapter<{ maxRows?: number | null }, HomeLists> =
  getHomeListsApex;

export const getOpenFollowUpsAdapter: ApexWireAdapter<
  { checksheetId: RecordId | undefined },
  FollowUpDto[]
> = getOpenFollowUpsApex;

export const findDuplicateImportsAdapter: ApexWireAdapter<
  { vendorId: RecordId | undefined; sourceFileHash: string | undefined },
  ChecksheetSummary[]
> = findDuplicateImportsApex;

/**
 * Asks the wire service to fetch a wired Apex value again (pass the value the wired property
 * holds). Re-exported so that components need no Apex import of their own.
 */
export { refreshApex };
