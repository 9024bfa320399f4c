/**
 * Made-up METI-style checksheets for the benchmark: deterministic (seeded), realistic in shape
 * (title, version, preamble, header row, chapter and sub-chapter rows, items with Japanese questions
 * of varied length, marks, remarks), and large; and a Japanese/English pair of questionnaires about
 * the same controls, worded from the topic taxonomy's phrasings.
 */
import type { ChecksheetItem } from 'c/checksheetModel';
import { statusFromMark } from 'c/checksheetStatus';
import { TOPICS } from 'c/checksheetTopics';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

const SUBJECTS = [
  'クラウドサービス利用者の情報',
  '従業員のアカウント',
  '管理者アカウント',
  'アクセスログ',
  'バックアップデータ',
  'ネットワーク機器',
  'オペレーティングシステム',
  'アプリケーション',
  '暗号鍵',
  '記録媒体',
  '委託先',
  'データセンター',
  '開発環境',
  '本番環境',
  'ソースコード',
  '認証情報',
  '個人データ',
  '監査ログ',
  '運用手順書',
  'インシデント対応手順',
  '脆弱性情報',
  'パッチ',
  'ファイアウォールの設定',
  '特権ID',
  'リモートアクセス',
  'モバイル端末',
  '電子メール',
  'API',
  '利用者の設定情報',
  '障害情報',
  '契約書',
  'サービスレベル',
  '物理的な入退室',
  'クロック',
  'ウイルス対策ソフト',
  '外部記憶媒体',
  '情報資産の目録',
  'セキュリティ教育',
  '退職者のアカウント',
  '取引先との通信経路',
  '無線LAN',
  'サーバールーム',
  '業務委託契約',
  '構成管理データベース',
  '変更管理の記録',
  '容量計画',
  '事業継続計画',
  '災害復旧手順',
  'ペネトレーションテストの結果',
  'セキュアコーディング規約',
  'テストデータ',
  'ログの改ざん防止策',
  '時刻同期',
  '多要素認証',
  'パスワードポリシー',
  '鍵の世代管理',
  '仮想マシンのイメージ',
  'コンテナレジストリ',
  'CDNの設定',
  'DNSレコード',
  '証明書の有効期限',
  '利用規約',
  'プライバシーポリシー',
  '苦情窓口',
  'サポート窓口',
  '監査報告書',
  '内部通報制度',
  '知的財産権',
  '輸出管理',
  '準拠法',
  'データの保管場所',
  'データの返却手順'
];

const QUALIFIERS = [
  '定期的に',
  '年1回以上',
  '四半期ごとに',
  '変更の都度',
  '速やかに',
  '文書化した手順に従って',
  '経営陣の承認を得て',
  '責任者を定めて',
  '第三者の評価を受けて',
  '自動化された仕組みで',
  '二名以上で',
  '記録を残して',
  '利用者に通知したうえで',
  'リスク評価に基づいて',
  '業界標準に沿って',
  '最小権限の原則に従い',
  '職務を分離して',
  '外部の専門家と協力して',
  '監査証跡を残して',
  '事前に影響を評価して'
];

const ACTIONS = [
  '確認すること',
  '暗号化すること',
  '取得し保管すること',
  '監視すること',
  '見直すこと',
  '削除すること',
  '無効化すること',
  '検証すること',
  '制限すること',
  '分離すること',
  '記録すること',
  '通知すること',
  '教育すること',
  '管理すること',
  '評価すること',
  '保護すること',
  '更新すること',
  '承認すること',
  '報告すること',
  '棚卸しすること',
  'バックアップを取得すること',
  'アクセスを制御すること',
  '変更を追跡すること'
];

/** Sentence shapes of the generated questions; {s} subject, {q} qualifier, {o} object, {a} action. */
const TEMPLATES = [
  '{s}について、{q}{o}との関係を{a}。',
  '{s}は、{q}{a}。また、{o}についても同様に{a}。',
  '{q}{s}の状態を把握し、{o}と照合して{a}。',
  '{s}に関する{o}の取り扱いを定め、{q}{a}。',
  '{o}を用いる場合、{s}を{q}{a}。'
];

