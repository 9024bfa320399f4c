/**
 * ChecksheetImportController / ChecksheetImportService: the staged import.
 *
 * begin inserts the checksheet as Importing; appendItems saves a bounded chunk all-or-nothing;
 * finishImport checks the item count, sets Complete and links Supersedes__c; abandonImport
 * (ChecksheetImportAbandoner) deletes the user's own Importing checksheet with everything staged.
 * importChecksheet does begin + append + finish in one transaction for a small sheet.
 */
import { FRAMEWORK_VALUES, ITEM_STATUS_VALUES, NO_ANSWER_FLAG } from 'c/checksheetSchema';
import { requireObjectAccess, syncReviewerShare } from './access';
import type { CallContext } from './context';
import { userById } from './directory';
import type { ChecksheetSummary, ImportHeader, ImportItem, ImportProgress } from './dtos';
import { PlatformError, Refusal, REFUSALS } from './errors';
import { KEY_PREFIXES, newId } from './ids';
import {
  HEADER_LENGTHS,
  ITEM_LENGTHS,
  MAX_CHUNK_CHARACTERS,
  MAX_ITEMS,
  MAX_ITEMS_PER_CHUNK,
  MAX_SOURCE_FILE_BYTES
} from './limits';
import type { Params } from './params';
import { dateParam, listParam, objectParam, stringParam } from './params';
import type { AccountRecord, ChecksheetRecord, FileRecord, ItemRecord } from './records';
import { textValue } from './records';
import { applyItemChange, emptyCounts } from './rollUps';
import type { StoreName, Tx } from './store';
import { INDEXES, STORES } from './store';
import { loadLookups, summaryOf, toSummary } from './summaries';
import { completeChecksheet } from './reads';
import { linkVersion } from './supersedes';
import { COMPLETE, IMPORTING, RECEIVED } from './vocabulary';

const WRITE_STORES: readonly StoreName[] = [
  STORES.accounts,
  STORES.checksheets,
  STORES.items,
  STORES.shares,
  STORES.files,
  STORES.tasks,
  STORES.history
];

function badPicklistValue(field: string, value: string): PlatformError {
  return new PlatformError(`${field}: bad value for restricted picklist field: ${value}`);
}

function checkLength(property: string, value: string | null, max: number | undefined): void {
  if (value !== null && max !== undefined && value.length > max) {
    throw new Refusal(REFUSALS.fieldTooLong, [property, max]);
  }
}

function headerDate(header: ImportHeader, property: 'issuedOn' | 'receivedOn'): string | null {
  return dateParam(header as unknown as Params, property);
}

/** The header's item count: null is none; a negative count or one over the limit is refused. */
function headerItemCount(header: ImportHeader): number {
  const itemCount = header.itemCount ?? 0;
  if (typeof itemCount !== 'number' || !Number.isInteger(itemCount)) {
    throw new PlatformError('ImportHeader.itemCount: a whole number of items is required');
  }
  if (itemCount < 0 || itemCount > MAX_ITEMS) {
    throw new Refusal(REFUSALS.tooManyItems, [itemCount, MAX_ITEMS]);
  }
  return itemCount;
}

/** Header checks after the vendor's: the item count, field lengths, picklist values. */
function checkHeader(header: ImportHeader): void {
  headerItemCount(header);
  for (const [property, max] of Object.entries(HEADER_LENGTHS)) {
    checkLength(property, textValue(header[property as keyof ImportHeader]), max);
  }
  const framework = textValue(header.framework);
  if (framework !== null && !(FRAMEWORK_VALUES as readonly string[]).includes(framework)) {
    throw badPicklistValue('Framework__c', framework);
  }
  const reviewerId = textValue(header.reviewerId);
  if (reviewerId !== null && userById(reviewerId) === undefined) {
    throw new PlatformError(`Reviewer__c: invalid cross reference id: ${reviewerId}`);
  }
}

