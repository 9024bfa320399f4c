/**
 * Japanese rules: the phrases of 備考 that say who does an item, and those that take back a mark.
 * Syntax of a phrase: see ./rules. Order matters: where two finds overlap, the earlier rule wins,
 * so specific phrases (当社の管理範囲) come before general ones (の管理範囲). Every rule has a test
 * with an answer of its own in __tests__/rules.test.ts.
 */
import type { FlagRule, ResponsibilityRule, RuleTable } from './rules';

const RESPONSIBILITY: readonly ResponsibilityRule[] = [
  {
    id: 'ja.customer.responsibility',
    decides: 'customer',
    weight: 'says',
    phrases: [
      '利用者側の責任',
      '利用者の責任',
      '利用者様の責任',
      'お客様の責任',
      'お客様側の責任',
      'お客様ご自身',
      'お客様自身',
      'お客様側で',
      'お客様にて',
      '利用者側で',
      '利用者にて',
      'お客様が設定',
      'お客様で設定',
      'お客様の管理範囲',
      '利用者の管理範囲'
    ],
    why: 'The answer hands the item to the customer: their responsibility, or something they do themselves.'
  },
  {
    id: 'ja.vendor.ownScope',
    decides: 'vendor',
    weight: 'says',
    phrases: ['当社の管理範囲', '弊社の管理範囲', '当社の責任', '弊社の責任'],
    why: 'The vendor names itself as the one in charge; listed before the platform rules so that "の管理範囲" after 当社 is not read as a platform.'
  },
  {
    id: 'ja.shared.model',
    decides: 'shared',
    weight: 'says',
    phrases: ['責任共有モデルに準じ', '責任共有モデルに基づ', '双方の責任', '共同で責任'],
    why: 'The answer points to a shared-responsibility split rather than to one party.'
  },
  {
    id: 'ja.platform.managedScope',
    decides: 'platform',
    weight: 'says',
    phrases: ['{party}の管理範囲', 'の管理範囲'],
    why: '"Xの管理範囲" says the item is within X\'s remit, not the vendor\'s; without a name before it (クラウド基盤事業者の管理範囲) it still delegates.'
  },
  {
    id: 'ja.platform.responsibility',
    decides: 'platform',
    weight: 'says',
    phrases: ['{party}の責任範囲', '{party}の責任とな', '{party}の責任で', '{party}が責任を'],
    why: 'A named party other than the vendor carries the responsibility.'
  },
  {
    id: 'ja.platform.follows',
    decides: 'platform',
    weight: 'says',
    phrases: [
      '{party}に準じ',
      '{party}に準拠',
      '{party}の…に準じ',
      '{party}の…に準拠',
      '{party}の…に従'
    ],
    why: '"Xに準じます" / "Xの…ガイドに従って": the answer follows what the platform does or prescribes instead of describing a control of its own.'
  },
  {
    id: 'ja.platform.delegated',
    decides: 'platform',
    weight: 'says',
    phrases: [
      '{party}を通じて行われ',
      '{party}を通じて提供',
      '{party}に委託',
      '{party}に委ね',
      '{party}側で管理',
      '{party}が管理',
      '{party}の標準機能',
      '{party}の機能を利用'
    ],
    why: 'The item is carried out through, or handed to, the named party.'
  },
  {
    id: 'ja.platform.becauseRunsOn',
    decides: 'platform',
    weight: 'says',
    phrases: [
      '{party}上で動作するため',
      '{party}上で動作しているため',
      '{party}上で稼働するため',
      '{party}で動作するため'
    ],
    why: '"X上で動作するため、対象外": running on X is given as the reason the item is not the vendor\'s.'
  },
  {
    id: 'ja.platform.companyActs',
    decides: 'platform',
    weight: 'says',
    reach: 'sentence',
    phrases: ['{party}社では', '{party}社にて', '{party}社が'],
    why: 'Another company is the subject of the sentence: it, not the vendor, does what follows.'
  },
  {
    id: 'ja.platform.runsOn',
    decides: 'platform',
    weight: 'context',
    phrases: [
      '{party}上で動作',
      '{party}上で稼働',
      '{party}上で提供',
      '{party}上に構築',
      '{party}で動作',
      '{party}で稼働'
    ],
    why: 'Where the service runs. Only context: a vendor that runs on Salesforce may still do the item itself, so it decides only when the answer says nothing else.'
  },
  {
    id: 'ja.platform.builtOn',
    decides: 'platform',
    weight: 'context',
    phrases: [
      '{party}にて構築',
      '{party}にて…構築',
      '{party}で構築',
      '{party}にて運用',
      '{party}で運用',
      '{party}の…で構築',
      '{party}を採用',
      '{party}をプラットフォーム',
      '{party}を基盤',
      '{party}経由'
    ],
    why: 'The infrastructure the service is built on or reached through; context, like ja.platform.runsOn.'
  },
  {
    id: 'ja.vendor.subject',
    decides: 'vendor',
    weight: 'says',
    reach: 'sentence',
    phrases: ['当社では', '弊社では', '当社は', '弊社は', '当社にて', '弊社にて'],
    why: 'The vendor is the subject of what follows in its sentence; it also ends the reach of another company named earlier in the sentence ("サイボウズ社では…、弊社では…").'
  },
  {
    id: 'ja.vendor.acts',
    decides: 'vendor',
    weight: 'says',
    phrases: [
      'ております',
      'ています',
      'いたします',
      '行います',
      '実施します',
      '通知します',
      '告知します',
      '提供します',
      '管理します',
      '取得します',
      '保管します',
      '記録します',
      '確認します',
      'しました',
      '実施済'
    ],
    why: 'A polite predicate of doing ("定めております", "通知いたします", "告知します"): the vendor describes its own action. Ignored in a clause that names another party, so "Salesforceの管理範囲となっております" stays the platform\'s. Bare "します" is not listed: "存在します" (it exists) is no action.'
  }
];