const CLAUSES = [
  'また、その結果を記録すること。',
  '問題が発見された場合は是正措置を講じること。',
  '必要に応じて利用者に報告すること。',
  'その手順を文書化し、関係者に周知すること。',
  '例外を認める場合は承認を得ること。',
  '保管期間を定め、期間経過後は廃棄すること。'
];

const MARKS = ['○', '○', '○', '○', '△', '×', '-', ''];

const REMARKS = [
  '当社の情報セキュリティ管理規程に従い実施しております。',
  'ISMSの規程で定められた内容に従って運用しております。',
  '本事項についてはクラウド基盤事業者の管理範囲となっております。',
  '年次の内部監査で確認しております。',
  '該当する機能を提供しておりません。',
  '詳細はホワイトペーパーをご参照ください。'
];

/** One question of varied length: a template filled with subject, qualifier, object and action, and 0-2 clauses. */
export function question(random: Random): string {
  let text = pick(random, TEMPLATES)
    .replace('{s}', pick(random, SUBJECTS))
    .replace('{q}', pick(random, QUALIFIERS))
    .replace('{o}', pick(random, SUBJECTS))
    .replace(/\{a\}/gu, pick(random, ACTIONS));
  const clauses = Math.floor(random() * 3);
  for (let i = 0; i < clauses; i += 1) text += pick(random, CLAUSES);
  return text;
}

/** A reworded form of a question: other sentence ending and particles, sometimes a clause dropped. */
export function reword(random: Random, text: string): string {
  let out = text.replace(/すること。/u, 'していること。');
  const clause = CLAUSES.find((c) => out.includes(c));
  if (clause && random() < 0.5) out = out.replace(clause, '');
  if (random() < 0.5) {
    const qualifier = QUALIFIERS.find((q) => out.includes(q));
    if (qualifier) out = out.replace(qualifier, pick(random, QUALIFIERS));
  }
  return out.replace('について、', 'に関して、').replace('を用いる場合', 'を利用するとき');
}

function remark(random: Random): string {
  const parts = 1 + Math.floor(random() * 3);
  return Array.from({ length: parts }, () => pick(random, REMARKS)).join(' ');
}

export interface GeneratedSheet {
  text: string;
  itemCount: number;
}

/**
 * A METI-style checksheet of `itemCount` items as tab-separated text, the shape vendors send:
 * title, version, preamble, 項番/確認事項/実施有無/備考 header, chapter rows ("3 人的資産"),
 * sub-chapter rows ("3-1 雇用前") and items ("3-1-4", tab, question, tab, mark, tab, remarks).
 */
export function generateMetiText(itemCount: number, seed = 1): GeneratedSheet {
  const random = randomGenerator(seed);
  const lines = [
    'ベンチマーク株式会社 セキュリティチェックシート (経産省版)',
    '',
    'バージョン : 3.2',
    '',
    '- ◆本チェックシートは当社が提供するクラウドサービスについて安全・信頼性に係る情報を記載したものです。',
    '- ◆本チェックシートは、改善のために予告なく変更することがあります。',
    '',
    '認証番号：XX-0000、認証規格：ISO/IEC27001：2013',
    '',
    '項番\t確認事項\t実施有無\t備考'
  ];
  let written = 0;
  for (let chapter = 1; written < itemCount; chapter += 1) {
    lines.push(`${chapter} ${pick(random, SUBJECTS)}の管理\t\t\t`);
    const subchapters = 1 + Math.floor(random() * 4);
    for (let sub = 1; sub <= subchapters && written < itemCount; sub += 1) {
      const nested = subchapters > 1;
      if (nested) lines.push(`${chapter}-${sub} ${pick(random, SUBJECTS)}\t\t\t`);
      const count = 5 + Math.floor(random() * 40);
      for (let n = 1; n <= count && written < itemCount; n += 1) {
        written += 1;
        const number = nested ? `${chapter}-${sub}-${n}` : `${chapter}-${n}`;
        const mark = pick(random, MARKS);
        lines.push(`${number}\t${question(random)}\t${mark}\t${remark(random)}`);
      }
    }
  }
  lines.push('', '【改訂履歴】', '版\t発行日\t改訂内容', '1.0\t2024/04/01\t制定');
  return { text: lines.join('\n') + '\n', itemCount: written };
}