/** Characters of every text property of the chunk's items, added up. */
function chunkCharacters(items: readonly ImportItem[]): number {
  let total = 0;
  for (const item of items) {
    for (const value of Object.values(item ?? {})) {
      if (typeof value === 'string') total += value.length;
    }
  }
  return total;
}

function checkChunk(items: readonly ImportItem[]): void {
  if (items.length > MAX_ITEMS_PER_CHUNK || chunkCharacters(items) > MAX_CHUNK_CHARACTERS) {
    throw new Refusal(REFUSALS.chunkTooLarge, [MAX_ITEMS_PER_CHUNK, MAX_CHUNK_CHARACTERS]);
  }
}

/** One ImportItem as a Checksheet_Item__c, or the refusal the insert would meet. */
function itemRecord(checksheetId: string, item: ImportItem): ItemRecord {
  for (const [property, max] of Object.entries(ITEM_LENGTHS)) {
    checkLength(property, textValue(item[property as keyof ImportItem]), max);
  }
  const status = textValue(item.status);
  if (status !== null && !ITEM_STATUS_VALUES.includes(status)) {
    throw badPicklistValue('Status__c', status);
  }
  const sortOrder = item.sortOrder;
  if (typeof sortOrder !== 'number' || !Number.isFinite(sortOrder)) {
    throw new PlatformError('ImportItem.sortOrder: a number is required');
  }
  const sourceLine = typeof item.sourceLine === 'number' ? item.sourceLine : null;
  return {
    id: newId(KEY_PREFIXES.item),
    checksheetId,
    itemNumber: textValue(item.itemNumber),
    section: textValue(item.section),
    question: textValue(item.question),
    status,
    statusMark: textValue(item.statusMark),
    answer: textValue(item.answer),
    sortOrder,
    sourceLine,
    sourceSheet: textValue(item.sourceSheet),
    reviewerVerdict: null,
    reviewerComment: null,
    matchKey: textValue(item.matchKey),
    responsibility: textValue(item.responsibility),
    responsibleParty: textValue(item.responsibleParty),
    answerFlag: textValue(item.answerFlag) ?? NO_ANSWER_FLAG,
    answerFlagReason: textValue(item.answerFlagReason)
  };
}

async function begin(
  tx: Tx,
  context: CallContext,
  header: ImportHeader
): Promise<ChecksheetRecord> {
  const vendorId = textValue(header.vendorId);
  const vendor =
    vendorId === null ? undefined : await tx.get<AccountRecord>(STORES.accounts, vendorId);
  if (vendor === undefined) throw new Refusal(REFUSALS.vendorNotVisible);
  checkHeader(header);
  const name = textValue(header.name);
  if (name === null) throw new PlatformError('Required fields are missing: [Name]');
  const stamp = context.stamps.next();
  const record: ChecksheetRecord = {
    id: newId(KEY_PREFIXES.checksheet),
    name,
    vendorId: vendor.id,
    serviceName: textValue(header.serviceName),
    framework: textValue(header.framework),
    documentVersion: textValue(header.documentVersion),
    issuedOn: headerDate(header, 'issuedOn'),
    receivedOn: headerDate(header, 'receivedOn'),
    preamble: textValue(header.preamble),
    sourceFileName: textValue(header.sourceFileName),
    sourceFormat: textValue(header.sourceFormat),
    sourceFileHash: textValue(header.sourceFileHash)?.toLowerCase() ?? null,
    reviewStatus: RECEIVED,
    reviewerId: textValue(header.reviewerId) ?? context.user.id,
    nextReviewOn: null,
    supersedesId: null,
    importStatus: IMPORTING,
    expectedItemCount: headerItemCount(header),
    ownerId: context.user.id,
    createdById: context.user.id,
    createdStamp: stamp,
    lastModifiedStamp: stamp,
    counts: emptyCounts()
  };
  tx.put(STORES.checksheets, record);
  await syncReviewerShare(tx, record);
  return record;
}

