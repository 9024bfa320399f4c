/**
 * Headings of numbered-section documents (security white papers, guidelines), in the styles
 * vendors write them:
 *   markdown   `### 2.1 アカウント管理`, `## はじめに`
 *   list       `- 2.5 特権的なユーティリティプログラムの使用` (body on the following lines)
 *   bold       `**2.1 Account management**`
 *   chapter    `第2章 セキュリティへの取り組み`, `Section 3: Data protection`
 *   bare       `2.13 ログに関する情報` alone on its line
 * This module only reads one line; whether a bare candidate really is a heading depends on the
 * lines around it and is decided by the section parser.
 */
import { normalizeSpaces, removeBoldMarks, toAsciiDigits, trimTrailing } from 'c/checksheetText';

export type HeadingStyle = 'markdown' | 'list' | 'bold' | 'chapter' | 'bare';

export interface HeadingCandidate {
  style: HeadingStyle;
  /** Markdown level (number of #), 0 for the other styles. */
  level: number;
  /** Section number as written, full-width digits made ASCII, without a trailing dot; "" when none. */
  number: string;
  /** Numeric components of the number ("2.13" → [2, 13]); [] when none. */
  parts: number[];
  /** Heading text without markdown, number or table-of-contents page number. */
  title: string;
}

/*
 * The patterns below read one line, which may be a paste of 40,000 spaces or dots: each is
 * written so that no two parts can match the same run of characters (a title starts at a non-space,
 * `\S`, after the spaces `\s+`), and the ends are trimmed by walking back from the end, so reading
 * a line is linear in its length. ESLint's `regexp/no-super-linear-*` rules hold them to it.
 */
/** 1 to 5 components of at most 3 digits, separated by "." or "-": "2", "2.13", "1-2-3". */
const NUMBER = String.raw`(\d{1,3}(?:[.-]\d{1,3}){0,4})`;
/** "2.1 Title", "2.1. Title", "1．はじめに" (a dot may stand for the space), or a number alone. */
const NUMBERED_TITLE = new RegExp(String.raw`^${NUMBER}(?:\.?\s+(\S.*)?|\.(?=[^\d\s.])(.*)|\.?)$`);
/** "## 2.1 Title ##": the marks and the text after them (closing marks removed by `markdownTitle`). */
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})\s+(\S[\s\S]*)$/;
const LIST_HEADING = new RegExp(String.raw`^\s*[-*+・]\s+${NUMBER}\.?\s+(\S.*)$`);
const BOLD_LINE = /^\*\*(.+)\*\*$/;
const CHAPTER_HEADING =
  /^(?:第\s*(\d{1,3})\s*章|(?:section|chapter)\s+(\d{1,3}(?:\.\d{1,3}){0,4}))\s*(?:[:.]\s*)?(\S.*)?$/i;
