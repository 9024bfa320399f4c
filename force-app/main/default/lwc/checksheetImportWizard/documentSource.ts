/**
 * Getting a document into the engine: a chosen or dropped file's bytes (read with FileReader,
 * which Lightning Web Security allows), or pasted text; SheetJS loaded from the `sheetjs` static
 * resource only when a workbook needs it.
 */
import { utf8Bytes } from 'c/checksheetExport';
import type { ChecksheetSource, SpreadsheetLibrary } from 'c/checksheetModel';

/** The file chooser's accepted types; the format itself is detected from the content. */
export const ACCEPTED_FILES = '.xlsx,.xls,.csv,.tsv,.txt,.md';

/** What the wizard read: the engine's source and the bytes kept as the checksheet's File. */
export interface ReadDocument {
  source: ChecksheetSource;
  bytes: Uint8Array;
  /** The File's name: the file's own, or a name for a paste. */
  fileName: string;
}

/** The file name a paste is kept under. */
export const PASTE_FILE_NAME = 'pasted.txt';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The bytes are a workbook (an .xlsx zip or an .xls): the engine needs SheetJS to read them. */
export function needsSpreadsheet(bytes: Uint8Array): boolean {
  const zip =
    bytes.length >= ZIP_SIGNATURE.length &&
    ZIP_SIGNATURE.every((value, index) => bytes[index] === value);
  return zip || isLegacyWorkbook(bytes);
}

/** A file's bytes, through FileReader. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export async function fileDocument(file: File): Promise<ReadDocument> {
  const bytes = await readFileBytes(file);
  return { source: { fileName: file.name, bytes }, bytes, fileName: file.name };
}

/** Pasted text; its UTF-8 bytes are what is hashed and kept. */
export function pasteDocument(text: string): ReadDocument {
  return {
    source: { fileName: '', text },
    bytes: utf8Bytes(text),
    fileName: PASTE_FILE_NAME
  };
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The bytes are an Excel 97–2003 workbook (.xls, an OLE compound file). */
export function isLegacyWorkbook(bytes: Uint8Array): boolean {
  return (
    bytes.length >= OLE_SIGNATURE.length &&
    OLE_SIGNATURE.every((value, index) => bytes[index] === value)
  );
}

/**
 * An .xls workbook rewritten as .xlsx by SheetJS, which the engine reads: the same sheets and
 * cells (the checksheet keeps the original file and its hash).
 */
export function legacyAsXlsx(library: SpreadsheetLibrary, bytes: Uint8Array): Uint8Array {
  const workbook = library.read(bytes, { type: 'array' });
  return new Uint8Array(
    library.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
  );
}

/** The SheetJS global the static resource defines (`xlsx.full.min.js` sets `XLSX`). */
export function spreadsheetGlobal(scope: object): SpreadsheetLibrary | undefined {
  return (scope as { XLSX?: SpreadsheetLibrary }).XLSX;
}
