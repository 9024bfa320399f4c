/**
 * Made-up checksheets of made-up vendors, in the shapes the parsers produce: two vendors' METI-style
 * sheets (Japanese) where the second inserts an item and rewords others, an English sheet, and two
 * white papers whose section headings are short.
 */
import type { ChecksheetItem, ParsedChecksheet } from "c/checksheetModel";
import { statusFromMark } from "c/checksheetStatus";

/** [number, section, question, mark, answer] */
export type ItemRow = [string, string, string, string, string];

export function items(rows: readonly ItemRow[]): ChecksheetItem[] {
  return rows.map(([number, section, question, mark, answer], index) => ({
    number,
    section,
    question,
    status: statusFromMark(mark) ?? "none",
    mark,
    answer,
    line: index + 10
  }));
}

export function sheet(
  title: string,
  rows: readonly ItemRow[],
  format: ParsedChecksheet["format"] = "meti"
): ParsedChecksheet {
  const parsed = items(rows);
  return {
    title,
    version: "1.0",
    format,
    encoding: "utf-8",
    preamble: "",
    sections: [],
    items: parsed,
    revisions: [],
    diagnostics: [],
    lines: {
      total: parsed.length,
      accounted: parsed.length,
      items: parsed.length,
      sections: 0,
      preamble: 0,
      revisions: 0,
      diagnostics: 0
    },
    fileName: `${title}.txt`
  };
}

/** Hoshizora Cloud, checksheet 1.0. */
export const HOSHIZORA: ItemRow[] = [
  [
    "1-1",
    "1 組織",
    "情報セキュリティに関する基本方針を策定し、経営層が承認していること。",
    "○",
    "基本方針を策定し、取締役会で承認しています。"
  ],
  [
    "1-2",
    "1 組織",
    "情報セキュリティ責任者を任命し、その役割を明確にしていること。",
    "○",
    "CISOを任命しています。"
  ],
  [
    "2-1",
    "2 人的管理",
    "従業員に対して年1回以上の情報セキュリティ教育を実施していること。",
    "○",
    "全従業員にeラーニングを実施しています。"
  ],
  [
    "2-2",
    "2 人的管理",
    "退職者のアカウントを速やかに無効化していること。",
    "△",
    "退職日の翌営業日までに無効化しています。"
  ],
  [
    "3-1",
    "3 技術的管理",
    "利用者データを保存時に暗号化していること。",
    "○",
    "AES-256で暗号化しています。"
  ],
  [
    "3-2",
    "3 技術的管理",
    "通信経路をTLS 1.2以上で暗号化していること。",
    "○",
    "TLS 1.2以上のみ受け付けます。"
  ],
  [
    "3-3",
    "3 技術的管理",
    "利用者データのバックアップを毎日取得し、復元手順を定期的に検証していること。",
    "○",
    "日次でバックアップを取得しています。"
  ],
  [
    "4-1",
    "4 運用管理",
    "サーバーの稼働状況を常時監視し、障害の発生時には利用者へ通知していること。",
    "○",
    "24時間365日監視しています。"
  ],
  [
    "4-2",
    "4 運用管理",
    "アクセスログを1年以上保管していること。",
    "×",
    "ログは90日間保管しています。"
  ],
  [
    "4-3",
    "4 運用管理",
    "セキュリティインシデント発生時の連絡窓口と対応手順を定めていること。",
    "○",
    "窓口を定めています。"
  ]
];

/**
 * Kumo Works, checksheet 2.0: inserts a new item 3-2 (multi-factor authentication), so that
 * Hoshizora's 3-2 and 3-3 are its 3-3 and 3-4; rewords 1-1, 2-1, 4-1 and 4-2; has no 1-2; adds 5-1.
 */
