/**
 * A held-out check of the calibration: two more made-up vendors' questionnaires (Mozu Systems in
 * Japanese, Heron Data in English), written after the weights and the taxonomy were chosen and
 * never used to tune them. Each row is one control as each sheet asks it, null where that sheet
 * does not ask it. Heron orders its questions by its own domains.
 */
import type { ChecksheetItem } from 'c/checksheetModel';

/** [control, Mozu (ja), Heron (en)] */
type HeldOutRow = [string, string | null, string | null];

export const HELD_OUT: readonly HeldOutRow[] = [
  [
    'isms',
    '情報セキュリティマネジメントシステムの第三者認証を受けていますか。',
    'Is your ISMS certified by an accredited body?'
  ],
  [
    'staff-education',
    '新入社員に対してセキュリティに関する研修を行っていますか。',
    'Do new joiners complete security training before they start work?'
  ],
  [
    'admin-accounts',
    'システム管理者のIDは個人ごとに発行し、共用していませんか。',
    'Are administrator accounts personal rather than shared?'
  ],
  [
    'login-lockout',
    'ログインに連続して失敗した場合にアカウントをロックしますか。',
    'Are accounts locked after repeated failed login attempts?'
  ],
  [
    'two-factor',
    'お客様の管理者がログインする際にワンタイムパスワードを利用できますか。',
    'Can customer admins turn on two-factor authentication?'
  ],
  [
    'stored-encryption',
    'データベースに保存されるデータは暗号化されていますか。',
    'Are databases encrypted with keys you manage in a KMS?'
  ],
  [
    'backup-offsite',
    'バックアップデータは遠隔地にも保管していますか。',
    'Do you keep a copy of backups in a second region?'
  ],
  [
    'log-retention',
    '操作ログは何年間保存していますか。',
    'For how long are audit logs retained?'
  ],
  [
    'vuln-scan',
    'Webアプリケーションの脆弱性診断を毎年実施していますか。',
    'Do you run an annual web application penetration test?'
  ],
  [
    'patches',
    'OSやミドルウェアのセキュリティパッチはいつまでに適用しますか。',
    'How soon are operating system patches installed after release?'
  ],
  [
    'ddos',
    'DDoS攻撃への対策を講じていますか。',
    'What protection do you have against DDoS attacks?'
  ],
  [
    'residency',
    'データを日本国外に保存することはありますか。',
    'Will our data ever be stored outside our country?'
  ],
  [
    'deletion-certificate',
    '解約後のデータ消去について証明書を発行できますか。',
    'Can you certify the deletion of our data at the end of the contract?'
  ],
  [
    'subprocessors',
    '業務を再委託する場合、事前にお客様の承認を得ますか。',
    'Do you ask for our approval before engaging a new subprocessor?'
  ],
  [
    'incident-contact',
    'セキュリティインシデント発生時の連絡先を教えてください。',
    'Who do we contact to report a security incident?'
  ],
  [
    'dr-test',
    '災害復旧の訓練を定期的に行っていますか。',
    'How often do you rehearse disaster recovery?'
  ],
  [
    'privacy-law',
    '個人情報の取り扱いについて、社内規程を定めていますか。',
    'Do you have an internal policy for handling personal information?'
  ],
  [
    'responsibility-split',
    'クラウド事業者と利用者の責任の範囲を明確にしていますか。',
    'Is the split of security responsibilities between you and us written down?'
  ],
  [
    'time-sync',
    'サーバの時刻はどのように合わせていますか。',
    'How are server clocks kept accurate?'
  ],
  ['visitor-log', '来訪者の入館記録を残していますか。', null],
  ['code-signing', null, 'Are software releases signed before distribution?'],
  ['fees', '利用料金の支払方法を教えてください。', null],
  ['roadmap', null, 'Can you share your product roadmap?']
];

function sheet(column: 1 | 2, number: (n: number) => string): {
  items: ChecksheetItem[];
  controls: string[];
} {
  const rows =
    column === 1
      ? HELD_OUT
      : // Heron: by its own domains — identity and data first, then operations, then the rest.
        [...HELD_OUT.slice(2, 8), ...HELD_OUT.slice(8, 16), ...HELD_OUT.slice(0, 2), ...HELD_OUT.slice(16)];
  const items: ChecksheetItem[] = [];
  const controls: string[] = [];
  for (const row of rows) {
    const question = row[column];
    if (question === null) continue;
    items.push({
      number: number(items.length),
      section: '',
      question,
      status: 'implemented',
      mark: column === 1 ? '○' : 'Yes',
      answer: column === 1 ? 'はい、対応しています。' : 'Yes.',
      line: items.length + 2
    });
    controls.push(row[0]);
  }
  return { items, controls };
}

export const MOZU = () => sheet(1, (n) => `M-${n + 1}`);
export const HERON = () => sheet(2, (n) => `H${String(n + 1).padStart(3, '0')}`);
