/**
 * The one vocabulary of revision histories (【改訂履歴】, "Revision history": Ver. / 発行日 /
 * 改訂内容), used by the tabular reader (a revision table above or inside a checksheet's table, or
 * on a workbook's cover) and by the section parser (a history at the end of a white paper) alike:
 * the titles a history is headed with and the header words of its columns, compared as
 * `headerKey` compares header cells (NFKC, lower case, no spaces, no trailing "." or ":").
 */

export type RevisionColumn = 'version' | 'date' | 'description';

/** Titles of a revision history, compared without brackets, case or spacing. */
const TITLES: readonly string[] = [
  '改訂履歴',
  '改版履歴',
  '変更履歴',
  '更新履歴',
  '版数履歴',
  '版歴',
  'revision history',
  'change history',
  'document history',
  'change log',
  'changelog'
];

/** Header words of each column of a revision table. */
const COLUMN_WORDS: Readonly<Record<RevisionColumn, readonly string[]>> = {
  version: [
    '版',
    '版数',
    'ver',
    'version',
    'バージョン',
    'rev',
    'revision',
    '改版',
    '改訂版数',
    // A "No." column numbers a history's rows only where nothing else is a table (see VERSION_WORD).
    'no'
  ],
  date: ['発行日', '改訂日', '改定日', '改版日', '更新日', '日付', '年月日', 'date'],
  description: [
    '改訂内容',
    '改定内容',
    '改版内容',
    '変更内容',
    '更新内容',
    '内容',
    '概要',
    'description',
    'changes',
    'change',
    'summary',
    'details'
  ]
};

const COLUMN_BY_WORD: ReadonlyMap<string, RevisionColumn> = new Map(
  (Object.keys(COLUMN_WORDS) as RevisionColumn[]).flatMap((column) =>
    COLUMN_WORDS[column].map((word): [string, RevisionColumn] => [word, column])
  )
);

/**
 * What a version column's header holds in a checksheet's table, where "No." is the item number:
 * a revision table there needs one of these words.
 */
export const VERSION_WORD = /版|バージョン|ver|rev/i;

/** The revision column a header key (`headerKey`) names, or undefined. */
export function revisionColumnOf(key: string): RevisionColumn | undefined {
  return COLUMN_BY_WORD.get(key);
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

/** Longest text compared with the titles (the longest title, in brackets, with spaces). */
const TITLE_MAX_LENGTH = 40;
const OPENING_BRACKETS = '【[(（';
const CLOSING_BRACKETS = '】])）';

/**
 * True when the text (a line as plain text) is the title of a revision history, maybe in
 * brackets: 【改訂履歴】, [Change log], (Revision history). Longer texts are never compared, and
 * the brackets are cut by position, not by a pattern that would rescan a long run of spaces.
 */
export function isRevisionTitle(text: string): boolean {
  let inner = text.trim();
  if (inner.length > TITLE_MAX_LENGTH) return false;
  inner = inner.normalize('NFKC');
  if (OPENING_BRACKETS.includes(inner.charAt(0))) inner = inner.slice(1).trimStart();
  if (inner !== '' && CLOSING_BRACKETS.includes(inner.charAt(inner.length - 1))) {
    inner = inner.slice(0, -1).trimEnd();
  }
  return TITLE_SET.has(inner.toLowerCase().replace(/\s+/g, ' '));
}