export const KUMO: ItemRow[] = [
  [
    "1-1",
    "1 組織",
    "情報セキュリティ基本方針を定め、経営層の承認を得ていること。",
    "○",
    "基本方針は経営会議で承認されています。"
  ],
  [
    "2-1",
    "2 人的管理",
    "全ての従業員に、年1回以上の情報セキュリティ教育を行っていること。",
    "△",
    "一部の従業員が未受講です。"
  ],
  [
    "2-2",
    "2 人的管理",
    "退職者のアカウントを速やかに無効化していること。",
    "○",
    "退職日に無効化しています。"
  ],
  [
    "3-1",
    "3 技術的管理",
    "利用者データを保存時に暗号化していること。",
    "○",
    "AES-256で暗号化しています。"
  ],
  [
    "3-2",
    "3 技術的管理",
    "管理者アカウントに多要素認証を必須としていること。",
    "○",
    "必須です。"
  ],
  [
    "3-3",
    "3 技術的管理",
    "通信経路を TLS1.2 以上で暗号化していること",
    "○",
    "TLS 1.3にも対応しています。"
  ],
  [
    "3-4",
    "3 技術的管理",
    "利用者データのバックアップを毎日取得し、復元手順を定期的に検証していること。",
    "○",
    "日次でバックアップを取得しています。"
  ],
  [
    "4-1",
    "4 運用管理",
    "サーバーの稼働状況を常に監視し、障害発生時は利用者に通知すること。",
    "○",
    "常時監視しています。"
  ],
  [
    "4-2",
    "4 運用管理",
    "アクセスログを12か月以上保管していること。",
    "○",
    "13か月保管しています。"
  ],
  [
    "4-3",
    "4 運用管理",
    "セキュリティインシデント発生時の連絡窓口と対応手順を定めていること。",
    "○",
    "窓口を定めています。"
  ],
  [
    "5-1",
    "5 法令",
    "個人情報の取り扱いに関する社内規程を整備していること。",
    "○",
    "プライバシーポリシーを公開しています。"
  ]
];

/** An English sheet of a made-up vendor. */
export const NIMBUS: ItemRow[] = [
  [
    "A-01",
    "Governance",
    "Do you maintain an information security policy approved by management?",
    "Yes",
    "Reviewed yearly."
  ],
  [
    "A-02",
    "Governance",
    "Is security awareness training provided to all employees at least annually?",
    "Yes",
    ""
  ],
  ["B-01", "Data", "Is customer data encrypted at rest?", "Yes", "AES-256."],
  [
    "B-02",
    "Data",
    "Are backups taken daily and restores tested?",
    "No",
    "Weekly backups."
  ],
  [
    "C-01",
    "Operations",
    "Do you retain audit logs for at least one year?",
    "N/A",
    ""
  ]
];

/** The same questions reworded by another made-up vendor, in another order, plus one new one. */
export const STRATUS: ItemRow[] = [
  [
    "1",
    "Policy",
    "Does management approve your information security policy?",
    "Yes",
    ""
  ],
  ["2", "Data", "Is all customer data encrypted while at rest?", "Yes", ""],
  [
    "3",
    "People",
    "Do all employees receive security awareness training at least annually?",
    "No",
    ""
  ],
  [
    "4",
    "Operations",
    "Are audit logs retained for at least one year?",
    "Yes",
    ""
  ],
  ["5", "Operations", "Do you operate a public bug bounty programme?", "No", ""]
];

/** A white paper of a made-up product: short headings, the answer is the section body. */
export const AOZORA_PAPER: ItemRow[] = [
  [
    "1.1",
    "1 はじめに",
    "本書の目的",
    "",
    "本書は、当社が提供するサービスAozoraのセキュリティへの取り組みを説明するものです。"
  ],
  [
    "2.1",
    "2 セキュリティへの取り組み",
    "認証取得",
    "",
    "当社はISO/IEC 27001の認証を取得しています。"
  ],
  [
    "2.2",
    "2 セキュリティへの取り組み",
    "データの保管場所",
    "",
    "お客様のデータは国内のデータセンターに保管されます。"
  ],
  [
    "2.3",
    "2 セキュリティへの取り組み",
    "ログの取り扱い",
    "",
    "アクセスログを収集し、1年間保存しています。"
  ],
  [
    "2.4",
    "2 セキュリティへの取り組み",
    "障害発生時の対応",
    "",
    "障害発生時はお知らせページとメールで通知いたします。"
  ],
  [
    "2.5",
    "2 セキュリティへの取り組み",
    "脆弱性への対応",
    "",
    "脆弱性情報を定期的に収集し、修正を適用しています。"
  ]
];

/** Another made-up product's white paper: same topics, other headings, other order. */
export const MIDORI_PAPER: ItemRow[] = [
  [
    "1",
    "はじめに",
    "このドキュメントについて",
    "",
    "このドキュメントは、Midoriのセキュリティへの取り組みを説明するものです。"
  ],
  [
    "2",
    "セキュリティ",
    "第三者認証",
    "",
    "ISO/IEC 27001およびISO/IEC 27017の認証を取得しています。"
  ],
  [
    "3",
    "セキュリティ",
    "インシデント発生時の対応",
    "",
    "インシデント発生時はお知らせページとメールで通知いたします。"
  ],
  [
    "4",
    "セキュリティ",
    "ログに関する情報",
    "",
    "アクセスログを収集し、12か月間保存しています。"
  ],
  [
    "5",
    "セキュリティ",
    "脆弱性の管理",
    "",
    "脆弱性情報を収集し、速やかに修正を適用しています。"
  ],
  ["6", "セキュリティ", "料金", "", "料金はお問い合わせください。"]
];