/** The running user's own Importing checksheet, or Error_Import_Not_Open. */
async function openImport(
  tx: Tx,
  context: CallContext,
  checksheetId: string | null
): Promise<ChecksheetRecord> {
  const record =
    checksheetId === null
      ? undefined
      : await tx.get<ChecksheetRecord>(STORES.checksheets, checksheetId);
  if (
    record === undefined ||
    record.importStatus !== IMPORTING ||
    record.createdById !== context.user.id
  ) {
    throw new Refusal(REFUSALS.importNotOpen);
  }
  return record;
}

async function append(
  tx: Tx,
  context: CallContext,
  record: ChecksheetRecord,
  items: readonly ImportItem[]
): Promise<number> {
  requireObjectAccess(context.user, 'create');
  const staged = record.counts.itemCount;
  const expected = record.expectedItemCount ?? 0;
  if (staged + items.length > expected) {
    throw new Refusal(REFUSALS.tooManyItems, [staged + items.length, expected]);
  }
  for (const item of items) {
    // Written one by one: a refusal half-way aborts the transaction, undoing those before it.
    const saved = itemRecord(record.id, item);
    tx.put(STORES.items, saved);
    applyItemChange(record.counts, undefined, saved);
  }
  record.lastModifiedStamp = context.stamps.next();
  tx.put(STORES.checksheets, record);
  return record.counts.itemCount;
}

async function finish(tx: Tx, context: CallContext, record: ChecksheetRecord): Promise<void> {
  const staged = record.counts.itemCount;
  const expected = record.expectedItemCount ?? 0;
  if (staged !== expected) {
    throw new Refusal(REFUSALS.itemCountMismatch, [staged, expected]);
  }
  record.importStatus = COMPLETE;
  record.lastModifiedStamp = context.stamps.next();
  const vendorChecksheets = await tx.byIndex<ChecksheetRecord>(
    STORES.checksheets,
    INDEXES.byVendor,
    record.vendorId
  );
  const complete = vendorChecksheets.filter((other) => other.importStatus === COMPLETE);
  for (const changed of linkVersion(record, complete)) {
    if (changed !== record) changed.lastModifiedStamp = context.stamps.next();
    tx.put(STORES.checksheets, changed);
  }
}

function progress(record: ChecksheetRecord): ImportProgress {
  return {
    checksheetId: record.id,
    importStatus: record.importStatus,
    itemsSaved: record.counts.itemCount
  };
}

function headerParam(params: Params): ImportHeader {
  const header = objectParam<ImportHeader>(params, 'header', 'ImportHeader');
  if (header === null) throw new PlatformError('ImportHeader header: a value is required');
  return header;
}

export async function beginImport(context: CallContext, params: Params): Promise<ImportProgress> {
  requireObjectAccess(context.user, 'create');
  const header = headerParam(params);
  const record = await context.store.transaction(WRITE_STORES, 'readwrite', (tx) =>
    begin(tx, context, header)
  );
  return progress(record);
}

export async function appendItems(context: CallContext, params: Params): Promise<ImportProgress> {
  const checksheetId = stringParam(params, 'checksheetId');
  const items = listParam<ImportItem>(params, 'items');
  checkChunk(items);
  const record = await context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const open = await openImport(tx, context, checksheetId);
    await append(tx, context, open, items);
    return open;
  });
  return progress(record);
}

