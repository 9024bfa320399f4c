/**
 * Labelled alignment pairs for calibrating the alignment in both languages: four made-up vendors'
 * questionnaires about the same security controls, written independently in the way real sheets
 * word them — two Japanese (Tsubame Cloud's 確認事項 in the METI style, Hibari Works' question
 * list), two English (Lark Analytics' questionnaire, Kestrel Systems' vendor assessment). Each row
 * is one control as each sheet asks it, null where that sheet does not ask it; the sheets number
 * and order their items each in their own way, and several items have no counterpart anywhere.
 * The right alignment of any two sheets is the set of controls both ask.
 */
import type { ChecksheetItem } from 'c/checksheetModel';

/** [control, Tsubame (ja), Hibari (ja), Lark (en), Kestrel (en)] */
type ControlRow = [string, string | null, string | null, string | null, string | null];

export const CONTROLS: readonly ControlRow[] = [
  [
    'policy-approved',
    '情報セキュリティ基本方針を策定し、経営層の承認を得ていること。',
    '経営者が承認したセキュリティポリシーを文書化し、全社に周知していますか。',
    'Is there an information security policy approved by senior management?',
    'Has your leadership signed off on a written security policy?'
  ],
  [
    'policy-review',
    '基本方針は年1回以上見直していること。',
    'セキュリティポリシーの見直しはどの程度の頻度で行っていますか。',
    'Is the security policy reviewed at least annually?',
    null
  ],
  [
    'security-officer',
    '情報セキュリティ責任者を任命し、役割と責任を定めていること。',
    'CISOなど、情報セキュリティに責任を持つ役員を置いていますか。',
    'Have you appointed a security officer (CISO) with defined roles and responsibilities?',
    'Who in your organisation is accountable for information security?'
  ],
  [
    'background-check',
    '採用時に従業員の身元確認を行っていること。',
    null,
    'Do you perform background checks on new hires?',
    'Are employees screened before they are given access to customer data?'
  ],
  [
    'confidentiality',
    '従業員と秘密保持契約を締結していること。',
    '全従業員から守秘義務に関する誓約書を取得していますか。',
    'Do all employees sign a confidentiality agreement?',
    'Are staff bound by non-disclosure agreements?'
  ],
  [
    'training',
    '全従業員に年1回以上のセキュリティ教育を実施していること。',
    '従業員向けの情報セキュリティ研修を定期的に行っていますか。',
    'Do employees receive security awareness training every year?',
    'Is security training mandatory for all staff, and how often is it held?'
  ],
  [
    'leaver-access',
    '退職者のアカウントを速やかに無効化していること。',
    '退職した従業員のアクセス権を当日中に削除していますか。',
    "Are leavers' accounts disabled promptly when employment ends?",
    'How quickly are access rights revoked when an employee leaves the company?'
  ],
  [
    'asset-inventory',
    '情報資産の目録を作成し、管理者を定めていること。',
    '情報資産台帳を整備し、定期的に棚卸ししていますか。',
    'Do you maintain an inventory of information assets with named owners?',
    'Is there an up-to-date asset register?'
  ],
  [
    'classification',
    '情報を重要度に応じて分類し、ラベル付けしていること。',
    '取り扱う情報の機密区分を定めていますか。',
    'Is data classified and labelled according to its sensitivity?',
    null
  ],
  [
    'media-disposal',
    '記録媒体を廃棄する際は、データを復元できないように消去していること。',
    null,
    'Are storage media wiped or destroyed before disposal?',
    'How do you dispose of hard disks and other removable media?'
  ],
  [
    'access-review',
    '利用者のアクセス権限を定期的に見直していること。',
    'アクセス権の棚卸しを半年に1回以上実施していますか。',
    'Are user access rights reviewed periodically?',
    "Do managers recertify their team's access permissions on a regular schedule?"
  ],
  [
    'least-privilege',
    'アクセス権は業務上必要な最小限に限定していること。',
    '最小権限の原則に基づいて権限を付与していますか。',
    'Is access granted on a least-privilege, need-to-know basis?',
    null
  ],
  [
    'mfa',
    '管理画面へのログインに多要素認証を必須としていること。',
    '二要素認証を利用者に提供していますか。',
    'Is multi-factor authentication enforced for administrative access?',
    'Do you support MFA (for example TOTP apps or security keys) for customer logins?'
  ],
  [
    'password',
    'パスワードは12文字以上とし、使い回しを禁止していること。',
    'パスワードの長さや複雑さの要件を定めていますか。',
    'Does the password policy require a minimum length and complexity?',
    'What are your password requirements?'
  ],
  [
    'sso',
    null,
    'SAMLによるシングルサインオンに対応していますか。',
    null,
    'Can customers sign in through their own identity provider (SAML or OpenID Connect)?'
  ],
  [
    'privileged',
    '特権IDの利用者を限定し、その利用状況を記録していること。',
    '管理者権限を持つアカウントを必要最小限に絞っていますか。',
    'Is the use of privileged accounts restricted and logged?',
    'How many people hold administrator access to production, and who approves it?'
  ],
  [
    'session-timeout',
    '一定時間操作がない場合にセッションを自動的に切断していること。',
    null,
    'Do idle sessions time out automatically?',
    null
  ],
  [
    'encryption-at-rest',
    '保存データをAES-256で暗号化していること。',
    'お客様のデータは保管時に暗号化されますか。',
    'Is customer data encrypted at rest?',
    'Which encryption algorithm protects stored customer data?'
  ],
  [
    'encryption-in-transit',
    '通信はTLS1.2以上で暗号化していること。',
    'インターネット上の通信経路を暗号化していますか。',
    'Is all traffic encrypted in transit with TLS 1.2 or later?',
    'Do you accept only HTTPS connections?'
  ],
  [
    'key-management',
    '暗号鍵の生成、保管、廃棄の手順を定めていること。',
    '暗号鍵を定期的に更新していますか。',
    'How are encryption keys generated, stored and rotated?',
    'Can customers bring their own encryption key (BYOK)?'
  ],
  [
    'datacentre-entry',
    'データセンターへの入退室を認可された者に限定していること。',
    'サーバールームへの入室を記録し、監視カメラで監視していますか。',
    'Is physical access to the data centre limited to authorised personnel?',
    'Describe the physical security controls at your hosting facilities.'
  ],
  [
    'power',
    '停電に備えて無停電電源装置と自家発電設備を備えていること。',
    null,
    'Are data centres protected against power failure with UPS and generators?',
    null
  ],
  [
    'change-management',
    '本番環境への変更は承認を得てから実施していること。',
    'システム変更の手順を定め、変更履歴を残していますか。',
    'Are changes to production systems reviewed and approved before deployment?',
    'Describe your change management process.'
  ],
  [
    'environments',
    '開発環境と本番環境を分離していること。',
    '本番環境と開発・テスト環境を分けていますか。',
    'Are development, test and production environments separated?',
    null
  ],
  [
    'capacity',
    'リソースの利用状況を監視し、将来の容量を計画していること。',
    null,
    'Do you monitor resource usage and plan capacity ahead of demand?',
    'How do you make sure the service scales with our usage?'
  ],
  [
    'malware',
    'すべてのサーバと端末にウイルス対策ソフトを導入していること。',
    'マルウェア対策製品を導入し、定義ファイルを自動更新していますか。',
    'Is anti-malware software installed on all servers and endpoints?',
    'What endpoint protection (antivirus/EDR) do you run?'
  ],
  [
    'backup',
    '顧客データを毎日バックアップし、別の拠点に保管していること。',
    'バックアップの取得頻度と保存期間を教えてください。',
    'How often is customer data backed up, and where are backups kept?',
    'Are backups taken daily and stored in a separate location?'
  ],
  [
    'restore-test',
    'バックアップからの復元を定期的にテストしていること。',
    'リストア手順の訓練を年1回以上行っていますか。',
    'Are restores from backup tested regularly?',
    null
  ],
  [
    'activity-logs',
    '利用者と管理者の操作ログを取得し、1年以上保管していること。',
    'アクセスログの保存期間を教えてください。',
    'Are user and administrator activity logs collected and retained for at least a year?',
    'How long do you keep audit logs?'
  ],
  [
    'monitoring',
    '不審なアクセスを24時間監視していること。',
    'セキュリティ監視の体制(SOCなど)はありますか。',
    'Is there 24/7 security monitoring with alerting?',
    'Do you operate a security operations centre or a SIEM?'
  ],
  [
    'clock',
    'システムの時刻をNTPで同期していること。',
    'サーバの時刻同期を行っていますか。',
    'Are system clocks synchronised to a reliable time source?',
    null
  ],
  [
    'patching',
    '脆弱性情報を収集し、重要なパッチを30日以内に適用していること。',
    'セキュリティパッチの適用基準を定めていますか。',
    'Are critical security patches applied within 30 days?',
    'What is your patching deadline for critical vulnerabilities?'
  ],
  [
    'penetration-test',
    '年1回以上、第三者による侵入テストを受けていること。',
    '外部の専門家による脆弱性診断を実施していますか。',
    'Is the service penetration tested by an independent third party every year?',
    'When was your last external penetration test?'
  ],
  [
    'firewall',
    'ファイアウォールで不要な通信を遮断していること。',
    '不正アクセスを防ぐためにWAFやIDSを導入していますか。',
    'Do firewalls restrict inbound and outbound traffic to what is required?',
    null
  ],
  [
    'tenant-isolation',
    null,
    '他の利用者のデータと論理的に分離されていますか。',
    "How is each customer's data isolated from other tenants?",
    "Is our data logically separated from other customers' data?"
  ],
  [
    'data-location',
    '顧客データを国内のデータセンターにのみ保管していること。',
    'データの保管場所(国・地域)を教えてください。',
    'In which countries is customer data stored?',
    'Can we choose the region where our data resides?'
  ],
  [
    'data-deletion',
    '契約終了後、顧客データを30日以内に削除していること。',
    '解約時にデータを返却または消去しますか。',
    'Is customer data deleted within 30 days after the contract ends?',
    'What happens to our data when we terminate the service?'
  ],
  [
    'secure-development',
    'セキュアコーディング規約を定め、ソースコードのレビューを実施していること。',
    '開発工程でセキュリティテストを行っていますか。',
    'Do developers follow secure coding guidelines, with code review before release?',
    'Is security testing (SAST/DAST) part of your development lifecycle?'
  ],
  [
    'subcontractors',
    '再委託先のセキュリティ対策を定期的に確認していること。',
    '業務委託先を選定する際の基準を定めていますか。',
    'Do you assess the security of subcontractors and suppliers?',
    'List the third-party subprocessors that handle our data.'
  ],
  [
    'incident-response',
    'インシデント対応手順を定め、責任者と連絡体制を明確にしていること。',
    'セキュリティ事故が起きたときの対応体制を整備していますか。',
    'Is there a documented incident response plan with named roles?',
    'Describe your process for handling security incidents.'
  ],
  [
    'breach-notification',
    '情報漏えいが発生した場合は、利用者に速やかに通知すること。',
    'インシデント発生時、何時間以内にお客様へ連絡しますか。',
    'Will you notify us of a data breach affecting our data, and how quickly?',
    'Within how many hours are customers told about a security incident?'
  ],
  [
    'continuity',
    '事業継続計画を策定し、年1回訓練していること。',
    '災害時の事業継続計画はありますか。',
    'Is there a business continuity plan that is tested every year?',
    'Do you have a disaster recovery plan, and what are its RTO and RPO?'
  ],
  [
    'service-level',
    '稼働率99.9%以上のSLAを定めていること。',
    null,
    'What uptime does your SLA commit to?',
    'Do you offer service credits when availability falls below the agreed level?'
  ],
  [
    'governing-law',
    '契約の準拠法は日本法としていること。',
    '準拠法と管轄裁判所を教えてください。',
    'Which law governs the contract?',
    null
  ],
  [
    'privacy',
    '個人情報保護法に従い、個人情報を適切に取り扱っていること。',
    'プライバシーポリシーを公開していますか。',
    'Do you process personal data in line with applicable data protection laws such as the GDPR?',
    'Where is your privacy notice published?'
  ],
  [
    'intellectual-property',
    null,
    '利用者が作成したデータの知的財産権は利用者に帰属しますか。',
    null,
    'Who owns the intellectual property in the content we upload?'
  ],
  [
    'certification',
    'ISO/IEC 27001の認証を取得していること。',
    'ISMSやSOC2などの第三者認証を取得していますか。',
    'Do you hold ISO/IEC 27001 certification?',
    'Please share your latest SOC 2 Type II report.'
  ],
  [
    'internal-audit',
    '内部監査を年1回以上実施していること。',
    null,
    'Are internal audits of security controls carried out every year?',
    null
  ],
  [
    'shared-responsibility',
    '利用者と当社の責任分界点を明示していること。',
    '責任共有モデルについての資料を提供していますか。',
    'Is the shared responsibility model between you and the customer documented?',
    "Which security controls are the customer's responsibility?"
  ],
  [
    'support',
    'サポート窓口と受付時間を公開していること。',
    '問い合わせ窓口はどこですか。',
    'What are your support hours and contact channels?',
    null
  ],
  [
    'service-end',
    'サービスを終了する場合は、6か月前までに利用者に通知すること。',
    null,
    'How much notice do you give before discontinuing the service?',
    null
  ],
  [
    'remote-work',
    null,
    'テレワークで使う端末の紛失対策はありますか。',
    null,
    'Are laptops used for remote work encrypted and centrally managed?'
  ],
  ['software-licences', '社内で利用するソフトウェアの使用許諾条件を遵守していること。', null, null, null],
  ['status-page', null, 'サービスの稼働状況を公開するページはありますか。', null, null],
  ['insurance', null, null, 'Do you carry cyber insurance?', null],
  ['onsite-visit', null, null, null, 'Will you host our annual on-site assessment visit?']
];

