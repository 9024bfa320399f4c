/**
 * The header row of a checksheet table: which column holds the 項番, the 確認事項, the 実施有無
 * mark and the 備考, in Japanese or English, whatever the case, spacing or width of the letters,
 * and in bilingual cells that give both names ("項番 No.", "確認事項 / Question").
 */
import type { ColumnReading, ColumnRole, MarkerRole, RevisionEntry } from 'c/checksheetModel';
import { COLUMN_ROLES, MARKER_ROLES } from 'c/checksheetModel';
import type { ItemStatus } from 'c/checksheetStatus';
import { statusFromMark } from 'c/checksheetStatus';
import { trimTrailing } from 'c/checksheetText';
import { looksLikeItemNumber } from './cells';
import { revisionColumnOf, VERSION_WORD } from './revisionWords';

/**
 * The roles a header names (see `ColumnRole` in c/checksheetModel): `mark` is the 実施有無 column
 * (an English "Answer" or "Status" column, as in CAIQ's "CSP CAIQ Answer", holds the mark too);
 * `answer` the answer text (備考, Remarks, Implementation Description); `section` the heading an
 * item sits under; `wordedMark` a second, worded status column beside the mark column ("実施状況
 * Status" in our own exports), read when the mark cell is empty — shown as a second `mark` column.
 */
export type HeaderRole = 'number' | 'question' | 'mark' | 'answer' | 'section' | 'wordedMark';

/**
 * Header names of each role, compared after `headerKey` (NFKC, lower case, no spaces). When a
 * row has two names of one role, the one listed first takes the role ("Question" before
 * "Control"); the other is kept as an extra column.
 */
const ROLE_NAMES: Readonly<Record<HeaderRole, readonly string[]>> = {
  number: [
    '項番',
    'no',
    '#',
    'id',
    'questionid',
    '番号',
    '項目番号',
    '管理番号',
    '通番',
    '管理策番号',
    'controlid',
    'ref',
    'reference'
  ],
  question: [
    '確認事項',
    '質問',
    '質問事項',
    'question',
    '要求事項',
    '確認項目',
    'チェック項目',
    '質問内容',
    '評価項目',
    '確認内容',
    '管理策',
    'checkitem',
    'question/request',
    'questions',
    'requirement',
    'control',
    // Older CAIQ versions (v3.x): "Consensus Assessment Questions" over "… Answers".
    'consensusassessmentquestions',
    'consensusassessmentquestion'
  ],
  mark: [
    '実施有無',
    '回答',
    '対応状況',
    'answer',
    'cspcaiqanswer',
    'status',
    '対応有無',
    '実施状況',
    '対応可否',
    'mark',
    '状態',
    'response',
    'applicable',
    'consensusassessmentanswers',
    'consensusassessmentanswer'
  ],
  answer: [
    '備考',
    '補足',
    '説明',
    'remarks',
    'comment',
    'comments',
    'implementationdescription',
    'cspimplementationdescription',
    '補足説明',
    '備考欄',
    'notes'
  ],
  section: [
    'セクション',
    'section',
    'category',
    'domain',
    'controldomain',
    '分類',
    'カテゴリ',
    'カテゴリー',
    '区分'
  ],
  // Never named alone: a column becomes the worded mark as the second one naming the mark.
  wordedMark: []
};

/**
 * English names that may share a header cell with a Japanese name of the same role ("項番 No.",
 * "実施有無 / Mark", "備考\nRemarks"); the Japanese name decides the role. "Answer" goes with
 * 備考 as well as with 実施有無: 備考 holds the answer text (`ChecksheetItem.answer`), and our own
 * export heads that column "備考 Answer".
 */
const BILINGUAL_ENGLISH: Readonly<Record<HeaderRole, readonly string[]>> = {
  number: ['no', '#', 'id', 'number', 'itemno', 'questionid'],
  question: ['question', 'questions', 'item', 'checkitem', 'requirement', 'control'],
  mark: ['mark', 'answer', 'status', 'response'],
  answer: [
    'remarks',
    'remark',
    'answer',
    'comment',
    'comments',
    'notes',
    'note',
    'description',
    'implementationdescription',
    'details'
  ],
  section: ['section', 'chapter'],
  wordedMark: []
};

/** A role a header cell names, and its rank among the role's names (0: listed first). */
interface RoleMatch {
  role: HeaderRole;
  rank: number;
}

