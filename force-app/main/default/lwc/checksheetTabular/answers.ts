/**
 * The answer of one row: the mark as written, its status, and the answer text. Marks come from
 * the 実施有無 column, from the start of the 備考 answer when the vendor merged the two
 * ("○ 情報資産が…"), or from each item of an HTML list ("<li>○ …</li><li>○ …</li>").
 * The vocabulary itself is c/checksheetStatus's.
 */
import type { ItemStatus } from 'c/checksheetStatus';
import {
  combineStatuses,
  splitLeadingAnswer,
  splitLeadingMark,
  statusFromMark
} from 'c/checksheetStatus';
import type { Cell } from './cells';

export interface AnswerReading {
  mark: string;
  status: ItemStatus;
  answer: string;
  /**
   * "unknown-mark": the 実施有無 cell holds a short word that is no known mark (kept as written);
   * "text-in-mark-column": it holds sentences, moved to the answer.
   */
  problem?: 'unknown-mark' | 'text-in-mark-column';
}

/** Longest 実施有無 text read as a (possibly unknown) mark rather than as answer text. */
const MARK_MAX_LENGTH = 20;

const LATIN_WORD = /^[A-Za-z/]+$/;

function joinText(first: string, second: string): string {
  if (first === '') return second;
  if (second === '') return first;
  return `${first}\n${second}`;
}

/**
 * The reading for marks found in a cell: distinct marks joined by a space, the weakest status.
 * The status depends only on which statuses occur, so each distinct mark is looked up once.
 */
function fromMarks(marks: Iterable<string>, answer: string): AnswerReading {
  const distinct = [...new Set(marks)];
  return {
    mark: distinct.join(' '),
    status: combineStatuses(distinct.map((mark) => statusFromMark(mark) ?? 'none')),
    answer
  };
}

/**
 * Marks at the start of a cell: of its first line, and of every line when the cell was an HTML
 * list. `symbolsOnly` refuses word marks ("No personal data is kept…" opens no "No" mark).
 */
function leadingMarks(cell: Cell, symbolsOnly: boolean): { marks: string[]; text: string } {
  const { text } = cell;
  // The first line decides whether there are marks at all: it is cut out alone, and the cell
  // split into lines only when it opens with a mark (most answers do not).
  const firstBreak = text.indexOf('\n');
  const first = acceptedMark(firstBreak < 0 ? text : text.slice(0, firstBreak), symbolsOnly);
  if (first === undefined) return { marks: [], text };
  const marks = [first.mark];
  const lines = first.rest === '' ? [] : [first.rest];
  const otherLines = firstBreak < 0 ? [] : text.slice(firstBreak + 1).split('\n');
  for (const line of otherLines) {
    const split = cell.list ? acceptedMark(line, symbolsOnly) : undefined;
    if (split === undefined) {
      lines.push(line);
    } else {
      marks.push(split.mark);
      if (split.rest !== '') lines.push(split.rest);
    }
  }
  return { marks, text: lines.join('\n') };
}

/** The mark opening a line, unless `symbolsOnly` and it is a word ("No", "Yes"). */
function acceptedMark(
  line: string,
  symbolsOnly: boolean
): { mark: string; rest: string } | undefined {
  const split = splitLeadingMark(line);
  if (split === undefined) return undefined;
  return symbolsOnly && LATIN_WORD.test(split.mark) ? undefined : split;
}

/**
 * True for the separators between several marks in one 実施有無 cell ("○/×", "○・△"): white
 * space as `\s` reads it, "/", "／", "・", ",", "、". Tested by code: a cell may be made of a
 * million of them.
 */
export function isMarkSeparator(code: number): boolean {
  if (code < 0x80) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2f || code === 0x2c;
  }
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x3001 || // 、
    code === 0x30fb || // ・
    code === 0xfeff ||
    code === 0xff0f // ／
  );
}

/**
 * Several marks in one cell, each a known mark ("○/×"); undefined otherwise. Returns the
 * distinct marks, in order. The cell is walked part by part, and a part that repeats the one
 * before it is compared in place: a cell of 500,000 "○ " made an array of all its parts, and a
 * string and a status for each.
 */
function severalMarks(text: string): Set<string> | undefined {
  const distinct = new Set<string>();
  const { length } = text;
  let parts = 0;
  let previous = '';
  let index = 0;
  while (index < length) {
    while (index < length && isMarkSeparator(text.charCodeAt(index))) index += 1;
    if (index >= length) break;
    const start = index;
    while (index < length && !isMarkSeparator(text.charCodeAt(index))) index += 1;
    parts += 1;
    if (index - start === previous.length && text.startsWith(previous, start)) continue;
    const part = text.slice(start, index);
    if (statusFromMark(part) === undefined) return undefined;
    distinct.add(part);
    previous = part;
  }
  return parts < 2 ? undefined : distinct;
}

/**
 * Reads the answer of a row from its 実施有無 (mark) cell and its 備考 (answer) cell.
 * `answerMissing`: the row stops before the answer column (or the table has none), so the
 * 実施有無 cell may hold mark and answer together.
 */
export function readAnswer(
  markCell: Cell,
  answerCell: Cell,
  answerMissing: boolean
): AnswerReading {
  if (markCell.text === '') {
    const lead = leadingMarks(answerCell, true);
    if (lead.marks.length > 0) return fromMarks(lead.marks, lead.text);
    return { mark: '', status: 'none', answer: answerCell.text };
  }
  const status = statusFromMark(markCell.text);
  if (status !== undefined) {
    return { mark: markCell.text, status, answer: answerCell.text };
  }
  const several = severalMarks(markCell.text);
  if (several !== undefined) return fromMarks(several, answerCell.text);
  // "Yes - see policy", "No, but …", "対応済（年1回）": the leading word decides.
  const worded = markCell.list ? undefined : splitLeadingAnswer(markCell.text);
  if (worded !== undefined) {
    return {
      mark: worded.mark,
      status: worded.status,
      answer: joinText(worded.rest, answerCell.text)
    };
  }
  const lead = leadingMarks(markCell, false);
  if (lead.marks.length > 0) {
    return fromMarks(lead.marks, joinText(lead.text, answerCell.text));
  }
  if (markCell.text.length <= MARK_MAX_LENGTH && !markCell.text.includes('\n')) {
    return {
      mark: markCell.text,
      status: 'none',
      answer: answerCell.text,
      problem: 'unknown-mark'
    };
  }
  return {
    mark: '',
    status: 'none',
    answer: joinText(markCell.text, answerCell.text),
    problem: answerMissing ? undefined : 'text-in-mark-column'
  };
}

/** What marks a Yes / Partial / No / N/A column as the one answered. */
const TICKS: ReadonlySet<string> = new Set([
  'x',
  '×',
  '✓',
  '✔',
  '☑',
  '☒',
  '●',
  '○',
  '◯',
  '〇',
  'v',
  '1',
  'true',
  'yes',
  'y'
]);

/** True when a marker cell's text marks its column as the one answered. */
export function isTick(text: string): boolean {
  return text.length <= 4 && TICKS.has(text.toLowerCase());
}
