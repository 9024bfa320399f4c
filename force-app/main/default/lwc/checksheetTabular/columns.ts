/**
 * The header row of a checksheet table: which column holds the 項番, the 確認事項, the 実施有無
 * mark and the 備考, in Japanese or English, whatever the case, spacing or width of the letters,
 * and in bilingual cells that give both names ("項番 No.", "確認事項 / Question").
 */
import type { RevisionEntry } from 'c/checksheetModel';

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
  number: ['項番', 'no', '#', 'id', 'questionid', '番号', '項目番号', '管理番号', '通番'],
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
    'control'
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
    '状態'
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
  section: ['セクション', 'section'],
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

/** What a header row says about its table. */
export interface HeaderLayout {
  /** Cells up to the last named one. */
  width: number;
  roles: Partial<Record<HeaderRole, number>>;
  /** Named columns with no role: kept in `item.extra` under `name`. */
  extras: Array<{ index: number; name: string }>;
  /** Header names as written (for messages). */
  names: string[];
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
  const key = cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[.:]+$/, '');
  const withoutNote = key.replace(/\([^()]*\)$/, '').replace(/[.:]+$/, '');
  return withoutNote === '' ? key : withoutNote;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * A header cell holding a Japanese and an English (printable ASCII) name, in either order, apart
 * or joined by a space, a slash, a line break or a middle dot: "項番 No.", "確認事項/Question",
 * "Mark 実施有無".
 */
const JAPANESE_THEN_ENGLISH = /^([^ -~]+?)[\s/・|]*([ -~]+)$/;
const ENGLISH_THEN_JAPANESE = /^([ -~]+?)[\s/・|]*([^ -~]+)$/;

/** The Japanese and the English name of a bilingual header cell, as compared (`headerKey`). */
function bilingualNames(name: string): { japanese: string; english: string } | undefined {
  const text = name.normalize('NFKC').trim();
  const first = JAPANESE_THEN_ENGLISH.exec(text);
  if (first) return { japanese: headerKey(first[1]), english: headerKey(first[2]) };
  const second = ENGLISH_THEN_JAPANESE.exec(text);
  if (second) return { japanese: headerKey(second[2]), english: headerKey(second[1]) };
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
const MAX_HEADER_CELLS = 60;

/**
 * The layout of a header row, or undefined when the row is not one: a header names the question
 * column and at least one more of number, mark, answer.
 */
export function readHeader(cells: readonly string[]): HeaderLayout | undefined {
  if (cells.length > MAX_HEADER_CELLS) return undefined;
  const names = cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
  const keys = names.map(headerKey);
  // Every role present from the start, so that all layouts share one object shape.
  const roles: Partial<Record<HeaderRole, number>> = {
    number: undefined,
    question: undefined,
    mark: undefined,
    answer: undefined,
    section: undefined,
    wordedMark: undefined
  };
  const matches = names.map((name, index) => roleOf(name, keys[index]));
  const taken = new Set<number>();
  // Each role goes to the column with its first-listed name (the leftmost among equals).
  for (const role of ROLE_ORDER) {
    let best = -1;
    matches.forEach((match, index) => {
      if (match?.role !== role || taken.has(index)) return;
      if (best < 0 || match.rank < (matches[best] as RoleMatch).rank) best = index;
    });
    if (best >= 0) {
      roles[role] = best;
      taken.add(best);
    }
  }
  // A second column naming the mark, in words ("実施状況 Status" beside "実施有無 Mark").
  const worded = matches.findIndex(
    (match, index) => match?.role === 'mark' && !taken.has(index) && namesStatus(names[index])
  );
  if (worded >= 0) {
    roles.wordedMark = worded;
    taken.add(worded);
  }
  if (roles.question === undefined || taken.size < 2) return undefined;
  const extras: Array<{ index: number; name: string }> = [];
  let width = 0;
  names.forEach((name, index) => {
    if (name === '') return;
    width = index + 1;
    if (!taken.has(index)) {
      extras.push({ index, name: EXTRA_NAMES.get(keys[index]) ?? name });
    }
  });
  return {
    width,
    roles,
    extras,
    names,
    keys,
    caiq: keys.some((key) => CAIQ_KEYS.has(key)),
    japanese: [...taken].some((index) => JAPANESE.test(names[index]))
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

/** Columns of a revision-history table (版 / 発行日 / 改訂内容). */
export interface RevisionLayout {
  version: number;
  date?: number;
  description?: number;
}

const REVISION_NAMES: ReadonlyArray<[keyof RevisionLayout, readonly string[]]> = [
  ['version', ['版', '版数', 'ver', 'version', 'バージョン', 'rev', 'revision', '改版']],
  ['date', ['発行日', '改訂日', '改定日', '更新日', '日付', 'date']],
  [
    'description',
    ['改訂内容', '改定内容', '変更内容', '更新内容', '内容', 'description', 'changes']
  ]
];

/** Every version column name holds one of these (checked before the full comparison). */
const VERSION_WORD = /版|バージョン|ver|rev/i;

/** The layout of a revision-history header row, or undefined when the row is not one. */
export function readRevisionHeader(cells: readonly string[]): RevisionLayout | undefined {
  const filled = cells.filter((cell) => cell.trim() !== '');
  if (filled.length > 4 || filled.some((cell) => cell.length > 20)) {
    return undefined;
  }
  if (!filled.some((cell) => VERSION_WORD.test(cell))) return undefined;
  const found: Partial<RevisionLayout> = {};
  let named = 0;
  cells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    named += 1;
    for (const [field, names] of REVISION_NAMES) {
      if (found[field] === undefined && names.includes(key)) found[field] = index;
    }
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