const FLAGS: readonly FlagRule[] = [
  {
    id: 'ja.hedge.concessive',
    cue: 'hedge',
    phrases: ['ませんが', 'ていないが', 'ございませんが'],
    why: '"…しておりませんが、…": the answer admits what is not done before saying what is done instead. Listed first, so a denial followed by が is a hedge, never a contradiction.'
  },
  {
    id: 'ja.hedge.planned',
    cue: 'hedge',
    phrases: [
      '予定です',
      '予定であり',
      '予定しております',
      '予定しています',
      '予定となっております',
      '予定。',
      'を予定',
      '検討中',
      '検討しております',
      '検討しています',
      '準備中',
      '計画中',
      '整備中',
      '対応中',
      '移行中',
      '今後対応',
      '今後、対応',
      '今後実施',
      '今後、実施'
    ],
    why: 'A plan or work in progress is not an implementation. "予定日" (a scheduled date) is not a plan: only the predicate forms are listed.'
  },
  {
    id: 'ja.hedge.irregular',
    cue: 'hedge',
    phrases: [
      '不定期',
      '定期的ではありません',
      '定期的には行っておりません',
      '定期的には実施しておりません'
    ],
    why: 'The control exists but not on the regular schedule the question asks for.'
  },
  {
    id: 'ja.hedge.exception',
    cue: 'hedge',
    phrases: [
      'その限りではありません',
      'この限りではありません',
      'その限りではございません',
      '原則として',
      '原則、',
      '場合があります',
      '場合がございます'
    ],
    why: 'An exception or a "may": the commitment does not hold in every case.'
  },
  {
    id: 'ja.hedge.partial',
    cue: 'hedge',
    phrases: ['一部のみ', '一部を除', '一部対応', '一部実施', '部分的', '限定的'],
    why: 'Only part of what the item asks is covered.'
  },
  {
    id: 'ja.hedge.withheld',
    cue: 'hedge',
    phrases: ['非公開', '非対応', 'ベストエフォート', '努めております', '可能な限り', 'できる限り'],
    why: 'Results withheld, a request not supported, or only a best effort.'
  },
  {
    id: 'ja.denial.any',
    cue: 'denial',
    echoes: '*',
    phrases: [
      '^いいえ',
      '未実施',
      '未対応',
      '実施しておりません',
      '実施していません',
      '対応しておりません',
      '対応していません',
      '導入しておりません',
      '導入していません'
    ],
    why: 'A flat "not done": whatever the item asks, a ○ beside it is contradicted.'
  },
  {
    id: 'ja.denial.provide',
    cue: 'denial',
    echoes: '提供',
    otherwise: 'hedged',
    phrases: ['提供しておりません', '提供していません', '提供しません', '提供はしておりません'],
    why: 'Not provided: contradicts a ○ when the item asks for it to be provided, otherwise a gap the answer admits.'
  },
  {
    id: 'ja.denial.disclose',
    cue: 'denial',
    echoes: '明示',
    otherwise: 'hedged',
    phrases: ['明示しておりません', '明示していません', '開示しておりません', '開示していません'],
    why: 'Not disclosed: contradicts a ○ on an item that asks for disclosure (明示すること).'
  },
  {
    id: 'ja.denial.publish',
    cue: 'denial',
    echoes: '公開',
    otherwise: 'hedged',
    phrases: ['公開しておりません', '公開していません', '発行しておりません', '発行していません'],
    why: 'Not published or issued: a document or report the reviewer will not get.'
  },
  {
    id: 'ja.denial.document',
    cue: 'denial',
    echoes: '文書化',
    otherwise: 'hedged',
    phrases: [
      '文書化しておりません',
      '文書化していません',
      '規定しておりません',
      '規定していません',
      '定めておりません',
      '定めていません'
    ],
    why: 'No written procedure or rule: contradicts an item that asks for one to be documented.'
  },
  {
    id: 'ja.denial.notDone',
    cue: 'denial',
    otherwise: 'hedged',
    phrases: ['は行っておりません', 'は行っていません', 'はしておりません', 'はしていません'],
    why: '"Xは行っておりません": some part of what the item asks is not done. Which part is named before は, so it never contradicts on its own.'
  },
  {
    id: 'ja.denial.notHeld',
    cue: 'denial',
    echoes: '取得',
    otherwise: 'none',
    phrases: ['取得しておりません', '取得していません', '保存しておりません', '保存していません'],
    why: '"We hold no customer data" is usually reassurance, not a gap; it contradicts only an item that asks for something to be obtained (バックアップを取得すること).'
  },
  {
    id: 'ja.affirmation.done',
    cue: 'affirmation',
    phrases: ['ております', 'ています', '実施済', '対応済', '導入済', '実施中'],
    why: 'The answer describes something in place. With × and no negative wording anywhere, the mark and the text disagree.'
  },
  {
    id: 'ja.negation.any',
    cue: 'negation',
    phrases: ['ません', 'ない', 'なし', '無し', '未', '不可', '非'],
    why: 'Any negative wording: a × answer that says what is not done, even beside what is done, is consistent.'
  },
  {
    id: 'ja.naOnly.words',
    cue: 'naOnly',
    phrases: [
      '対象外です',
      '対象外',
      '該当しません',
      '該当なし',
      '該当無し',
      '非該当',
      'なし',
      '無し',
      'です',
      'ございません'
    ],
    why: 'Words that only repeat "not applicable": "-" with nothing but these has no reason.'
  }
];

export const JAPANESE_RULES: RuleTable = {
  language: 'ja',
  responsibility: RESPONSIBILITY,
  flags: FLAGS
};
