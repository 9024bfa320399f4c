/**
 * Turns a file's bytes into text, detecting the encoding from the bytes themselves: a byte-order
 * mark (UTF-8, UTF-16 LE/BE), valid UTF-8, or else Shift_JIS (Windows code page 932, which is what
 * the WHATWG `shift_jis` decoder implements). Anything else is refused with one clear message.
 */
import { ChecksheetReadError, checkDocumentSize } from 'c/checksheetModel';
import type { TextEncoding } from 'c/checksheetModel';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const EXPORT_ADVICE = 'export the document as text, CSV or .xlsx';

/** File signatures of formats people send instead of text. */
const SIGNATURES: ReadonlyArray<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'old Office .doc/.xls'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive or .docx']
];

/** How many leading bytes the control-character check looks at. */
const SNIFF_BYTES = 65536;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, index) => bytes[index] === value);
}

/** Control characters that plain text files do contain: tab, LF, VT, FF, CR, SUB (DOS end of file), ESC. */
function isTextControl(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x1a || code === 0x1b;
}

/**
 * True when the code units look like binary data rather than text: any NUL, or more than one
 * stray control character per hundred among the first SNIFF_BYTES units.
 */
function looksBinary(units: ArrayLike<number>, checkAll: boolean): boolean {
  const sniff = Math.min(units.length, SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < sniff; index += 1) {
    const code = units[index];
    if (code === 0) return true;
    if (code < 0x20 && !isTextControl(code)) controls += 1;
  }
  if (controls * 100 > sniff) return true;
  if (checkAll) {
    for (let index = sniff; index < units.length; index += 1) {
      if (units[index] === 0) return true;
    }
  }
  return false;
}

function textCodes(text: string): number[] {
  const limit = Math.min(text.length, SNIFF_BYTES);
  const codes: number[] = new Array<number>(limit);
  for (let index = 0; index < limit; index += 1) codes[index] = text.charCodeAt(index);
  return codes;
}

function binaryError(fileName: string, kind: string | undefined): ChecksheetReadError {
  const what = kind ? `a binary file (${kind})` : 'a binary file, not text';
  const message = `looks like ${what} — ${EXPORT_ADVICE}`;
  return kind
    ? new ChecksheetReadError(fileName, message, 0, 'binary_kind', { kind })
    : new ChecksheetReadError(fileName, message, 0, 'binary');
}

/** Decodes strictly; undefined when the bytes are not valid in that encoding. */
function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  if (typeof TextDecoder === 'undefined') {
    throw new Error('TextDecoder is not available in this JavaScript environment');
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWithBom(bytes: Uint8Array, fileName: string): DecodedText | undefined {
  const boms: ReadonlyArray<[number[], string, TextEncoding]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8-bom'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be']
  ];
  for (const [bom, label, encoding] of boms) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(label, bytes);
    if (text === undefined) {
      throw new ChecksheetReadError(
        fileName,
        `starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()} text — ${EXPORT_ADVICE}`,
        0,
        'bad_byte_order_mark',
        { encoding: label.toUpperCase() }
      );
    }
    if (encoding !== 'utf-8-bom' && looksBinary(textCodes(text), false)) {
      throw binaryError(fileName, undefined);
    }
    return { text, encoding };
  }
  return undefined;
}

/**
 * The text of a file and the encoding it was written in. Throws ChecksheetReadError for an empty
 * file, a file over LIMITS.maxBytes, binary data, or bytes that are not UTF-8/UTF-16/Shift_JIS.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) {
    throw new ChecksheetReadError(fileName, 'the file is empty', 0, 'empty');
  }
  checkDocumentSize(fileName, bytes.length, 'bytes');
  const withBom = decodeWithBom(bytes, fileName);
  if (withBom) return withBom;

  const signature = SIGNATURES.find(([prefix]) => startsWith(bytes, prefix));
  if (signature) throw binaryError(fileName, signature[1]);
  if (looksBinary(bytes, true)) throw binaryError(fileName, undefined);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const shiftJis = tryDecode('shift_jis', bytes);
  if (shiftJis !== undefined) return { text: shiftJis, encoding: 'shift_jis' };
  throw new ChecksheetReadError(
    fileName,
    `cannot be read as text: it is not UTF-8, UTF-16 or Shift_JIS — save it as UTF-8 text, CSV or .xlsx`,
    0,
    'undecodable'
  );
}
