/**
 * Finding the header row of a table in text: the first line whose tab- or comma-separated cells
 * name the checksheet columns. What it finds also says which format the text is.
 */
import { isBlank } from 'c/checksheetText';
import { readCell } from './cells';
import type { HeaderLayout } from './columns';
import { readHeader } from './columns';
import { tokenizeRecords } from './delimited';

export type TabularTextFormat = 'meti' | 'csv' | 'tsv' | 'caiq' | 'markdown';

export interface HeaderMatch {
  /** 0-based index of the header line. */
  index: number;
  /** Offset of the header line's first character. */
  offset: number;
  delimiter: ',' | '\t';
  layout: HeaderLayout;
}

const DELIMITERS = ['\t', ','] as const;

/** Header rows are short; longer lines are prose or data and are not tokenised. */
const MAX_HEADER_LINE = 2000;

/** The header layout of one line with `delimiter`, or undefined. */
export function headerWith(line: string, delimiter: ',' | '\t'): HeaderLayout | undefined {
  if (line.indexOf(delimiter) < 0) return undefined;
  const [record] = tokenizeRecords(line, delimiter);
  return readHeader(record.cells.map((cell) => readCell(cell).text));
}

/**
 * The first header line among the first `maxNonBlank` non-blank lines, tab-separated preferred
 * over comma-separated, or undefined when there is none. Lines are read one by one, so a header
 * near the top of a large text is found without splitting the whole text.
 */
export function findHeaderLine(
  text: string,
  maxNonBlank = Number.POSITIVE_INFINITY
): HeaderMatch | undefined {
  const lineBreak = /\r\n|\r|\n/g;
  let offset = 0;
  let seen = 0;
  for (let index = 0; seen < maxNonBlank; index += 1) {
    lineBreak.lastIndex = offset;
    const found = lineBreak.exec(text);
    const end = found === null ? text.length : found.index;
    if (end - offset <= MAX_HEADER_LINE) {
      const line = text.slice(offset, end);
      if (!isBlank(line)) {
        seen += 1;
        for (const delimiter of DELIMITERS) {
          const layout = headerWith(line, delimiter);
          if (layout !== undefined) return { index, offset, delimiter, layout };
        }
      }
    } else {
      seen += 1;
    }
    if (found === null) return undefined;
    offset = found.index + found[0].length;
  }
  return undefined;
}

/** The format a header implies: CAIQ by its columns, else METI (Japanese, tabs), TSV or CSV. */
export function formatOf(layout: HeaderLayout, delimiter: ',' | '\t'): TabularTextFormat {
  if (layout.caiq) return 'caiq';
  if (delimiter === ',') return 'csv';
  return layout.japanese ? 'meti' : 'tsv';
}