const ROLE_BY_KEY: ReadonlyMap<string, RoleMatch> = new Map(
  (Object.keys(ROLE_NAMES) as HeaderRole[]).flatMap((role) =>
    ROLE_NAMES[role].map((name, rank): [string, RoleMatch] => [name, { role, rank }])
  )
);

/** Roles in the order they are given out: a column already taken is not considered again. */
const ROLE_ORDER: readonly HeaderRole[] = ['number', 'question', 'mark', 'answer', 'section'];

/** Columns only a CSA CAIQ sheet has; their presence makes the sheet a CAIQ. */
const CAIQ_KEYS: ReadonlySet<string> = new Set([
  'cspcaiqanswer',
  'ssrmcontrolownership',
  'cscresponsibilities',
  'cspimplementationdescription',
  'ccmcontrolid'
]);

/** CAIQ columns kept in `item.extra` under a fixed name, whatever suffix the sheet adds. */
const EXTRA_NAMES: ReadonlyMap<string, string> = new Map([
  ['ssrmcontrolownership', 'SSRM Control Ownership'],
  ['cscresponsibilities', 'CSC Responsibilities']
]);

/** What a header row says about its table: the role of each column, and where each role is. */
export interface HeaderLayout {
  /** Cells up to the last named one (or the last one given a role by an override). */
  width: number;
  /** The column of each role; `answer` is the first answer column not appended as unnamed. */
  roles: Partial<Record<HeaderRole, number>>;
  /** Yes / Partial / No / N/A marker columns (answers marked with an X under one of them). */
  markers: Partial<Record<MarkerRole, number>>;
  /** Columns kept in `item.extra` under `name`: role `extra`, or a role already taken. */
  extras: Array<{ index: number; name: string }>;
  /** Answer columns other than `roles.answer`: their text is appended to the answer. */
  appended: number[];
  /** Columns given a role another column already has (read as extras; see `extras`). */
  repeated: number[];
  /** The role of every column up to `width`, as c/checksheetModel's TableReading shows it. */
  columns: ColumnReading[];
  /** Header names as written (for messages); "Answer / Yes" under a second header row. */
  names: string[];
  /**
   * The word each column's own header cell says: the second header row's cell where there is one
   * ("Yes" under a merged "Answer"), else the name. A Yes / No / N/A tick's mark is this word.
   */
  words: string[];
  /** Header names as compared (`headerKey`). */
  keys: string[];
  caiq: boolean;
  /** The role names are Japanese (a METI-style sheet). */
  japanese: boolean;
}

/**
 * A header cell as compared: NFKC (full-width letters and brackets become ASCII), lower case,
 * without white space, a trailing "(…)" note ("実施有無(○△×-)", "(Optional/Recommended)")
 * or trailing ".:".
 */
