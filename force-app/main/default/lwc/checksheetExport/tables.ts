/**
 * The tables a reviewer exports: one checksheet, a side-by-side comparison, a version diff.
 * Headers are bilingual ("項番 No."), so that one file serves Japanese and English readers.
 */
import type { ItemStatus } from "c/checksheetStatus";
import { STATUS_LABELS } from "c/checksheetStatus";
import type { ParsedChecksheet } from "c/checksheetModel";

export const CHECKSHEET_HEADER: readonly string[] = [
  "項番 No.",
  "セクション Section",
  "確認事項 Question",
  "実施状況 Status",
  "記号 Mark",
  "備考 Answer",
  "行 Line"
];

/** "一部実施 Partial": the status in both languages. */
export function statusLabel(status: ItemStatus): string {
  const label = STATUS_LABELS[status];
  return `${label.ja} ${label.en}`;
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