function item(number: string, text: string, random: Random): ChecksheetItem {
  const mark = pick(random, MARKS);
  return {
    number,
    section: '',
    question: text,
    status: statusFromMark(mark) ?? 'none',
    mark,
    answer: remark(random),
    line: 0
  };
}

/**
 * Two versions of a sheet for the alignment benchmark: `itemCount` items, and a second version
 * in which about 5% of the items are new (inserted, shifting the numbers after them), 5% are
 * gone and 10% are reworded. `origin` gives, for each item of the newer version, the index of the
 * older item it came from (-1 for a new one): the right answer an alignment should find.
 */
export function generateVersionPair(
  itemCount: number,
  seed = 7
): { older: ChecksheetItem[]; newer: ChecksheetItem[]; origin: number[] } {
  const random = randomGenerator(seed);
  const questions = Array.from({ length: itemCount }, () => question(random));
  const older = questions.map((text, i) => item(`${i + 1}`, text, random));
  const newer: ChecksheetItem[] = [];
  const origin: number[] = [];
  questions.forEach((text, index) => {
    const roll = random();
    if (roll < 0.05) {
      newer.push(item(`${newer.length + 1}`, question(random), random));
      origin.push(-1);
    }
    if (roll >= 0.05 && roll < 0.1) return;
    const written = roll >= 0.1 && roll < 0.2 ? reword(random, text) : text;
    newer.push(item(`${newer.length + 1}`, written, random));
    origin.push(index);
  });
  return { older, newer, origin };
}

/**
 * Bilingual sentence parts for the cross-language pair: [Japanese, English], none of them a
 * taxonomy term, so that only the topic terms say what an item is about.
 */
const BILINGUAL_QUALIFIERS: readonly [string, string][] = [
  ['定期的に', 'regularly'],
  ['年1回以上', 'at least once a year'],
  ['四半期ごとに', 'every quarter'],
  ['文書化した手順に従って', 'following a documented procedure'],
  ['責任者の承認を得て', 'with the approval of a responsible manager'],
  ['自動化された仕組みで', 'with automated tooling'],
  ['二名以上で', 'with two people'],
  ['業界標準に沿って', 'in line with industry practice']
];

const BILINGUAL_ACTIONS: readonly [string, string][] = [
  ['見直すこと', 'review'],
  ['評価すること', 'assess'],
  ['文書化すること', 'document'],
  ['検証すること', 'verify'],
  ['承認すること', 'approve'],
  ['確認すること', 'check'],
  ['報告すること', 'report on'],
  ['改善すること', 'improve']
];

/** A term of a topic as it would be written in a sentence: without the prefix mark `*`. */
function written(term: string): string {
  return term.endsWith('*') ? term.slice(0, -1) : term;
}

function bilingualItem(
  number: string,
  text: string,
  random: Random,
  japanese: boolean
): ChecksheetItem {
  const mark = japanese ? pick(random, MARKS) : pick(random, ['Yes', 'No', 'N/A', 'Partial']);
  return {
    number,
    section: '',
    question: text,
    status: statusFromMark(mark) ?? 'none',
    mark,
    answer: japanese ? remark(random) : 'See our security overview.',
    line: 0
  };
}