/** Decoded size of base64 text, or undefined when it is not base64. */
function decodedSize(base64: string): number | undefined {
  const text = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

export async function attachSourceFile(context: CallContext, params: Params): Promise<string> {
  const checksheetId = stringParam(params, 'checksheetId');
  const fileName = stringParam(params, 'fileName');
  const base64Data = stringParam(params, 'base64Data') ?? '';
  return context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const record = await openImport(tx, context, checksheetId);
    // Refused before decoding, as Apex does (the decoded copy would double its heap).
    const size = decodedSize(base64Data);
    if (size === undefined) throw new PlatformError('base64Data: not valid base64');
    if (size > MAX_SOURCE_FILE_BYTES) {
      throw new Refusal(REFUSALS.sourceFileTooLarge, [size, MAX_SOURCE_FILE_BYTES]);
    }
    const title = fileName === null || fileName.trim() === '' ? 'source' : fileName.trim();
    checkLength('sourceFileName', title, HEADER_LENGTHS.sourceFileName);
    const file: FileRecord = {
      id: newId(KEY_PREFIXES.contentVersion),
      checksheetId: record.id,
      fileName: title,
      base64Data,
      size
    };
    tx.put(STORES.files, file);
    return file.id;
  });
}

export async function finishImport(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary> {
  const checksheetId = stringParam(params, 'checksheetId');
  return context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const record = await openImport(tx, context, checksheetId);
    await finish(tx, context, record);
    return summaryOf(tx, context, record);
  });
}

export async function importChecksheet(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary> {
  const items = listParam<ImportItem>(params, 'items');
  checkChunk(items);
  requireObjectAccess(context.user, 'create');
  const header = headerParam(params);
  return context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const record = await begin(tx, context, header);
    await append(tx, context, record, items);
    await finish(tx, context, record);
    return summaryOf(tx, context, record);
  });
}

/** The stores that hold a checksheet's children, deleted with it. */
const CHILD_STORES = [
  STORES.items,
  STORES.files,
  STORES.shares,
  STORES.tasks,
  STORES.history
] as const;

/** Deletes a checksheet with its items, files, shares, Tasks and field history. */
async function deleteChecksheet(tx: Tx, checksheetId: string): Promise<void> {
  for (const store of CHILD_STORES) await tx.deleteChildren(store, checksheetId);
  tx.delete(STORES.checksheets, checksheetId);
}

export async function abandonImport(context: CallContext, params: Params): Promise<null> {
  const checksheetId = stringParam(params, 'checksheetId');
  await context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const record = await openImport(tx, context, checksheetId);
    await deleteChecksheet(tx, record.id);
  });
  return null;
}

/**
 * ChecksheetDiscarder: the owner deletes a complete checksheet still Received that no later
 * version supersedes, with its items, their Tasks, its files, shares and field history (system
 * mode in Apex, so no object permission is asked for).
 */
export async function discardChecksheet(context: CallContext, params: Params): Promise<null> {
  const checksheetId = stringParam(params, 'checksheetId');
  await context.store.transaction(WRITE_STORES, 'readwrite', async (tx) => {
    const record = await completeChecksheet(tx, checksheetId);
    const versions = await tx.byIndex<ChecksheetRecord>(
      STORES.checksheets,
      INDEXES.byVendor,
      record.vendorId
    );
    if (
      record.ownerId !== context.user.id ||
      record.reviewStatus !== RECEIVED ||
      versions.some((version) => version.supersedesId === record.id)
    ) {
      throw new Refusal(REFUSALS.discardNotAllowed);
    }
    await deleteChecksheet(tx, record.id);
  });
  return null;
}

export async function findDuplicateImports(
  context: CallContext,
  params: Params
): Promise<ChecksheetSummary[]> {
  const vendorId = stringParam(params, 'vendorId');
  const hash = stringParam(params, 'sourceFileHash')?.trim().toLowerCase() ?? '';
  if (vendorId === null || hash === '') return [];
  return context.store.transaction(WRITE_STORES, 'readonly', async (tx) => {
    const records = await tx.byIndex<ChecksheetRecord>(
      STORES.checksheets,
      INDEXES.byVendor,
      vendorId
    );
    const matches = records
      .filter((record) => record.importStatus === COMPLETE)
      .filter((record) => record.sourceFileHash === hash)
      .sort((a, b) => b.createdStamp - a.createdStamp);
    const lookups = await loadLookups(tx);
    return matches.map((record) => toSummary(record, context, lookups));
  });
}