/** Characters of a table-of-contents leader: "……… 12", ". . . . 3". */
const LEADER = /[.…・·‥]/;
const WHITE_SPACE = /\s/;
const DIGIT = /\d/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/** Sentence endings that a heading never has (a question mark is fine: "2.1 Do you encrypt data?"). */
const SENTENCE_END = /[。．.!！:：、,，;；]$/;
const TITLE_START = /^[\p{L}\p{N}「『"“'(（【[<]/u;
const DATE_START = /^\d{4}\s*[/.年-]\s*\d{1,2}/;
/** Longest title a bare heading may have. */
const MAX_BARE_TITLE = 100;

/** The numeric components of a section number ("2.13" → [2, 13], "1-2" → [1, 2]). */
export function numberParts(number: string): number[] {
  return number === '' ? [] : number.split(/[.-]/).map(Number);
}

/**
 * The text without a table-of-contents leader and page number at its end ("目次 ……… 12"): a run of
 * leader characters and white space holding at least three leaders, then digits. What
 * `/\s*(?:[.…・·‥]\s*){3,}\d+$/` removes, found walking back from the end.
 */
function withoutPageLeader(text: string): string {
  const digits = trimTrailing(text, DIGIT);
  if (digits.length === text.length) return text;
  let start = digits.length;
  let leaders = 0;
  while (start > 0) {
    const char = digits.charAt(start - 1);
    if (LEADER.test(char)) leaders += 1;
    else if (!WHITE_SPACE.test(char)) break;
    start -= 1;
  }
  return leaders >= 3 ? text.slice(0, start) : text;
}

/** Markdown emphasis and trailing table-of-contents page numbers removed from a heading text. */
function cleanHeadingText(text: string): string {
  return withoutPageLeader(removeBoldMarks(text)).trimEnd();
}

/**
 * The title of a markdown heading from the text after its marks: without a closing sequence of
 * marks ("Title ##"), undefined when what is left holds a line break (as `.` would refuse it).
 */
function markdownTitle(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const hashes = trimTrailing(trimmed, /#/);
  const spaced = hashes.trimEnd();
  const title = hashes.length < trimmed.length && spaced.length < hashes.length ? spaced : trimmed;
  return LINE_TERMINATOR.test(title) ? undefined : title;
}

function normalized(line: string): string {
  return toAsciiDigits(normalizeSpaces(line)).replace(/．/g, '.');
}

function withNumber(style: HeadingStyle, level: number, text: string): HeadingCandidate {
  const cleaned = cleanHeadingText(text);
  const match = NUMBERED_TITLE.exec(cleaned);
  if (match) {
    return {
      style,
      level,
      number: match[1],
      parts: numberParts(match[1]),
      title: (match[2] ?? match[3] ?? '').trim()
    };
  }
  return { style, level, number: '', parts: [], title: cleaned.trim() };
}

/** True when the text could be the title of a bare heading rather than a sentence or a table row. */
export function isPlausibleTitle(title: string): boolean {
  return (
    title !== '' &&
    title.length <= MAX_BARE_TITLE &&
    !title.includes('\t') &&
    !title.includes('。') &&
    !/https?:\/\//.test(title) &&
    !SENTENCE_END.test(title) &&
    TITLE_START.test(title) &&
    !DATE_START.test(title)
  );
}

/**
 * How a line would read as a heading, or undefined when it cannot be one. Markdown, bold and
 * chapter headings are certain; list and bare candidates are checked against their neighbours.
 */
export function readHeadingCandidate(rawLine: string): HeadingCandidate | undefined {
  if (rawLine.includes('\t')) return undefined;
  const line = normalized(rawLine);
  const markdown = MARKDOWN_HEADING.exec(line);
  const markdownText = markdown ? markdownTitle(markdown[2]) : undefined;
  if (markdown && markdownText !== undefined) {
    return withNumber('markdown', markdown[1].length, markdownText);
  }

  const chapter = CHAPTER_HEADING.exec(line);
  if (chapter) {
    const number = chapter[1] ?? chapter[2];
    return {
      style: 'chapter',
      level: 0,
      number,
      parts: numberParts(number),
      title: cleanHeadingText(chapter[3] ?? '').trim()
    };
  }

  const list = LIST_HEADING.exec(line);
  if (list) {
    const parts = numberParts(list[1]);
    const title = cleanHeadingText(list[2]).trim();
    if (parts.length < 2 || !isPlausibleTitle(title)) return undefined;
    return { style: 'list', level: 0, number: list[1], parts, title };
  }

  const bold = BOLD_LINE.exec(line);
  if (bold) {
    const candidate = withNumber('bold', 0, bold[1]);
    return candidate.number === '' ? undefined : candidate;
  }

  const bare = withNumber('bare', 0, line);
  if (bare.number === '' || !isPlausibleTitle(bare.title)) return undefined;
  return bare;
}

/**
 * True when `next` is what naturally follows `previous` in a numbered outline: the next sibling
 * (2.3 → 2.4), the first child (2.3 → 2.3.1), or the next at a higher level (2.3 → 3, 3.1).
 */
export function isNextInSequence(
  previous: readonly number[] | undefined,
  next: readonly number[]
): boolean {
  if (next.length === 0) return false;
  const before = previous ?? [];
  let common = 0;
  while (common < before.length && common < next.length && before[common] === next[common]) {
    common += 1;
  }
  if (common === next.length) return false;
  const step = next[common] - (common < before.length ? before[common] : 0);
  if (step !== 1) return false;
  return next.slice(common + 1).every((part) => part === 1);
}

/** -1, 0 or 1 as outline numbers compare (2.9 before 2.10). */
export function compareParts(left: readonly number[], right: readonly number[]): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    if (left[index] !== right[index]) return left[index] < right[index] ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}
