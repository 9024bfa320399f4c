/**
 * Inputs made to find a parser's worst case, for `npm run bench` and the property tests: each
 * shape is a small but real document (a METI sheet or a numbered white paper) with one part
 * grown to a given number of characters — a line of one character after a section number, deep
 * HTML nesting in a cell, long runs of quotes, tabs or entities, thousands of marks in one cell,
 * one huge cell, a row of thousands of columns. A parser that is linear reads each of them at
 * about the speed per MB of an ordinary sheet; one regular expression that backtracks, or one
 * rescan of a line per character, shows as a time per MB hundreds of times higher.
 */

export interface PathologicalShape {
  name: string;
  /** The document, its grown part about `size` characters long. */
  text: (size: number) => string;
}

const METI_HEADER = '項番\t確認事項\t実施有無\t備考';

/** A METI sheet of a few items, one of whose cells is `cell` (in the column `column`). */
function metiWith(cell: string, column: 'question' | 'mark' | 'answer'): string {
  const row = {
    question: `1-2\t${cell}\t○\t対応済み`,
    mark: `1-2\t管理者アカウントを管理しているか。\t${cell}\t対応済み`,
    answer: `1-2\t管理者アカウントを管理しているか。\t○\t${cell}`
  }[column];
  return [
    'チェックシート',
    METI_HEADER,
    '1 組織の管理\t\t\t',
    '1-1\t情報セキュリティ方針を定めているか。\t○\t定めています。',
    row,
    '1-3\t委託先を管理しているか。\t×\t予定しています。',
    ''
  ].join('\n');
}

/** A numbered white paper in which the line `line` stands between two ordinary sections. */
function paperWith(line: string): string {
  return [
    '# セキュリティホワイトペーパー',
    '',
    '1 はじめに',
    '',
    '本書は当社のクラウドサービスのセキュリティについて説明します。',
    '',
    line,
    '',
    '2 アクセス制御',
    '',
    '管理者アカウントは多要素認証で保護しています。',
    ''
  ].join('\n');
}

function times(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** The shapes, each named for what it stresses. */
export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: 'number + spaces', text: (size) => paperWith(`1.1${times(' ', size)}`) },
  { name: 'number + spaces + text', text: (size) => paperWith(`1.1${times(' ', size)}x`) },
  { name: 'number + dots', text: (size) => paperWith(`1.1${times('.', size)}`) },
  { name: 'number + dots + text', text: (size) => paperWith(`1.1 目次${times('.', size)}x`) },
  { name: 'number + dashes', text: (size) => paperWith(`1-1${times('-', size)}`) },
  {
    name: 'number + ideographic spaces',
    text: (size) => paperWith(`1.1${times('\u3000', size)}x`)
  },
  { name: 'heading + hashes', text: (size) => paperWith(`# 1.1${times(' #', size)} x`) },
  { name: 'bold markers', text: (size) => paperWith(`**1.1 ${times('*', size)}`) },
  { name: 'list + spaces', text: (size) => paperWith(`-${times(' ', size)}1.1`) },
  { name: 'chapter + spaces', text: (size) => paperWith(`第${times(' ', size)}x`) },
  { name: 'table of contents leaders', text: (size) => paperWith(`1.1 目次${times(' .', size)}`) },
  { name: 'pipes', text: (size) => paperWith(`|${times(' |', size)}`) },
  { name: 'brackets in a body line', text: (size) => paperWith(`本文 ${times('[', size)}`) },
  { name: 'links in a body line', text: (size) => paperWith(`本文 ${times('[a](', size)}`) },
  {
    name: 'revision row + spaces',
    text: (size) => paperWith(`【改訂履歴】\n1.0 2024/04/01${times(' ', size)}\u2028x`)
  },
  {
    name: 'tags in the title line',
    text: (size) => `${times('<a', size)}\n${metiWith('x', 'answer')}`
  },
  {
    name: 'version + spaces',
    text: (size) => `バージョン${times(' ', size)}x\n${metiWith('x', 'answer')}`
  },
  {
    name: 'bilingual header + spaces',
    text: (size) => `項番${times(' /', size)}No.\t確認事項\t実施有無\t備考\n1-1\tq\t○\tx\n`
  },
  {
    name: 'number + spaces (sheet)',
    text: (size) => metiWith(`1-1${times(' ', size)}`, 'question')
  },
  { name: 'tabs after a number', text: (size) => `${METI_HEADER}\n1-1${times('\t', size)}x\n` },
  { name: 'many columns', text: (size) => `${METI_HEADER}\n1-1${times('\t○', size)}\n` },
  {
    name: 'many header columns',
    text: (size) => `項番${times('\t確認事項', size)}\n1-1\tq\t○\t\n`
  },
  {
    name: 'quotes (CSV)',
    text: (size) => `項番,確認事項,実施有無,備考\n1-1,"${times('""', size)}",○,x\n`
  },
  {
    name: 'unclosed quote (CSV)',
    text: (size) => `項番,確認事項,実施有無,備考\n1-1,"${times('a,', size)}\n`
  },
  { name: 'quotes (TSV)', text: (size) => metiWith(times('"', size), 'answer') },
  {
    name: 'deep HTML nesting',
    text: (size) => metiWith(`${times('<div>', size / 2)}x${times('</div>', size / 2)}`, 'answer')
  },
  {
    name: 'nested links',
    text: (size) =>
      metiWith(`${times('<a href="u">x', size / 2)}${times('</a>', size / 2)}`, 'answer')
  },
  {
    name: 'nested lists',
    text: (size) =>
      metiWith(`${times('<ul><li>○ ', size / 2)}${times('</li></ul>', size / 2)}`, 'answer')
  },
  { name: 'unclosed tags', text: (size) => metiWith(`<p>${times('<b ', size)}`, 'answer') },
  { name: 'entities', text: (size) => metiWith(`<p>${times('&amp;', size)}</p>`, 'answer') },
  { name: 'ampersands', text: (size) => metiWith(`<p>${times('&', size)}`, 'answer') },
  { name: 'marks in one cell', text: (size) => metiWith(times('○', size), 'mark') },
  { name: 'marks and spaces in one cell', text: (size) => metiWith(times('○ ', size), 'mark') },
  {
    name: 'huge single cell',
    text: (size) => metiWith(times('管理者アカウントを管理しています。', size), 'answer')
  },
  { name: 'huge cell of spaces', text: (size) => metiWith(`x${times(' ', size)}x`, 'answer') }
];