/** The four sheets, by their column in CONTROLS. */
export const VENDORS = { tsubame: 1, hibari: 2, lark: 3, kestrel: 4 } as const;
export type Vendor = keyof typeof VENDORS;

/** A fixed permutation: each vendor orders the controls its own way. */
const ORDERS: Record<Vendor, (indices: number[]) => number[]> = {
  tsubame: (indices) => indices,
  // Blocks of six kept, each block reversed.
  hibari: (indices) => {
    const out: number[] = [];
    for (let i = 0; i < indices.length; i += 6) out.push(...indices.slice(i, i + 6).reverse());
    return out;
  },
  // The second half (operations, data, legal) first.
  lark: (indices) => [
    ...indices.slice(indices.length >> 1),
    ...indices.slice(0, indices.length >> 1)
  ],
  // Interleaved: every third control, from three starting points.
  kestrel: (indices) => [0, 1, 2].flatMap((start) => indices.filter((i) => i % 3 === start))
};

/** Each vendor's own numbering of its n-th item (0-based). */
const NUMBERS: Record<Vendor, (n: number) => string> = {
  tsubame: (n) => `${Math.floor(n / 5) + 1}-${(n % 5) + 1}`,
  hibari: (n) => `Q${n + 1}`,
  lark: (n) => `SEC-${String(n + 1).padStart(2, '0')}`,
  kestrel: (n) => `${Math.floor(n / 10) + 1}.${(n % 10) + 1}`
};

