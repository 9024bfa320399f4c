/**
 * Single lines of white papers: which are headings, which are revision rows, what body text reads as.
 */
import { bodyLineText } from '../markdownText';
import { isRevisionHeaderRow, isRevisionHeading, readRevisionRow } from '../revisionHistory';
import { compareParts, isNextInSequence, readHeadingCandidate } from '../sectionHeadings';

describe('readHeadingCandidate', () => {
  test.each([
    ['### 2.1 アカウント管理', 'markdown', 3, '2.1', 'アカウント管理'],
    ['## はじめに', 'markdown', 2, '', 'はじめに'],
    ['## 2 セキュリティへの取り組み ##', 'markdown', 2, '2', 'セキュリティへの取り組み'],
    ['# 1. Introduction', 'markdown', 1, '1', 'Introduction'],
    [
      '- 2.5 特権的なユーティリティプログラムの使用  ',
      'list',
      0,
      '2.5',
      '特権的なユーティリティプログラムの使用'
    ],
    ['**2.1 Account management**', 'bold', 0, '2.1', 'Account management'],
    ['第2章 セキュリティへの取り組み', 'chapter', 0, '2', 'セキュリティへの取り組み'],
    ['Section 3: Operations', 'chapter', 0, '3', 'Operations'],
    ['2.13 ログに関する情報', 'bare', 0, '2.13', 'ログに関する情報'],
    ['２．１３　ログに関する情報', 'bare', 0, '2.13', 'ログに関する情報'],
    ['1-2 内部組織', 'bare', 0, '1-2', '内部組織'],
    ['1．はじめに', 'bare', 0, '1', 'はじめに'],
    ['2.1. Purpose', 'bare', 0, '2.1', 'Purpose'],
    ['1.1 目的 ………… 3', 'bare', 0, '1.1', '目的'],
    ['3.2 Do you perform penetration tests?', 'bare', 0, '3.2', 'Do you perform penetration tests?']
  ])('%j is a %s heading', (line, style, level, number, title) => {
    expect(readHeadingCandidate(line)).toMatchObject({
      style,
      level,
      number,
      title
    });
  });

  test.each([
    ['1.0\t2023/07/04\t制定', 'a table row'],
    ['2.5 倍の速度で動作します。', 'a sentence'],
    ['1.0 2023/07/04 制定', 'a revision row written with spaces'],
    ['99.9 % uptime', 'a figure'],
    ['3.1 See https://example.com', 'a line with an address'],
    ['- 1 item', 'a one-level list item'],
    ['**Note**', 'bold text without a number'],
    ['2024年11月15日 Ver 1.0', 'a date'],
    ['1.1 Purpose:', 'a line ending in a colon'],
    ['1.5GB of storage', 'a quantity'],
    ['plain text', 'text']
  ])('%j is not a heading (%s)', (line) => {
    expect(readHeadingCandidate(line)).toBeUndefined();
  });

  test('numbers split into parts', () => {
    expect(readHeadingCandidate('1-2-3 深い項目')?.parts).toEqual([1, 2, 3]);
  });
});

describe('outline numbering', () => {
  test.each([
    [undefined, [1], true],
    [undefined, [1, 1], true],
    [[2, 3], [2, 4], true],
    [[2, 3], [2, 3, 1], true],
    [[2, 3], [3], true],
    [[2, 3], [3, 1], true],
    [[2, 3], [2, 5], false],
    [[2, 3], [2, 3], false],
    [[2, 3], [2, 2], false],
    [[2, 3], [3, 2], false],
    [[2, 3], [], false]
  ])('after %j, %j follows: %s', (previous, next, expected) => {
    expect(isNextInSequence(previous, next)).toBe(expected);
  });

  test('outline order: 2.9 before 2.10, parent before child', () => {
    expect(compareParts([2, 9], [2, 10])).toBe(-1);
    expect(compareParts([2, 10], [2, 9])).toBe(1);
    expect(compareParts([2], [2, 1])).toBe(-1);
    expect(compareParts([2, 1], [2, 1])).toBe(0);
  });
});

describe('revision history lines', () => {
  test.each([
    '【改訂履歴】',
    '**【改訂履歴】**',
    '## Revision history',
    '変更履歴',
    '[Change log]'
  ])('%j opens a revision history', (line) => {
    expect(isRevisionHeading(line)).toBe(true);
  });

  test('a sentence mentioning the history does not', () => {
    expect(isRevisionHeading('本書の改訂履歴は以下のとおりです。')).toBe(false);
  });

  test.each(['Ver.\t発行日\t改訂内容', '版\t日付\t内容', '| Version | Date | Changes |'])(
    '%j is a revision header row',
    (line) => {
      expect(isRevisionHeaderRow(line)).toBe(true);
    }
  );

  test('a glossary header is not', () => {
    expect(isRevisionHeaderRow('用語\t定義')).toBe(false);
  });

  test.each([
    ['1.0\t2023/07/04\t制定', { version: '1.0', date: '2023/07/04', description: '制定' }],
    [
      '1.1 2023/11/01 URL を変更',
      { version: '1.1', date: '2023/11/01', description: 'URL を変更' }
    ],
    [
      '| 3.0 | 2025-05-01 | Rewritten |',
      { version: '3.0', date: '2025-05-01', description: 'Rewritten' }
    ],
    ['第2版\t2024年1月5日\t改訂', { version: '2', date: '2024年1月5日', description: '改訂' }],
    ['Ver.1.2\t改訂のみ', { version: '1.2', date: '', description: '改訂のみ' }]
  ])('%j is a revision row', (line, row) => {
    expect(readRevisionRow(line)).toEqual(row);
  });

  test.each(['本書の改訂履歴は以下のとおりです。', 'Ver.\t発行日\t改訂内容', '1.1 URL を変更'])(
    '%j is not a revision row',
    (line) => {
      expect(readRevisionRow(line)).toBeUndefined();
    }
  );
});

describe('bodyLineText', () => {
  test.each([
    ['<https://example.com/a>', 'https://example.com/a'],
    ['[security@example.com](mailto:security@example.com) まで', 'security@example.com まで'],
    [
      '[https://example.com/a\\\\_b.htm](https://example.com/a_b.htm)',
      'https://example.com/a_b.htm'
    ],
    ['[Guide](https://example.com/guide "title")', 'Guide (https://example.com/guide)'],
    ['![diagram](img.png)', 'diagram'],
    ['**重要** 1\\. 手順', '重要 1. 手順'],
    ['text with hard break  ', 'text with hard break'],
    ['text with backslash break\\', 'text with backslash break'],
    ['---', ''],
    ['* * *', ''],
    ['#### 補足', '補足'],
    ['- 箇条書き', '- 箇条書き'],
    ['用語\t定義', '用語\t定義']
  ])('%j reads %j', (line, text) => {
    expect(bodyLineText(line)).toBe(text);
  });

  test('HTML fragments become plain text', () => {
    expect(bodyLineText('<ul><li>暗号化</li><li>監査</li></ul>')).toBe('暗号化\n監査');
    expect(bodyLineText('A &amp; B')).toBe('A & B');
  });
});
