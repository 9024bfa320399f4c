/**
 * Sample workbooks of made-up vendors, written with SheetJS when they are needed (by the tests,
 * by `npm run samples`, by the import wizard's end-to-end test) instead of kept as binaries in
 * git: the rows below are the sample, readable and reviewable.
 */
import * as XLSX from '@e965/xlsx';

/** The file name of the workbook with two question sheets. */
export const TWO_QUESTION_SHEETS = 'tsubame-cloud-two-sheets.xlsx';

interface SampleSheet {
  name: string;
  rows: unknown[][];
  hidden?: boolean;
}

/**
 * Tsubame Cloud (つばめクラウド株式会社, made up): a cover with a revision history, instructions,
 * a hidden list sheet behind the drop-downs, and two question tabs (organisational and technical
 * controls, 3 items each) — the shape of the workbooks Japanese vendors send.
 */
const TWO_SHEETS: readonly SampleSheet[] = [
  {
    name: '表紙',
    rows: [
      ['つばめクラウド セキュリティチェックシート'],
      ['つばめクラウド株式会社（架空の会社です）'],
      ['バージョン 2.0'],
      [],
      ['版', '発行日', '改訂内容'],
      ['1.0', '2024/10/01', '初版'],
      ['2.0', '2025/10/01', '技術的対策のシートを追加']
    ]
  },
  {
    name: '記入要領',
    rows: [['実施有無には ○（実施）△（一部実施）×（未実施）-（対象外）を記入してください。']]
  },
  { name: '選択肢', rows: [['○'], ['△'], ['×'], ['-']], hidden: true },
  {
    name: '組織的対策',
    rows: [
      ['項番', '確認事項', '実施有無', '備考'],
      ['1 組織'],
      [
        '1-1',
        '情報セキュリティ基本方針を定めていること。',
        '○',
        '取締役会で承認し公開しています。'
      ],
      ['1-2', '情報セキュリティの責任者を任命していること。', '○', 'CISO を任命しています。'],
      ['1-3', '委託先を定期的に評価していること。', '△', '主要な委託先のみ年1回評価しています。']
    ]
  },
  {
    name: '技術的対策',
    rows: [
      ['項番', '確認事項', '実施有無', '備考'],
      ['2 技術'],
      ['2-1', '保存データを暗号化していること。', '○', 'AES-256 で暗号化しています。'],
      ['2-2', '管理者に多要素認証を必須としていること。', '×', '2026年度に導入予定です。'],
      ['2-3', 'オンプレミスの機器を施錠管理していること。', '-', 'オンプレミスの機器はありません。']
    ]
  }
];

/** The bytes of the Tsubame Cloud workbook with two question sheets. */
export function twoQuestionSheetsWorkbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of TWO_SHEETS) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheet.rows), sheet.name);
  }
  book.Workbook = {
    Sheets: TWO_SHEETS.map((sheet) => ({ name: sheet.name, Hidden: sheet.hidden ? 1 : 0 }))
  };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

/** The file name of the in-house sheet answered with ticks under a two-row header. */
export const TWO_ROW_HEADER = 'minato-file-two-row-header.xlsx';

/**
 * Minato File (みなと計算センター株式会社, made up): an in-house questionnaire whose header spans
 * two rows — 質問 merged over 番号 | 内容, 回答 merged over はい | いいえ | 該当なし, 分類 and 備考
 * merged down both rows — answered with a tick (●, ✓, X) under one of the three answer columns.
 */
const TWO_ROW_HEADER_ROWS: readonly unknown[][] = [
  ['みなとファイル便 セキュリティ確認書'],
  ['みなと計算センター株式会社（架空の会社です）　第3版'],
  [],
  ['分類', '質問', '', '回答', '', '', '備考'],
  ['', '番号', '内容', 'はい', 'いいえ', '該当なし', ''],
  [
    '組織',
    'Q1',
    '情報セキュリティ方針を文書化していますか。',
    '●',
    '',
    '',
    '年1回見直しています。'
  ],
  ['組織', 'Q2', '委託先と秘密保持契約を結んでいますか。', '●', '', '', ''],
  ['技術', 'Q3', '通信を暗号化していますか。', '✓', '', '', 'TLS 1.2 以上のみ許可しています。'],
  ['技術', 'Q4', '管理者の操作ログを1年以上保存していますか。', '', 'X', '', '現在は90日間です。'],
  [
    '物理',
    'Q5',
    '自社でデータセンターを運用していますか。',
    '',
    '',
    'X',
    'クラウド基盤を利用しています。'
  ]
];

/** The bytes of the Minato File workbook with its two-row header (cells merged as Excel does). */
export function twoRowHeaderWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(TWO_ROW_HEADER_ROWS as unknown[][]);
  sheet['!merges'] = [
    { s: { r: 3, c: 0 }, e: { r: 4, c: 0 } },
    { s: { r: 3, c: 1 }, e: { r: 3, c: 2 } },
    { s: { r: 3, c: 3 }, e: { r: 3, c: 5 } },
    { s: { r: 3, c: 6 }, e: { r: 4, c: 6 } }
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '確認書');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

/** Every generated sample, by file name. */
export const GENERATED_SAMPLES: Readonly<Record<string, () => Uint8Array>> = {
  [TWO_QUESTION_SHEETS]: twoQuestionSheetsWorkbook,
  [TWO_ROW_HEADER]: twoRowHeaderWorkbook
};