const ANSWERS: Record<Vendor, readonly string[]> = {
  tsubame: ['対応しています。', '当社規程に従い実施しています。', '詳細は別紙をご参照ください。'],
  hibari: ['はい。', 'はい、実施しています。', '一部対応しています。'],
  lark: ['Yes.', 'Yes, see our security overview.', 'Partially.'],
  kestrel: ['Yes', 'Yes - documented in our policy set', 'No']
};

/** A vendor's sheet: its items, and for each the control it asks. */
export function calibrationSheet(vendor: Vendor): {
  items: ChecksheetItem[];
  controls: string[];
} {
  const column = VENDORS[vendor];
  const items: ChecksheetItem[] = [];
  const controls: string[] = [];
  for (const index of ORDERS[vendor](CONTROLS.map((_, i) => i))) {
    const row = CONTROLS[index];
    const question = row[column];
    if (question === null) continue;
    const n = items.length;
    items.push({
      number: NUMBERS[vendor](n),
      section: '',
      question,
      status: 'implemented',
      mark: '○',
      answer: ANSWERS[vendor][n % 3],
      line: n + 2
    });
    controls.push(row[0]);
  }
  return { items, controls };
}

/** Precision and recall of an alignment against the controls both sheets ask. */
export function scoreAlignment(
  pairs: readonly { a: number; b: number }[],
  controlsA: readonly string[],
  controlsB: readonly string[]
): { precision: number; recall: number; right: number; predicted: number; expected: number } {
  const inB = new Set(controlsB);
  const expected = controlsA.filter((control) => inB.has(control)).length;
  const right = pairs.filter((pair) => controlsA[pair.a] === controlsB[pair.b]).length;
  return {
    precision: pairs.length ? right / pairs.length : 1,
    recall: expected ? right / expected : 1,
    right,
    predicted: pairs.length,
    expected
  };
}