export function headerKey(cell: string): string {
  const key = trimTrailing(cell.normalize('NFKC').toLowerCase().replace(/\s+/g, ''), /[.:]/);
  const withoutNote = trimTrailing(key.replace(/\([^()]*\)$/, ''), /[.:]/);
  return withoutNote === '' ? key : withoutNote;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * A header cell holding a Japanese and an English (printable ASCII) name, in either order, apart
 * or joined by a space, a slash, a line break or a middle dot: "項番 No.", "確認事項/Question",
 * "Mark 実施有無".
 */
const ASCII = /[ -~]/;
const NOT_ASCII = /[^ -~]/;
const NAME_SEPARATOR = /[\s/・|]/;

/**
 * The text read as `/^(F+?)[\s/・|]*(S+)$/` reads it, F and S being one-character classes: the
 * shortest first part of F characters, the separators, and a second part of S characters to the
 * end; undefined when the text is not of that shape. Walks the text a fixed number of times
 * where the regular expression, its parts able to take the same characters (a space is both a
 * separator and ASCII), backtracks quadratically on a long run of them.
 */
export function splitNamePair(
  text: string,
  first: RegExp,
  second: RegExp
): [string, string] | undefined {
  const length = text.length;
  let secondStart = length; // the longest run of S characters at the end
  while (secondStart > 0 && second.test(text.charAt(secondStart - 1))) secondStart -= 1;
  if (secondStart === length) return undefined;
  let separatorsStart = secondStart; // separators just before it
  while (separatorsStart > 0 && NAME_SEPARATOR.test(text.charAt(separatorsStart - 1))) {
    separatorsStart -= 1;
  }
  const firstEnd = Math.max(1, separatorsStart);
  for (let index = 0; index < firstEnd; index += 1) {
    if (!first.test(text.charAt(index))) return undefined;
  }
  if (firstEnd >= length) return undefined;
  let secondFrom = firstEnd; // the separators are greedy, leaving S at least one character
  while (secondFrom < length - 1 && NAME_SEPARATOR.test(text.charAt(secondFrom))) secondFrom += 1;
  return [text.slice(0, firstEnd), text.slice(secondFrom)];
}

/** The two names of a bilingual header cell, Japanese then English or English then Japanese. */
function bilingualNames(name: string): { japanese: string; english: string } | undefined {
  const text = name.normalize('NFKC').trim();
  const first = splitNamePair(text, NOT_ASCII, ASCII);
  if (first) return { japanese: headerKey(first[0]), english: headerKey(first[1]) };
  const second = splitNamePair(text, ASCII, NOT_ASCII);
  if (second) return { japanese: headerKey(second[1]), english: headerKey(second[0]) };
  return undefined;
}

/** The role a header cell names: by its whole name, or by both halves of a bilingual cell. */
function roleOf(name: string, key: string): RoleMatch | undefined {
  const whole = ROLE_BY_KEY.get(key);
  if (whole !== undefined) return whole;
  const names = bilingualNames(name);
  if (names === undefined) return undefined;
  const japanese = ROLE_BY_KEY.get(names.japanese);
  if (japanese === undefined || !BILINGUAL_ENGLISH[japanese.role].includes(names.english)) {
    return undefined;
  }
  return japanese;
}

/** A bilingual cell whose English half is "Status": a worded status ("実施状況 Status"). */
function namesStatus(name: string): boolean {
  return bilingualNames(name)?.english === 'status';
}

/** Most cells a header row may have: wider rows are data, not a header. */
export const MAX_HEADER_CELLS = 60;

/** The marker role of each answer a header word stands for (c/checksheetStatus's vocabulary). */
const MARKER_OF_STATUS: Partial<Record<ItemStatus, MarkerRole>> = {
  implemented: 'yes',
  partial: 'partial',
  not_implemented: 'no',
  not_applicable: 'na'
};

/**
 * The marker a header cell names: an answer word of c/checksheetStatus ("Yes", "いいえ", "N/A",
 * "該当なし"), alone or in both languages ("はい Yes"); undefined for any other header.
 */
function markerOf(name: string): MarkerRole | undefined {
  if (name === '' || name.length > 30) return undefined;
  const text = name.normalize('NFKC');
  const whole = statusFromMark(text);
  if (whole !== undefined) return MARKER_OF_STATUS[whole];
  const trimmed = text.trim();
  const halves =
    splitNamePair(trimmed, NOT_ASCII, ASCII) ?? splitNamePair(trimmed, ASCII, NOT_ASCII);
  if (halves === undefined) return undefined;
  const first = statusFromMark(halves[0]);
  return first !== undefined && first === statusFromMark(halves[1])
    ? MARKER_OF_STATUS[first]
    : undefined;
}

/**
 * The Yes / No / N/A marker columns of a header row: side by side, at least two different ones
 * ("Yes | No | N/A", "はい | いいえ"), so that a lone "No." stays the number column. By column.
 */
export function markerColumns(names: readonly string[]): Map<number, MarkerRole> {
  const found = new Map<number, MarkerRole>();
  let run: Array<[number, MarkerRole]> = [];
  const close = (): void => {
    if (new Set(run.map(([, role]) => role)).size >= 2) {
      for (const [index, role] of run) found.set(index, role);
    }
    run = [];
  };
  names.forEach((name, index) => {
    const role = markerOf(name);
    if (role === undefined) close();
    else run.push([index, role]);
  });
  close();
  return found;
}

/**
 * The layout of a header row, or undefined when the row is not one: a header names the question
 * column and at least one more of number, mark, answer.
 */
export function readHeader(cells: readonly string[]): HeaderLayout | undefined {
  if (cells.length > MAX_HEADER_CELLS) return undefined;
  const names = cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
  const keys = names.map(headerKey);
  const found = new Map<number, ColumnRole>(markerColumns(names));
  const matches = names.map((name, index) => {
    if (found.has(index)) return undefined;
    return roleOf(name, keys[index]);
  });
  let question = false;
  // Each role goes to the column with its first-listed name (the leftmost among equals).
  for (const role of ROLE_ORDER) {
    let best = -1;
    matches.forEach((match, index) => {
      if (match?.role !== role || found.has(index)) return;
      if (best < 0 || match.rank < (matches[best] as RoleMatch).rank) best = index;
    });
    if (best >= 0) {
      found.set(best, role as ColumnRole);
      if (role === 'question') question = true;
    }
  }
  // A second column naming the mark, in words ("実施状況 Status" beside "実施有無 Mark").
  const worded = matches.findIndex(
    (match, index) => match?.role === 'mark' && !found.has(index) && namesStatus(names[index])
  );
  if (worded >= 0) found.set(worded, 'mark');
  if (!question || found.size < 2) return undefined;
  const columns: ColumnReading[] = [];
  let width = 0;
  names.forEach((name, index) => {
    if (name !== '') width = index + 1;
  });
  for (let index = 0; index < width; index += 1) {
    const role = found.get(index);
    const header = names[index];
    if (role !== undefined) {
      columns.push({ index, header, role, detected: role, reason: 'header' });
    } else if (header === '') {
      columns.push({ index, header, role: 'answer', detected: 'answer', reason: 'unnamed' });
    } else {
      columns.push({ index, header, role: 'extra', detected: 'extra', reason: 'header' });
    }
  }
  return layoutOf(columns, names, keys, names, {
    caiq: keys.some((key) => CAIQ_KEYS.has(key)),
    japanese: [...found.keys()].some((index) => JAPANESE.test(names[index])),
    worded: worded >= 0 ? worded : undefined
  });
}

/** Roles read from one column only; a second column given one of them is kept as an extra. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'number',
  'section',
  'question',
  ...MARKER_ROLES
]);

/** Longest cell of a second header row ("Yes", "Question ID"); longer cells are data. */
const MAX_SUB_NAME_LENGTH = 40;

/** The role a cell of a second header row names: a marker of a Yes / No / N/A run, or a role. */
function subRoleOf(name: string, markers: ReadonlyMap<number, MarkerRole>, index: number) {
  const marker = markers.get(index);
  if (marker !== undefined) return marker;
  const match = roleOf(name, headerKey(name));
  return match === undefined || match.role === 'wordedMark' ? undefined : match.role;
}

/**
 * The header read over two rows, when `cells` (the row under the header `layout` was read from)
 * is a second header row: a merged "Answer" / "回答" over "Yes | No | N/A", or "Question" over
 * "ID | Text". Such a row has at least two cells naming a role or a marker, only short header-like
 * cells, and text only under a header cell that names nothing or is empty (a merged cell's
 * continuation): a row of data always has text under a named column. Each column takes the role
 * its second-row cell names; a cell naming none keeps the role of the header above it, or of the
 * merged header cell to its left. Undefined when the row is data.
 */
export function readSubHeader(
  layout: HeaderLayout,
  cells: readonly string[]
): HeaderLayout | undefined {
  if (cells.length > MAX_HEADER_CELLS) return undefined;
  const subs = cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
  const markers = markerColumns(subs);
  const roles: Array<ColumnRole | undefined> = [];
  let named = 0;
  for (let index = 0; index < subs.length; index += 1) {
    const sub = subs[index];
    if (sub === '') continue;
    if (sub.length > MAX_SUB_NAME_LENGTH || looksLikeItemNumber(sub)) return undefined;
    const role = subRoleOf(sub, markers, index);
    const above = layout.columns[index];
    if (
      role === undefined &&
      above !== undefined &&
      above.header !== '' &&
      above.role !== 'extra'
    ) {
      return undefined;
    }
    if (role !== undefined) named += 1;
    roles[index] = role;
  }
  if (named < 2) return undefined;
  const width = Math.max(layout.width, subs.length);
  const columns: ColumnReading[] = [];
  const names: string[] = [];
  const words: string[] = [];
  const taken = new Set<ColumnRole>();
  for (const role of roles) if (role !== undefined) taken.add(role);
  let merged: { header: string; role: ColumnRole } | undefined;
  for (let index = 0; index < width; index += 1) {
    const top = layout.columns[index];
    const topHeader = top?.header ?? '';
    const sub = subs[index] ?? '';
    if (topHeader !== '') merged = { header: topHeader, role: top.role };
    else if (sub === '') merged = undefined;
    const over = topHeader !== '' ? topHeader : (merged?.header ?? '');
    const header = over === '' ? sub : sub === '' || sub === over ? over : `${over} / ${sub}`;
    let role = roles[index];
    if (role === undefined && merged !== undefined && (topHeader !== '' || sub !== '')) {
      // The role of the header above, unless a cell of the second row took it.
      role = SINGLE_ROLES.has(merged.role) && taken.has(merged.role) ? 'extra' : merged.role;
      taken.add(role);
    }
    if (role === undefined) role = header === '' ? 'answer' : 'extra';
    const reason = header === '' ? 'unnamed' : 'header';
    columns.push({ index, header, role, detected: role, reason });
    names.push(header);
    words.push(sub === '' ? header : sub);
  }
  while (columns.length > 0 && columns[columns.length - 1].header === '') {
    columns.pop();
    names.pop();
    words.pop();
  }
  const keys = words.map(headerKey);
  return layoutOf(columns, names, keys, words, {
    caiq: layout.caiq || keys.some((key) => CAIQ_KEYS.has(key)),
    japanese: layout.japanese || words.some((word) => JAPANESE.test(word)),
    worded: undefined
  });
}

/** The layout of a table whose columns have these roles. */
function layoutOf(
  columns: ColumnReading[],
  names: string[],
  keys: string[],
  words: string[],
  kind: { caiq: boolean; japanese: boolean; worded: number | undefined }
): HeaderLayout {
  // Every role present from the start, so that all layouts share one object shape.
  const roles: Partial<Record<HeaderRole, number>> = {
    number: undefined,
    question: undefined,
    mark: undefined,
    answer: undefined,
    section: undefined,
    wordedMark: undefined
  };
  const markers: HeaderLayout['markers'] = {
    yes: undefined,
    partial: undefined,
    no: undefined,
    na: undefined
  };
  const extras: HeaderLayout['extras'] = [];
  const appended: number[] = [];
  const repeated: number[] = [];
  const answers: ColumnReading[] = [];
  const marks: number[] = [];
  for (const column of columns) {
    const { index, role } = column;
    if (role === 'ignored') continue;
    if (role === 'extra') {
      extras.push({ index, name: extraName(column, keys[index]) });
    } else if (role === 'answer') {
      answers.push(column);
    } else if (role === 'mark') {
      marks.push(index);
    } else if (role === 'yes' || role === 'partial' || role === 'no' || role === 'na') {
      if (markers[role] === undefined) markers[role] = index;
      else repeated.push(index);
    } else if (SINGLE_ROLES.has(role) && roles[role] === undefined) {
      roles[role] = index;
    } else {
      repeated.push(index);
    }
  }
  // Two mark columns: the worded one ("実施状況 Status") is read when the other is empty.
  if (marks.length > 1 && kind.worded !== undefined && marks.includes(kind.worded)) {
    roles.wordedMark = kind.worded;
    roles.mark = marks.find((index) => index !== kind.worded);
  } else {
    [roles.mark, roles.wordedMark] = marks;
  }
  repeated.push(...marks.filter((index) => index !== roles.mark && index !== roles.wordedMark));
  for (const index of repeated) {
    extras.push({ index, name: extraName(columns[index], keys[index]) });
  }
  extras.sort((a, b) => a.index - b.index);
  // The answer: the first answer column with a header (an unheaded one only adds to it).
  const primary = answers.find((column) => column.reason !== 'unnamed') ?? undefined;
  roles.answer = primary?.index;
  for (const column of answers) {
    if (column !== primary) appended.push(column.index);
  }
  return {
    width: columns.length,
    roles,
    markers,
    extras,
    appended,
    repeated,
    columns,
    names,
    keys,
    words,
    caiq: kind.caiq,
    japanese: kind.japanese
  };
}

/** The name an extra column is kept under: CAIQ's fixed names, the header, or its position. */
function extraName(column: ColumnReading, key: string | undefined): string {
  if (column.header === '') return `Column ${column.index + 1}`;
  return EXTRA_NAMES.get(key ?? '') ?? column.header;
}

/**
 * The layout with some columns given another role (a reviewer's choice in the import wizard).
 * Returns the overrides that name no column a table can have (a negative or fractional index,
 * an unknown role) untouched, for the caller to report.
 */
export function overrideRoles(
  layout: HeaderLayout,
  overrides: ReadonlyArray<{ column: number; role: ColumnRole }>,
  reason: 'override' | 'content' = 'override'
): { layout: HeaderLayout; invalid: Array<{ column: number; role: ColumnRole }> } {
  const invalid: Array<{ column: number; role: ColumnRole }> = [];
  const valid = overrides.filter((override) => {
    const ok =
      Number.isInteger(override.column) &&
      override.column >= 0 &&
      override.column < MAX_HEADER_CELLS &&
      COLUMN_ROLES.includes(override.role);
    if (!ok) invalid.push(override);
    return ok;
  });
  if (valid.length === 0) return { layout, invalid };
  const columns = layout.columns.map((column) => ({ ...column }));
  const width = Math.max(columns.length, ...valid.map((override) => override.column + 1));
  for (let index = columns.length; index < width; index += 1) {
    // Cells beyond the header: appended to the answer unless a role is given.
    columns.push({ index, header: '', role: 'answer', detected: 'answer', reason: 'unnamed' });
  }
  for (const { column, role } of valid) {
    const reading = columns[column];
    if (reason === 'content') {
      // The reader's own choice, from the cells rather than the header.
      reading.detected = role;
      reading.reason = 'content';
    } else if (role !== reading.detected) {
      reading.reason = 'override';
    }
    reading.role = role;
  }
  const names = columns.map((column) => column.header);
  const keys = names.map((name, index) => layout.keys[index] ?? headerKey(name));
  const words = names.map((name, index) => layout.words[index] ?? name);
  return {
    layout: layoutOf(columns, names, keys, words, {
      caiq: layout.caiq,
      japanese: layout.japanese,
      worded: layout.roles.wordedMark
    }),
    invalid
  };
}

/** Longest cell compared as a possible header name; longer cells are data. */
const MAX_NAME_LENGTH = 60;

/**
 * True when a row repeats `header` (PDF pages and pasted sheets repeat the header row): its
 * question column carries the header's question name, and it reads as the same header.
 */
export function repeatsHeader(texts: readonly string[], header: HeaderLayout): boolean {
  const column = header.roles.question as number;
  const text = texts[column] ?? '';
  if (text.length > MAX_NAME_LENGTH || headerKey(text) !== header.keys[column]) {
    return false;
  }
  const repeated = readHeader(texts);
  return repeated !== undefined && sameHeader(repeated, header);
}

/** True when two layouts name the same columns in the same places (a header repeated per page). */
export function sameHeader(a: HeaderLayout, b: HeaderLayout): boolean {
  return (
    a.roles.number === b.roles.number &&
    a.roles.question === b.roles.question &&
    a.roles.mark === b.roles.mark &&
    a.roles.answer === b.roles.answer &&
    a.roles.section === b.roles.section &&
    a.roles.wordedMark === b.roles.wordedMark
  );
}

/** Columns of a revision-history table (版 / 発行日 / 改訂内容; words in ./revisionWords). */
export interface RevisionLayout {
  version: number;
  date?: number;
  description?: number;
}

/** The layout of a revision-history header row, or undefined when the row is not one. */
export function readRevisionHeader(cells: readonly string[]): RevisionLayout | undefined {
  const columns: number[] = [];
  const filled: string[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    columns.push(index);
    filled.push(cell);
  });
  return revisionHeaderOf(columns, filled);
}

