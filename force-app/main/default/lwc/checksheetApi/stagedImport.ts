/**
 * The client half of the staged import: saving a parsed checksheet through Apex so that, to the
 * reviewer, it is all or nothing.
 *
 * A sheet that fits one chunk (`IMPORT_LIMITS.itemsPerChunk` items and `charactersPerChunk`
 * characters of item text) is saved by one `importChecksheet` call, one transaction. A larger one
 * is `beginImport` (the checksheet, Importing, which no package read shows) → `appendItems` per
 * chunk → `attachSourceFile` → `finishImport` (Complete). When any step after `beginImport`
 * fails, the import is abandoned (Apex deletes the staged checksheet, its items and its file) and
 * the promise rejects with what failed. The source file goes through Apex only up to
 * `IMPORT_LIMITS.sourceFileBytes`; a larger one is reported as not attached, and the wizard offers
 * `lightning-file-upload` on the new record.
 *
 * A plain module, tested without a DOM; the wizard's state machine drives it.
 */
import type { ParsedChecksheet } from 'c/checksheetModel';
import { IMPORT_LIMITS } from 'c/checksheetSchema';
import { formatMegabytes, sha256Hex, toBase64 } from 'c/checksheetText';
import type { ChecksheetSummary, ImportHeader, ImportItem, RecordId } from './checksheetApi';
import { ChecksheetApiError, toChecksheetApiError } from './apiError';
import {
  abandonImport,
  appendItems,
  attachSourceFile,
  beginImport,
  finishImport,
  importChecksheet
} from './apexMethods';

/** The Apex methods a staged import calls, in the order it calls them. */
export type ImportStep =
  'importChecksheet' | 'beginImport' | 'appendItems' | 'attachSourceFile' | 'finishImport';

export interface ImportProgressEvent {
  /** Steps done so far, 1 after the first. */
  done: number;
  /** Steps in all; the progress bar's 100%. */
  total: number;
  /** The step just done. */
  step: ImportStep;
  /** Items saved so far. */
  itemsSaved: number;
}

export interface ImportInput {
  /** The document as read; its file name names the attached file when `sourceFileName` is left out. */
  parsed?: ParsedChecksheet;
  header: ImportHeader;
  /** `toImportItems(parsed).items`; as many as `header.itemCount`. */
  items: ImportItem[];
  /** The source file's bytes (a paste: its text's UTF-8 bytes), kept as a File when small enough. */
  sourceBytes?: Uint8Array;
  sourceFileName?: string;
}

export interface ImportOptions {
  onProgress?: (event: ImportProgressEvent) => void;
  /** The bounds to chunk by; `IMPORT_LIMITS` (the Apex ones) unless a test says otherwise. */
  limits?: { itemsPerChunk: number; charactersPerChunk: number; sourceFileBytes: number };
}

/**
 * Something the reviewer should know about a saved import.
 * - `sourceFileTooLarge`: the file is over the limit for Apex: attach it with file upload.
 */
export interface ImportWarning {
  code: 'sourceFileTooLarge';
  /** English, for logs; the UI renders its label from the code and `params`. */
  message: string;
  params: {
    fileName: string;
    /** sourceFileTooLarge: the file's size and the limit, in bytes. */
    bytes?: number;
    limitBytes?: number;
  };
}

export interface ImportResult {
  checksheet: ChecksheetSummary;
  /** The source file is on the checksheet as a File; false: offer file upload. */
  sourceAttached: boolean;
  warnings: ImportWarning[];
}

/** The item properties Apex counts toward `charactersPerChunk`: all the text ones. */
const TEXT_PROPERTIES = [
  'itemNumber',
  'section',
  'question',
  'status',
  'statusMark',
  'answer',
  'matchKey',
  'sourceSheet'
] as const satisfies readonly (keyof ImportItem)[];

/** Characters of an item's text properties, as Apex counts them (`String.length`). */
export function itemCharacters(item: ImportItem): number {
  let count = 0;
  for (const property of TEXT_PROPERTIES) count += item[property]?.length ?? 0;
  return count;
}

