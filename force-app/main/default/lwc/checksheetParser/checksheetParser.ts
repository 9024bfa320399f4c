/**
 * The one entry point for reading a checksheet: a file's bytes or pasted text in, a
 * ParsedChecksheet out. The format is detected from the content, never asked of the user:
 *   .xlsx workbook (ZIP bytes)                 → c/checksheetTabular parseWorkbook
 *   METI checksheet text, CSV, TSV, CAIQ       → c/checksheetTabular parseTabularText
 *   numbered sections (white paper, guideline) → ./sectionParser
 * Throws only ChecksheetReadError, with one message that names the file.
 */
import { ChecksheetReadError, checkDocumentSize, checkItemCount } from 'c/checksheetModel';
import type {
  ChecksheetSource,
  ColumnRoleOverride,
  ParsedChecksheet,
  SpreadsheetLibrary,
  TextEncoding
} from 'c/checksheetModel';
import { decodeBytes, hasNonBlankLine } from 'c/checksheetText';
import { detectTabularText, parseTabularText, parseWorkbook } from 'c/checksheetTabular';
import { parseSections } from './sectionParser';

export { parseSections } from './sectionParser';
export type { SectionContext } from './sectionParser';

export interface ParseOptions {
  /** SheetJS (or the subset the engine uses), needed only for .xlsx files. */
  spreadsheet?: SpreadsheetLibrary;
  /**
   * A reviewer's role for some columns, replacing the role the reader chose (see
   * `ParsedChecksheet.tables`): the document is read again with them. Each applies to the sheet
   * it names, or without a sheet to every table.
   */
  columnRoles?: readonly ColumnRoleOverride[];
}

/** What a user sees when the text is neither a table of items nor a numbered document. */
export const UNKNOWN_FORMAT_MESSAGE =
  'no checksheet items or numbered sections found: expected a header row with 項番/確認事項 (a METI checksheet, CSV, TSV or CAIQ sheet) or numbered headings like "2.1 …" (a white paper)';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((value, index) => bytes[index] === value);
}

function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions
): ParsedChecksheet {
  checkDocumentSize(fileName, bytes.length, 'bytes');
  try {
    return parseWorkbook(bytes, options.spreadsheet, fileName, options.columnRoles);
  } catch (error) {
    if (error instanceof ChecksheetReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChecksheetReadError(
      fileName,
      `cannot be read as an Excel workbook (.xlsx): ${reason}`,
      0,
      'not_a_workbook',
      { reason }
    );
  }
}

/** Text of a paste, checked like a file: not empty, not over the limit. */
function pastedText(source: ChecksheetSource): string {
  const text = (source.text ?? '').replace(/^\ufeff/, '');
  checkDocumentSize(source.fileName, text.length, 'characters');
  return text;
}

function parseText(
  text: string,
  fileName: string,
  encoding: TextEncoding,
  columnRoles: readonly ColumnRoleOverride[] | undefined
): ParsedChecksheet {
  if (!hasNonBlankLine(text)) {
    const what = fileName ? 'the file is empty' : 'the pasted text is empty';
    throw new ChecksheetReadError(fileName, what, 0, 'empty');
  }
  const context = { fileName, encoding };
  const tabular = detectTabularText(text);
  if (tabular !== undefined) {
    const parsed = parseTabularText(text, { ...context, columnRoles });
    // Roles chosen by a reviewer are about this table: its reading stands, items or not.
    if (parsed.items.length > 0 || (columnRoles ?? []).length > 0) return parsed;
    const sections = parseSections(text, context);
    return sections.items.length > 0 ? { ...sections, tables: [] } : parsed;
  }
  const sections = parseSections(text, context);
  if (sections.items.length === 0) {
    throw new ChecksheetReadError(fileName, UNKNOWN_FORMAT_MESSAGE, 0, 'unknown_format');
  }
  return { ...sections, tables: [] };
}

/** The limits every parse result must meet, and the books on its lines. */
function wrapUp(parsed: ParsedChecksheet, fileName: string): ParsedChecksheet {
  checkItemCount(fileName, parsed.items.length);
  const { total, accounted } = parsed.lines;
  if (accounted !== total) {
    parsed.diagnostics.push({
      code: 'lines_unaccounted',
      params: { total, accounted },
      line: 0,
      severity: 'error',
      message: `internal error: ${total} non-blank lines read but ${accounted} accounted for — please report this document`
    });
  }
  return { ...parsed, fileName };
}

/**
 * Reads a checksheet from a file's bytes or from pasted text. Throws ChecksheetReadError when the
 * document cannot be read at all: empty, too large, binary, undecodable, an unknown format, an
 * .xlsx without a spreadsheet library, or more than LIMITS.maxItems items.
 */
export function parseChecksheet(
  source: ChecksheetSource,
  options: ParseOptions = {}
): ParsedChecksheet {
  const fileName = source.fileName ?? '';
  let parsed: ParsedChecksheet;
  if (source.bytes !== undefined) {
    const bytes = source.bytes;
    if (bytes.length >= ZIP_SIGNATURE.length && isZip(bytes)) {
      parsed = readWorkbook(bytes, fileName, options);
    } else {
      const decoded = decodeBytes(bytes, fileName);
      parsed = parseText(decoded.text, fileName, decoded.encoding, options.columnRoles);
    }
  } else {
    parsed = parseText(pastedText(source), fileName, 'utf-8', options.columnRoles);
  }
  return wrapUp(parsed, fileName);
}
