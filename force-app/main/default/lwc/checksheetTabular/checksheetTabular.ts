/**
 * Row-based checksheets: METI checksheet text (項番 / 確認事項 / 実施有無 / 備考), CSV, TSV and
 * Excel pastes, Markdown pipe tables, .xlsx workbooks and CSA CAIQ v4 sheets. c/checksheetParser decides which reader
 * a document needs and calls these.
 */
import type { TabularTextFormat } from './headerSearch';
import { findHeaderLine, formatOf } from './headerSearch';
import { findMarkdownHeader } from './markdownTable';

export { parseTabularText } from './textTable';
export { parseWorkbook } from './workbook';
export { tokenizeDelimited } from './delimited';
export { headerKey } from './columns';
export { isRevisionTitle, revisionColumnOf } from './revisionWords';
export type { RevisionColumn } from './revisionWords';
export type { TabularTextFormat } from './headerSearch';

/** Non-blank lines the sniff looks at: a header further down is not a checksheet's. */
const SNIFF_LINES = 200;

/**
 * The tabular format of a text, from a header row among its first 200 non-blank lines: "meti"
 * for a tab-separated Japanese checksheet header (項番 / 確認事項 / 実施有無 / 備考), "tsv" for
 * another tab-separated one, "csv" for a comma-separated one, "markdown" for a Markdown pipe
 * table's header over its `|---|` delimiter row, "caiq" when the header has CAIQ columns (CSP
 * CAIQ Answer, SSRM Control Ownership, …). Undefined for prose.
 */
export function detectTabularText(text: string): TabularTextFormat | undefined {
  const match = findHeaderLine(text, SNIFF_LINES);
  const markdown = findMarkdownHeader(text, SNIFF_LINES, match?.index);
  if (markdown !== undefined) return markdown.layout.caiq ? 'caiq' : 'markdown';
  return match === undefined ? undefined : formatOf(match.layout, match.delimiter);
}