/**
 * `readRevisionHeader` of a row given by its cells that are not blank, `filled[i]` in column
 * `columns[i]` (blank cells name nothing): a row of a million cells is read by its filled ones.
 */
export function revisionHeaderOf(
  columns: readonly number[],
  filled: readonly string[]
): RevisionLayout | undefined {
  if (filled.length > 4 || filled.some((cell) => cell.length > 20)) {
    return undefined;
  }
  if (!filled.some((cell) => VERSION_WORD.test(cell))) return undefined;
  const found: Partial<RevisionLayout> = {};
  let named = 0;
  filled.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    named += 1;
    const field = revisionColumnOf(key);
    // In a table "No." is the item number: a version column is named with a version word.
    if (field === 'version' && !VERSION_WORD.test(cell)) return;
    if (field !== undefined && found[field] === undefined) found[field] = columns[index];
  });
  if (found.version === undefined || named > 4) return undefined;
  if (found.date === undefined && found.description === undefined) return undefined;
  return found as RevisionLayout;
}

/**
 * The entry of a revision row read with the layout of its table's header. Without a description
 * column, the row's other filled cells make the description, so no text of the row is dropped.
 */
export function revisionEntry(
  texts: string[],
  layout: RevisionLayout,
  line: number
): RevisionEntry {
  const named = new Set([layout.version, layout.date, layout.description]);
  const description =
    layout.description === undefined
      ? texts.filter((text, index) => text !== '' && !named.has(index)).join(' ')
      : (texts[layout.description] ?? '');
  return {
    version: texts[layout.version] ?? '',
    date: layout.date === undefined ? '' : (texts[layout.date] ?? ''),
    description,
    line
  };
}