/** One control in both languages: one or two topics, each worded with its own terms per language. */
function bilingualQuestion(random: Random): [string, string] {
  const first = pick(random, TOPICS);
  const second = random() < 0.5 ? pick(random, TOPICS) : undefined;
  const [qualifierJa, qualifierEn] = pick(random, BILINGUAL_QUALIFIERS);
  const [actionJa, actionEn] = pick(random, BILINGUAL_ACTIONS);
  const subjectJa = written(pick(random, first.ja));
  const subjectEn = written(pick(random, first.en));
  if (!second) {
    return [
      `${subjectJa}について、${qualifierJa}${actionJa}。`,
      `Do you ${actionEn} ${subjectEn} ${qualifierEn}?`
    ];
  }
  return [
    `${subjectJa}と${written(pick(random, second.ja))}について、${qualifierJa}${actionJa}。`,
    `Do you ${actionEn} ${subjectEn} and ${written(pick(random, second.en))} ${qualifierEn}?`
  ];
}

/**
 * A Japanese questionnaire and an English one about the same controls, for the cross-language
 * accuracy figure: each control is one or two topics of the taxonomy (c/checksheetTopics), worded
 * with a Japanese term in one sheet and an English term in the other, so the sheets share no
 * wording. The English sheet keeps the order but numbers its own way ("Q1"…); about 5% of its
 * items are new and 5% of the Japanese ones have no counterpart. `origin` gives, for each English
 * item, the index of its Japanese counterpart (-1 for a new one).
 */
export function generateCrossLanguagePair(
  itemCount: number,
  seed = 11
): { japanese: ChecksheetItem[]; english: ChecksheetItem[]; origin: number[] } {
  const random = randomGenerator(seed);
  const controls = Array.from({ length: itemCount }, () => bilingualQuestion(random));
  const japanese = controls.map(([ja], i) =>
    bilingualItem(`${Math.floor(i / 20) + 1}-${(i % 20) + 1}`, ja, random, true)
  );
  const english: ChecksheetItem[] = [];
  const origin: number[] = [];
  controls.forEach(([, en], index) => {
    const roll = random();
    if (roll < 0.05) {
      english.push(
        bilingualItem(`Q${english.length + 1}`, bilingualQuestion(random)[1], random, false)
      );
      origin.push(-1);
    }
    if (roll >= 0.05 && roll < 0.1) return;
    english.push(bilingualItem(`Q${english.length + 1}`, en, random, false));
    origin.push(index);
  });
  return { japanese, english, origin };
}

/**
 * `sheets` vendors' answers to one questionnaire of `itemCount` items, as the compare view gets
 * them: each sheet drops ~5% of the questions, adds ~5% of its own, rewords ~10% and answers ~15%
 * with another status; numbered in its own order. Ids are unique across the sheets.
 */
export function generateSheetFamily(
  itemCount: number,
  sheets: number,
  seed = 5
): (ChecksheetItem & { id: string })[][] {
  const random = randomGenerator(seed);
  const questions = Array.from({ length: itemCount }, () => question(random));
  const statuses = ['implemented', 'partial', 'not_implemented', 'not_applicable'] as const;
  return Array.from({ length: sheets }, (_, sheet) => {
    const items: (ChecksheetItem & { id: string })[] = [];
    const add = (text: string): void => {
      const status = random() < 0.15 ? statuses[Math.floor(random() * 4)] : 'implemented';
      items.push({
        id: `s${sheet}-${items.length + 1}`,
        number: `${Math.floor(items.length / 20) + 1}-${(items.length % 20) + 1}`,
        section: `${Math.floor(items.length / 20) + 1} 管理策`,
        question: text,
        status,
        mark: status === 'implemented' ? '○' : status === 'partial' ? '△' : '×',
        answer:
          random() < 0.3
            ? `${text.slice(0, 12)}について当社独自に対応しております（${sheet + 1}）。`
            : `${text.slice(0, 12)}について対応しております。`,
        line: items.length + 1
      });
    };
    for (const text of questions) {
      const roll = random();
      if (roll < 0.05) add(question(random));
      if (roll >= 0.05 && roll < 0.1) continue;
      add(roll >= 0.1 && roll < 0.2 ? reword(random, text) : text);
    }
    return items;
  });
}
