/**
 * Made-up vendors' checksheets for the comparison tests: three vendors answering overlapping
 * questions, and two versions of one vendor's sheet.
 */
import type { ChecksheetItem, ParsedChecksheet } from "c/checksheetModel";
import { statusFromMark } from "c/checksheetStatus";

/** [number, question, mark, answer] */
export type Row = [string, string, string, string];

export function sheet(title: string, rows: readonly Row[]): ParsedChecksheet {
  const items: ChecksheetItem[] = rows.map(
    ([number, question, mark, answer], index) => ({
      number,
      section: "",
      question,
      status: statusFromMark(mark) ?? "none",
      mark,
      answer,
      line: index + 5
    })
  );
  return {
    title,
    version: "1.0",
    format: "meti",
    encoding: "utf-8",
    preamble: "",
    sections: [],
    items,
    revisions: [],
    diagnostics: [],
    lines: {
      total: items.length,
      accounted: items.length,
      items: items.length,
      sections: 0,
      preamble: 0,
      revisions: 0,
      diagnostics: 0
    },
    fileName: `${title.toLowerCase()}.txt`
  };
}

export const ALPHA: Row[] = [
  ["1", "情報セキュリティ基本方針を策定していること。", "○", "策定済み"],
  [
    "2",
    "従業員に情報セキュリティ教育を年1回実施していること。",
    "○",
    "eラーニングで実施"
  ],
  ["3", "利用者データを保存時に暗号化していること。", "○", "AES-256"],
  ["4", "アクセスログを1年以上保管していること。", "×", "90日間保管"]
];

/** Beta lacks nothing of Alpha's, and adds multi-factor authentication as its item 3. */
export const BETA: Row[] = [
  ["1", "情報セキュリティ基本方針を策定していること。", "○", "策定済み。"],
  [
    "2",
    "従業員に情報セキュリティ教育を年1回実施していること。",
    "△",
    "一部未受講"
  ],
  ["3", "管理者アカウントに多要素認証を必須としていること。", "○", "必須"],
  ["4", "利用者データを保存時に暗号化していること。", "○", "AES-128"],
  ["5", "アクセスログを1年以上保管していること。", "×", "90日間保管"]
];

/** Gamma words things its own way, has no training item, and adds a penetration test. */
export const GAMMA: Row[] = [
  ["A", "情報セキュリティ基本方針を策定していること", "○", "策定済み"],
  ["B", "管理者アカウントには多要素認証を必須にしていること。", "○", "必須"],
  ["C", "利用者データを保存時に暗号化していること。", "○", "AES-256"],
  ["D", "アクセスログを１年以上保管していること。", "-", "対象外"],
  ["E", "第三者による脆弱性診断を年1回受けていること。", "○", "年1回"]
];

/** Alpha's next version of its sheet. */
export const ALPHA_V2: Row[] = [
  ["1", "情報セキュリティ基本方針を 策定していること。", "○", "策定済み"],
  ["2", "管理者アカウントに多要素認証を必須としていること。", "○", "必須"],
  [
    "3",
    "従業員に情報セキュリティ教育を年1回実施していること。",
    "○",
    "eラーニングで実施"
  ],
  [
    "4",
    "利用者データを保存時に暗号化していること。",
    "○",
    "AES-256（鍵は年1回更新）"
  ],
  [
    "5",
    "クラウドサービスの契約終了時にデータが削除されること。",
    "○",
    "30日以内に削除"
  ],
  ["6", "脆弱性診断を年1回受けていること。", "△", "計画中"]
];

/** Alpha's older sheet with the items its next version changes. */
export const ALPHA_V1: Row[] = [
  ...ALPHA,
  [
    "5",
    "クラウドサービスの契約終了時にデータが消去されること。",
    "○",
    "30日以内に削除"
  ],
  ["6", "脆弱性診断を年1回受けていること。", "×", ""]
];
