/**
 * The tables a reviewer exports: one checksheet, a side-by-side comparison, a version diff.
 * Headers are bilingual ("項番 No."), so that one file serves Japanese and English readers.
 */
import type { ItemStatus } from 'c/checksheetStatus';
import { STATUS_LABELS } from 'c/checksheetStatus';
import type { ParsedChecksheet } from 'c/checksheetModel';
import type {
  ChangedField,
  Comparison,
  DifferenceClass,
  VersionChange,
  VersionDiff
} from 'c/checksheetCompare';

/**
 * The Japanese half of each header is the METI checksheet's own column name (項番, 確認事項,
 * 実施有無, 備考), so that an exported sheet reads like the documents reviewers receive.
 */
export const CHECKSHEET_HEADER: readonly string[] = [
  '項番 No.',
  'セクション Section',
  '確認事項 Question',
  '実施状況 Status',
  '実施有無 Mark',
  '備考 Answer',
  '行 Line'
];

/** "一部実施 Partial": the status in both languages. */
export function statusLabel(status: ItemStatus): string {
  const label = STATUS_LABELS[status];
  return `${label.ja} ${label.en}`;
}

/** The reviewed checksheet: what the vendor answered, and what the reviewer decided of it. */
export const REVIEW_HEADER: readonly string[] = [
  '項番 No.',
  'セクション Section',
  '確認事項 Question',
  '実施状況 Status',
  '実施有無 Mark',
  '備考 Answer',
  '訂正 Corrected',
  '判定 Verdict',
  'コメント Comment',
  '未完了のフォローアップ Open follow-ups'
];

/** One reviewed item as exported; the verdict already in the reviewer's words. */
export interface ReviewRow {
  number: string;
  section: string;
  question: string;
  status: ItemStatus;
  mark: string;
  answer: string;
  /** Who corrected how the item was read, when, and what the document said; '' when never. */
  corrected: string;
  verdict: string;
  comment: string;
  /** Each open follow-up Task as one line ("subject (due 2026-12-15)"). */
  followUps: readonly string[];
}

/** One row per reviewed item, after a header row; follow-ups one per line in their cell. */
export function reviewTable(rows: readonly ReviewRow[]): string[][] {
  return [
    [...REVIEW_HEADER],
    ...rows.map((row) => [
      row.number,
      row.section,
      row.question,
      statusLabel(row.status),
      row.mark,
      row.answer,
      row.corrected,
      row.verdict,
      row.comment,
      row.followUps.join('\n')
    ])
  ];
}

/** One row per item, after a header row. */
export function checksheetTable(parsed: ParsedChecksheet): string[][] {
  return [
    [...CHECKSHEET_HEADER],
    ...parsed.items.map((item) => [
      item.number,
      item.section,
      item.question,
      statusLabel(item.status),
      item.mark,
      item.answer,
      String(item.line)
    ])
  ];
}

export const DIFFERENCE_LABELS: Readonly<Record<DifferenceClass, string>> = {
  same: '同一 Same',
  status: '実施状況の差異 Status differs',
  answer: '備考の差異 Answer differs',
  missing: '項目なし Missing'
};

/**
 * A side-by-side comparison: question and section, then for each sheet its number, status, mark
 * and answer (empty where the sheet has no such item), then how the row differs. Column groups
 * are headed by the sheet labels: `labels` when given, else the comparison's own.
 */
export function comparisonTable(
  comparison: Comparison,
  labels: readonly string[] = comparison.labels
): string[][] {
  const sheetCount = comparison.labels.length;
  const labelOf = (index: number): string => labels[index] ?? comparison.labels[index];
  const header = ['セクション Section', '確認事項 Question'];
  for (let index = 0; index < sheetCount; index += 1) {
    const label = labelOf(index);
    header.push(
      `${label} 項番 No.`,
      `${label} 実施状況 Status`,
      `${label} 実施有無 Mark`,
      `${label} 備考 Answer`
    );
  }
  header.push('差異 Difference');
  return [
    header,
    ...comparison.rows.map((row) => {
      const cells: string[] = [row.section, row.question];
      for (let index = 0; index < sheetCount; index += 1) {
        const cell = row.cells[index] ?? null;
        cells.push(
          ...(cell
            ? [cell.number, statusLabel(cell.status), cell.mark, cell.answer]
            : ['', '', '', ''])
        );
      }
      cells.push(DIFFERENCE_LABELS[row.difference]);
      return cells;
    })
  ];
}

export const CHANGE_LABELS: Readonly<Record<VersionChange, string>> = {
  added: '追加 Added',
  removed: '削除 Removed',
  changed: '変更 Changed',
  unchanged: '変更なし Unchanged'
};

export const FIELD_LABELS: Readonly<Record<ChangedField, string>> = {
  question: '確認事項 Question',
  status: '実施状況 Status',
  mark: '実施有無 Mark',
  answer: '備考 Answer'
};

export const DIFF_HEADER: readonly string[] = [
  '変更 Change',
  '旧項番 Old No.',
  '新項番 New No.',
  '番号変更 Renumbered',
  '変更箇所 Changed fields',
  'セクション Section',
  '確認事項 Question',
  '旧実施状況 Old status',
  '新実施状況 New status',
  '旧実施有無 Old mark',
  '新実施有無 New mark',
  '旧備考 Old answer',
  '新備考 New answer'
];

/** A version diff, one row per entry in the diff's order; the newer wording of a question wins. */
export function diffTable(diff: VersionDiff): string[][] {
  return [
    [...DIFF_HEADER],
    ...diff.entries.map((entry) => {
      const { older, newer } = entry;
      const current = newer ?? older;
      return [
        CHANGE_LABELS[entry.change],
        older?.number ?? '',
        newer?.number ?? '',
        entry.renumbered ? 'はい Yes' : '',
        entry.fields.map((field) => FIELD_LABELS[field]).join('; '),
        current?.section ?? '',
        current?.question ?? '',
        older ? statusLabel(older.status) : '',
        newer ? statusLabel(newer.status) : '',
        older?.mark ?? '',
        newer?.mark ?? '',
        older?.answer ?? '',
        newer?.answer ?? ''
      ];
    })
  ];
}