/**
 * `items` in chunks of at most `itemsPerChunk` items and `charactersPerChunk` characters, in
 * order. An item larger than a whole chunk (impossible within the field lengths) goes alone.
 */
export function chunkItems(
  items: readonly ImportItem[],
  limits: { itemsPerChunk: number; charactersPerChunk: number } = IMPORT_LIMITS
): ImportItem[][] {
  const chunks: ImportItem[][] = [];
  let chunk: ImportItem[] = [];
  let characters = 0;
  for (const item of items) {
    const size = itemCharacters(item);
    const full =
      chunk.length >= limits.itemsPerChunk || characters + size > limits.charactersPerChunk;
    if (chunk.length > 0 && full) {
      chunks.push(chunk);
      chunk = [];
      characters = 0;
    }
    chunk.push(item);
    characters += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

interface SourceFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Which part of the items a chunk is, for messages. */
interface ChunkPosition {
  number: number;
  count: number;
}

/** What each step is, for the reviewer. */
function describeStep(step: ImportStep, chunk?: ChunkPosition): string {
  switch (step) {
    case 'importChecksheet':
      return 'Saving the checksheet';
    case 'beginImport':
      return 'Starting the import';
    case 'appendItems':
      return `Saving items (part ${chunk?.number} of ${chunk?.count})`;
    case 'attachSourceFile':
      return 'Attaching the source file';
    default:
      return 'Finishing the import';
  }
}

/** `text` ending as a sentence does (the server's messages may be English or Japanese). */
function sentence(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/**
 * A failed step inside this module: `text` is what the reviewer reads ("<step> failed: <the
 * server's text>"), `reason` the normalised rejection. Never leaves the module.
 */
class StepFailure extends Error {
  readonly step: ImportStep;
  readonly chunk: ChunkPosition | undefined;
  readonly text: string;
  readonly reason: ChecksheetApiError;

  constructor(
    step: ImportStep,
    chunk: ChunkPosition | undefined,
    reason: ChecksheetApiError,
    text: string
  ) {
    super(text);
    this.step = step;
    this.chunk = chunk;
    this.reason = reason;
    this.text = text;
  }
}

function stepFailure(step: ImportStep, cause: unknown, chunk?: ChunkPosition): StepFailure {
  const reason = toChecksheetApiError(cause);
  return new StepFailure(
    step,
    chunk,
    reason,
    `${describeStep(step, chunk)} failed: ${sentence(reason.message)}`
  );
}

/** The rejection for a failed step whose work was undone. */
function importFailed(failure: StepFailure): ChecksheetApiError {
  return new ChecksheetApiError('importFailed', `${failure.text} Nothing was saved.`, {
    messages: failure.reason.messages,
    status: failure.reason.status,
    step: failure.step,
    chunk: failure.chunk,
    cause: failure.reason
  });
}

/** Abandons the staged import after `failure`; rejects with the failure, or with both. */
async function abandonAfter(checksheetId: RecordId, failure: StepFailure): Promise<never> {
  try {
    await abandonImport(checksheetId);
  } catch (error) {
    const abandonError = toChecksheetApiError(error);
    throw new ChecksheetApiError(
      'importNotAbandoned',
      `${failure.text} Removing the unfinished import failed too: ${sentence(abandonError.message)} An administrator can delete it from the Incomplete imports list.`,
      {
        messages: failure.reason.messages,
        status: failure.reason.status,
        step: failure.step,
        chunk: failure.chunk,
        cause: failure.reason,
        abandonError
      }
    );
  }
  throw importFailed(failure);
}

type Report = (step: ImportStep, itemsSaved: number) => void;

/**
 * Appends `chunks` from `index` on, one at a time (each is its own Apex transaction; a failure
 * stops the rest); rejects with the failed chunk's StepFailure.
 */
async function appendChunks(
  checksheetId: RecordId,
  chunks: ImportItem[][],
  index: number,
  report: Report
): Promise<void> {
  if (index >= chunks.length) return;
  try {
    const progress = await appendItems(checksheetId, chunks[index]);
    report('appendItems', progress.itemsSaved);
  } catch (error) {
    throw stepFailure('appendItems', error, { number: index + 1, count: chunks.length });
  }
  await appendChunks(checksheetId, chunks, index + 1, report);
}

/** The staged import: begin, the chunks, the file, finish; abandoned on any failure after begin. */
async function importInStages(
  header: ImportHeader,
  chunks: ImportItem[][],
  source: SourceFile | undefined,
  report: Report
): Promise<ChecksheetSummary> {
  let checksheetId: RecordId;
  try {
    checksheetId = (await beginImport(header)).checksheetId;
  } catch (error) {
    // Nothing was created, so there is nothing to abandon.
    throw importFailed(stepFailure('beginImport', error));
  }
  report('beginImport', 0);
  const saved = chunks.reduce((sum, items) => sum + items.length, 0);
  let step: ImportStep = 'appendItems';
  try {
    await appendChunks(checksheetId, chunks, 0, report);
    if (source !== undefined) {
      step = 'attachSourceFile';
      await attachSourceFile(checksheetId, source.fileName, toBase64(source.bytes));
      report('attachSourceFile', saved);
    }
    step = 'finishImport';
    const checksheet = await finishImport(checksheetId);
    report('finishImport', saved);
    return checksheet;
  } catch (error) {
    const failure = error instanceof StepFailure ? error : stepFailure(step, error);
    return abandonAfter(checksheetId, failure);
  }
}

/**
 * Saves a parsed checksheet: one call when it fits one chunk, else the staged import. Calls
 * `onProgress` after each step. Resolves with the saved checksheet and whether its source file
 * was attached; rejects with a ChecksheetApiError (`importFailed`, or `importNotAbandoned` when
 * the unfinished import could not be removed either) saying what failed.
 */
export async function importParsedChecksheet(
  input: ImportInput,
  options: ImportOptions = {}
): Promise<ImportResult> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const { items } = input;
  if (input.header.itemCount !== items.length) {
    throw new ChecksheetApiError(
      'browser',
      `The checksheet counts ${input.header.itemCount} items but ${items.length} were given to save.`
    );
  }
  const warnings: ImportWarning[] = [];
  const bytes = input.sourceBytes;
  const fileName =
    input.sourceFileName || input.header.sourceFileName || input.parsed?.fileName || 'source.txt';
  let source: SourceFile | undefined;
  if (bytes !== undefined && bytes.length <= limits.sourceFileBytes) {
    source = { fileName, bytes };
  } else if (bytes !== undefined) {
    warnings.push({
      code: 'sourceFileTooLarge',
      message: `${fileName} (${formatMegabytes(bytes.length)}) is larger than ${formatMegabytes(limits.sourceFileBytes)}, the most an import sends through Apex: attach it to the checksheet with Upload Files.`,
      params: { fileName, bytes: bytes.length, limitBytes: limits.sourceFileBytes }
    });
  }
  // The checksheet keeps its source's fingerprint, so that a second import of it is recognised.
  const header: ImportHeader =
    bytes !== undefined && input.header.sourceFileHash === ''
      ? { ...input.header, sourceFileHash: sha256Hex(bytes) }
      : input.header;

  const chunks = chunkItems(items, limits);
  // One call only when there is no file to keep: the source file is attached inside the staged
  // import (before finishImport), so the checksheet and its file are saved or undone together —
  // the server attaches files to open imports only.
  const single = chunks.length <= 1 && source === undefined;
  const attachSteps = source === undefined ? 0 : 1;
  const total = single ? 1 + attachSteps : 2 + chunks.length + attachSteps;
  let done = 0;
  const report = (step: ImportStep, itemsSaved: number): void => {
    done += 1;
    options.onProgress?.({ done, total, step, itemsSaved });
  };

  if (!single) {
    const checksheet = await importInStages(header, chunks, source, report);
    return { checksheet, sourceAttached: source !== undefined, warnings };
  }

  let checksheet: ChecksheetSummary;
  try {
    checksheet = await importChecksheet(header, items);
  } catch (error) {
    // One transaction: Apex rolled everything back.
    throw importFailed(stepFailure('importChecksheet', error));
  }
  report('importChecksheet', items.length);
  return { checksheet, sourceAttached: false, warnings };
}
