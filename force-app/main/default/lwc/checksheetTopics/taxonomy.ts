/**
 * The security topics questionnaires ask about: our own taxonomy, written for this package from
 * the questions vendors' sheets actually carry (METI-guideline checksheets, CAIQ-style sheets,
 * white papers, in-house questionnaires). It does not reproduce any standard's text; codes are
 * our own and stable: alignment, the CLI JSON and stored data name topics by code, so a code is
 * never renamed or reused — add a topic, or a term, instead.
 *
 * One row per topic. `parent` nests a narrow topic under a broad one (matching the narrow one
 * also reports its parent). `ja` and `en` are the terms and short phrasings that say an item is
 * about the topic, written as a reviewer would read them; the matcher normalises both sides
 * (width, case, hyphens and spaces: "multi-factor", "multi factor" and "multifactor" are one
 * term), so list each wording once. A Latin term matches whole words only ("log" is not found in
 * "technology"; a plural "s"/"es" is allowed); a trailing `*` makes it a prefix ("encrypt*":
 * encrypt, encrypted, encryption). A term ending in a short katakana word (up to three kana)
 * must end where the text's katakana word ends ("ログ" is found in "アクセスログ", never in
 * "ログイン"); a longer one may be followed by more ("バックアップデータ"). Kanji and hiragana terms match anywhere, so
 * they are compounds specific enough to stand alone ("認証" alone would mean both
 * authentication and certification: the table lists "多要素認証", "認証取得" and the like).
 * The same term may sit under two topics when it truly means both.
 */

export interface TopicDefinition {
  /** Stable code: lowercase, `parent.child` for a narrow topic. */
  code: string;
  /** Code of the broader topic, when this one is narrow. */
  parent?: string;
  /** Display names. */
  label: { en: string; ja: string };
  /** Japanese terms and phrasings. */
  ja: readonly string[];
  /** English terms and phrasings. */
  en: readonly string[];
}

export const TOPICS: readonly TopicDefinition[] = [
  {
    code: 'policy',
    label: { en: 'Security policy', ja: '情報セキュリティ方針' },
    ja: [
      '基本方針',
      '情報セキュリティ方針',
      'セキュリティ方針',
      'セキュリティポリシー',
      '方針を定めた文書',
      '方針文書',
      '社内規程',
      '規程類',
      'セキュリティ規程'
    ],
    en: [
      'security policy',
      'security policies',
      'information security policy',
      'policy document*',
      'policies and procedures',
      'policy review*',
      'written policy',
      'written policies'
    ]
  },
  {
    code: 'organisation',
    label: { en: 'Security organisation and roles', ja: '情報セキュリティの組織と役割' },
    ja: [
      '責任を持つ役員',
      'セキュリティ担当役員',
      '情報セキュリティ責任者',
      'セキュリティ責任者',
      '責任者を任命',
      '責任者を定め',
      'CISO',
      '情報セキュリティ委員会',
      '役割及び責任',
      '役割と責任',
      '責任及び関与',
      '職務の分離',
      '職務分離',
      '経営陣',
      '経営層',
      '推進体制',
      '管理体制'
    ],
    en: [
      'accountable for information security',
      'accountable for security',
      'ciso',
      'security officer*',
      'roles and responsibilities',
      'security organization*',
      'security organisation*',
      'segregation of duties',
      'separation of duties',
      'management commitment',
      'senior management',
      'security committee*',
      'security team*',
      'board of directors'
    ]
  },
  {
    code: 'risk',
    label: { en: 'Risk management', ja: 'リスク管理' },
    ja: [
      'リスク評価',
      'リスクアセスメント',
      'リスク分析',
      'リスクを識別',
      'リスクの識別',
      'リスク管理',
      'リスク対応',
      'リスクマネジメント'
    ],
    en: [
      'risk assessment*',
      'risk management',
      'risk analysis',
      'risk register*',
      'risk treatment*',
      'risk based',
      'identify risk*',
      'assess risk*'
    ]
  },
  {
    code: 'hr',
    label: { en: 'Human resources security', ja: '人的セキュリティ' },
    ja: [
      '雇用',
      '採用時',
      '採用前',
      '退職',
      '懲戒',
      '秘密保持',
      '守秘義務',
      '機密保持契約',
      '身元確認',
      '経歴確認',
      '人的セキュリティ',
      '人的管理',
      '異動',
      'セキュリティ違反を犯した'
    ],
    en: [
      'background check*',
      'background screening',
      'screening',
      'onboarding',
      'offboarding',
      'termination of employment',
      'leaver*',
      'joiner*',
      'disciplinary',
      'confidentiality agreement*',
      'non disclosure agreement*',
      'nda',
      'employment',
      'new hire*',
      'human resource*',
      'personnel security'
    ]
  },
  {
    code: 'hr.screening',
    parent: 'hr',
    label: { en: 'Screening before employment', ja: '採用時の確認' },
    ja: ['身元確認', '経歴確認', '採用前', '採用時', '素性'],
    en: [
      'background check*',
      'background screening',
      'screening',
      'screened',
      'pre employment',
      'reference check*'
    ]
  },
  {
    code: 'hr.confidentiality',
    parent: 'hr',
    label: { en: 'Confidentiality undertakings', ja: '秘密保持・守秘義務' },
    ja: ['秘密保持', '守秘義務', '機密保持契約', '誓約書', '機密保持'],
    en: [
      'confidentiality agreement*',
      'non disclosure*',
      'nda',
      'ndas',
      'confidentiality undertaking*',
      'confidentiality obligation*'
    ]
  },
  {
    code: 'hr.exit',
    parent: 'hr',
    label: { en: 'Leavers and role changes', ja: '退職・異動時の対応' },
    ja: ['退職', '異動', '雇用の終了', '雇用終了'],
    en: [
      'leaver*',
      'offboarding',
      'termination of employment',
      'employment ends',
      'employee leaves',
      'leaves the company',
      'left the company',
      'role change*'
    ]
  },
  {
    code: 'hr.training',
    parent: 'hr',
    label: { en: 'Awareness and training', ja: '教育・意識向上' },
    ja: ['教育', '研修', '訓練', '意識向上', '啓発', 'eラーニング', 'セキュリティ教育'],
    en: ['training', 'trained', 'awareness', 'e learning', 'elearning', 'educat*']
  },
  {
    code: 'asset',
    label: { en: 'Asset management', ja: '資産管理' },
    ja: [
      '情報資産',
      '資産目録',
      '資産台帳',
      '目録',
      '棚卸',
      '資産の返却',
      '資産管理',
      '資産の管理者',
      '管理責任者を定め',
      '機器の管理'
    ],
    en: [
      'asset inventor*',
      'asset management',
      'inventory of assets',
      'asset register*',
      'asset',
      'asset owner*',
      'return of assets',
      'hardware inventor*',
      'cmdb'
    ]
  },
  {
    code: 'asset.classification',
    parent: 'asset',
    label: { en: 'Classification and labelling', ja: '情報の分類・ラベル付け' },
    ja: [
      'ラベル付け',
      'ラベリング',
      '情報の分類',
      '分類すること',
      '分類し',
      '機密区分',
      '格付け',
      '取り扱いに慎重を要する度合い',
      '重要度に応じ'
    ],
    en: [
      'classification',
      'classif*',
      'labelling',
      'labeling',
      'label*',
      'data classification',
      'sensitivity level*'
    ]
  },
  {
    code: 'asset.media',
    parent: 'asset',
    label: { en: 'Media handling', ja: '記録媒体の管理' },
    ja: [
      '記録媒体',
      '外部記憶媒体',
      '電子媒体',
      '可搬媒体',
      '可搬記憶媒体',
      'USBメモリ',
      '記録メディア',
      '媒体の廃棄',
      '書類'
    ],
    en: [
      'removable media',
      'media handling',
      'usb',
      'storage media',
      'media disposal',
      'portable media',
      'physical media',
      'paper document*'
    ]
  },
  {
    code: 'access-control',
    label: { en: 'Access control and accounts', ja: 'アクセス制御・アカウント管理' },
    ja: [
      'アクセス制御',
      'アクセスコントロール',
      'アクセス権',
      'アクセス制限',
      'アクセス権限',
      '権限の付与',
      '権限管理',
      '権限を付与',
      '最小権限',
      'アカウント',
      'ユーザID',
      'ユーザーID',
      '利用者ID',
      '利用者のID',
      'ID登録',
      'ID管理',
      '一意な識別子',
      '識別子',
      'アクセス権の見直し',
      '権限の見直し',
      '権限の割り当て',
      '権限割り当て'
    ],
    en: [
      'access control*',
      'access right*',
      'access review*',
      'least privilege',
      'need to know',
      'user access',
      'access management',
      'provisioning',
      'deprovisioning',
      'user id*',
      'account',
      'account management',
      'identity management',
      'unique identifier*',
      'unique id*',
      'rbac',
      'role based access',
      'access permission*',
      'permissions',
      'iam'
    ]
  },
  {
    code: 'access-control.review',
    parent: 'access-control',
    label: { en: 'Access reviews', ja: 'アクセス権の見直し' },
    ja: [
      'アクセス権の見直し',
      'アクセス権限の見直し',
      '権限の見直し',
      'アクセス権の棚卸',
      '権限の棚卸',
      'アクセス権限を定期的に見直',
      'アクセス権を定期的に見直'
    ],
    en: [
      'access review*',
      'review of access',
      'access recertification*',
      'recertif*',
      'access rights reviewed',
      'access rights are reviewed',
      'user access review*'
    ]
  },
  {
    code: 'access-control.least-privilege',
    parent: 'access-control',
    label: { en: 'Least privilege', ja: '最小権限' },
    ja: ['最小権限', '必要最小限', '業務上必要な最小限', '必要な範囲に限定'],
    en: ['least privilege', 'need to know', 'minimum necessary', 'minimal access']
  },
  {
    code: 'access-control.session',
    parent: 'access-control',
    label: { en: 'Session management', ja: 'セッション管理' },
    ja: ['セッション', 'タイムアウト', '自動ログアウト', '画面ロック', '使用中断', '一定時間操作'],
    en: [
      'session*',
      'timeout*',
      'time out',
      'screen lock*',
      'automatic logout',
      'automatic log out',
      'idle',
      'inactivity',
      'inactive session*'
    ]
  },
  {
    code: 'authentication',
    label: { en: 'Authentication', ja: '認証' },
    ja: [
      '利用者認証',
      'ユーザー認証',
      'ユーザ認証',
      '認証方式',
      '認証方法',
      '認証機能',
      '認証情報',
      'ログイン',
      'ログオン',
      'シングルサインオン',
      'SSO',
      'SAML',
      '本人確認',
      '認証の仕組み'
    ],
    en: [
      'authentication',
      'authenticat*',
      'login*',
      'log in',
      'logon',
      'sign in',
      'sso',
      'single sign on',
      'saml',
      'oidc',
      'openid',
      'credential*',
      'identity provider*',
      'idp'
    ]
  },
  {
    code: 'authentication.mfa',
    parent: 'authentication',
    label: { en: 'Multi-factor authentication', ja: '多要素認証' },
    ja: [
      '多要素認証',
      '多要素',
      '二要素認証',
      '2要素認証',
      '二段階認証',
      '2段階認証',
      'ワンタイムパスワード',
      '二要素',
      '2要素'
    ],
    en: [
      'multifactor*',
      'mfa',
      '2fa',
      'two factor*',
      '2 factor*',
      'second factor*',
      'one time password*',
      'otp',
      'totp',
      'two step verification',
      '2 step verification',
      'hardware token*',
      'security key*'
    ]
  },
  {
    code: 'authentication.password',
    parent: 'authentication',
    label: { en: 'Passwords', ja: 'パスワード' },
    ja: ['パスワード', 'パスフレーズ', '暗証番号'],
    en: ['password*', 'passphrase*', 'passcode*']
  },
  {
    code: 'privileged',
    label: { en: 'Privileged access', ja: '特権管理' },
    ja: [
      '特権',
      '管理者権限',
      '管理者アカウント',
      '管理者ID',
      '管理者の権限',
      '特権ID',
      'システム管理者',
      '特権的'
    ],
    en: [
      'privileged',
      'privileged access',
      'administrator*',
      'admin',
      'admins',
      'administrative',
      'superuser*',
      'root access',
      'root account*',
      'break glass',
      'elevated access',
      'elevated permission*',
      'elevated privilege*',
      'pam'
    ]
  },
  {
    code: 'cryptography',
    label: { en: 'Cryptography', ja: '暗号化' },
    ja: ['暗号', '暗号化', '復号', 'ハッシュ化', '電子署名'],
    en: [
      'encrypt*',
      'cryptograph*',
      'cipher*',
      'decrypt*',
      'aes',
      'at rest',
      'hashing',
      'hashed',
      'digital signature*'
    ]
  },
  {
    code: 'cryptography.keys',
    parent: 'cryptography',
    label: { en: 'Key management', ja: '暗号鍵の管理' },
    ja: [
      '暗号鍵',
      '鍵管理',
      '鍵の管理',
      '鍵の生成',
      '鍵の世代管理',
      '鍵を管理',
      '鍵の保管',
      '鍵のローテーション',
      'HSM',
      'KMS'
    ],
    en: [
      'key management',
      'encryption key*',
      'cryptographic key*',
      'kms',
      'hsm',
      'key rotation',
      'rotate key*',
      'customer managed key*',
      'byok',
      'key lifecycle'
    ]
  },
  {
    code: 'cryptography.transit',
    parent: 'cryptography',
    label: { en: 'Encryption in transit', ja: '通信の暗号化' },
    ja: [
      '通信経路を暗号化',
      '通信の暗号化',
      '経路の暗号化',
      '通信経路の暗号化',
      '経路が暗号化',
      '通信を暗号化',
      'TLS',
      'SSL',
      'HTTPS',
      '証明書'
    ],
    en: [
      'in transit',
      'tls',
      'ssl',
      'https',
      'transport encryption',
      'certificate*',
      'encrypted connection*',
      'encrypted channel*'
    ]
  },
  {
    code: 'physical',
    label: { en: 'Physical security', ja: '物理的セキュリティ' },
    ja: [
      '物理的',
      '入退室',
      '入退館',
      '入館',
      '入室',
      '施錠',
      '監視カメラ',
      'セキュリティ境界',
      'データセンター',
      'サーバールーム',
      'サーバ室',
      '警備',
      '共連れ'
    ],
    en: [
      'physical*',
      'data center*',
      'datacenter*',
      'data centre*',
      'server room*',
      'badge*',
      'cctv',
      'visitor*',
      'premises',
      'facility',
      'facilities',
      'entry control*',
      'perimeter*',
      'guard*'
    ]
  },
  {
    code: 'physical.environment',
    parent: 'physical',
    label: { en: 'Environmental protection and utilities', ja: '環境対策・電源設備' },
    ja: [
      '耐震',
      '地震',
      '落雷',
      '雷',
      '水害',
      '浸水',
      '静電気',
      '火災',
      '消火',
      '停電',
      '電源',
      '無停電',
      '自家発電',
      '空調',
      '災害対策'
    ],
    en: [
      'earthquake*',
      'seismic',
      'lightning',
      'flood*',
      'fire',
      'fire suppression',
      'fire detection',
      'static electricity',
      'power supply',
      'power supplies',
      'power outage*',
      'power failure*',
      'ups',
      'uninterruptible',
      'generator*',
      'air conditioning',
      'hvac',
      'environmental threat*',
      'environmental control*'
    ]
  },
  {
    code: 'physical.clear-desk',
    parent: 'physical',
    label: { en: 'Clear desk and clear screen', ja: 'クリアデスク・クリアスクリーン' },
    ja: ['クリアデスク', 'クリアスクリーン', '机の上', '放置せず', '放置しない'],
    en: ['clear desk', 'clear screen', 'unattended']
  },
  {
    code: 'operations',
    label: { en: 'Operations', ja: '運用管理' },
    ja: [
      '運用手順',
      '操作手順',
      '運用管理',
      '運用手順書',
      '運用担当者',
      '作業手順',
      '運用ルール',
      '手順書'
    ],
    en: [
      'operating procedure*',
      'operational procedure*',
      'operations',
      'standard operating',
      'runbook*',
      'operator*',
      'documented procedure*'
    ]
  },
  {
    code: 'operations.change',
    parent: 'operations',
    label: { en: 'Change and release management', ja: '変更管理・リリース' },
    ja: [
      '変更の手順',
      '変更履歴',
      '変更管理',
      '変更の管理',
      '変更手順',
      'バージョンアップ',
      'アップデート',
      'リリース',
      '構成変更',
      '仕様変更',
      '構成管理',
      'メンテナンス',
      '保守作業'
    ],
    en: [
      'change management',
      'change control*',
      'change request*',
      'change',
      'changes',
      'release*',
      'version upgrade*',
      'upgrade*',
      'maintenance',
      'configuration management',
      'deployment*'
    ]
  },
  {
    code: 'operations.environments',
    parent: 'operations',
    label: { en: 'Separate development, test and production', ja: '開発・テスト・本番環境の分離' },
    ja: [
      '開発環境',
      'テスト環境',
      '本番環境',
      '検証環境',
      'ステージング環境',
      '環境の分離',
      '環境を分離'
    ],
    en: [
      'production environment*',
      'test environment*',
      'development environment*',
      'staging',
      'non production',
      'production data',
      'production system*'
    ]
  },
  {
    code: 'capacity',
    label: { en: 'Capacity and performance', ja: '容量・性能管理' },
    ja: [
      '容量',
      'キャパシティ',
      '資源の利用状況',
      'リソースの利用状況',
      '性能',
      '利用状況の予測',
      '負荷',
      '拡張性'
    ],
    en: [
      'capacity',
      'performance monitoring',
      'resource usage',
      'resource utili*',
      'scalab*',
      'performance',
      'utilization',
      'utilisation'
    ]
  },
  {
    code: 'malware',
    label: { en: 'Malware protection', ja: 'マルウェア対策' },
    ja: [
      'ウイルス',
      'ウィルス',
      'マルウェア',
      '不正プログラム',
      '不正なソフトウェア',
      'ランサムウェア',
      'アンチウイルス',
      'ウイルス対策',
      'EDR',
      'モバイルコード',
      '悪意のあるコード'
    ],
    en: [
      'malware',
      'virus*',
      'antivirus',
      'anti virus',
      'anti malware',
      'antimalware',
      'ransomware',
      'edr',
      'endpoint protection',
      'endpoint detection',
      'malicious code',
      'malicious software',
      'mobile code'
    ]
  },
  {
    code: 'backup',
    label: { en: 'Backup and restore', ja: 'バックアップ・リストア' },
    ja: ['バックアップ', '復元', 'リストア', 'スナップショット', '世代管理'],
    en: [
      'backup*',
      'back up',
      'backed up',
      'restore*',
      'restoration',
      'recovery point',
      'rpo',
      'snapshot*'
    ]
  },
  {
    code: 'backup.restore',
    parent: 'backup',
    label: { en: 'Restore tests', ja: 'リストアの確認' },
    ja: ['復元', 'リストア', '復旧テスト', '復元テスト', 'リストアテスト'],
    en: ['restore*', 'restoration', 'recovery test*', 'restore test*']
  },
  {
    code: 'logging',
    label: { en: 'Logging and monitoring', ja: 'ログ・監視' },
    ja: [
      'ログ',
      '監査ログ',
      'アクセスログ',
      '操作ログ',
      'ログ管理',
      '監査証跡',
      '作業記録',
      '操作記録',
      '記録を取得',
      '記録した',
      '監視',
      'モニタリング',
      'SIEM',
      '改ざん防止',
      'イベントログ'
    ],
    en: [
      'log',
      'logging',
      'logged',
      'audit trail*',
      'audit log*',
      'event log*',
      'monitor*',
      'siem',
      'alert*',
      'log retention',
      'log review*',
      'record activit*',
      'tamper*'
    ]
  },
  {
    code: 'logging.monitoring',
    parent: 'logging',
    label: { en: 'Security monitoring', ja: 'セキュリティ監視' },
    ja: ['監視', 'モニタリング', 'SIEM', '監視体制', '検知', 'アラート'],
    en: ['monitor*', 'siem', 'alert*', 'security operations cent*', 'detection', 'detect*']
  },
  {
    code: 'clock',
    label: { en: 'Clock synchronisation', ja: '時刻同期' },
    ja: ['時刻同期', '時刻の同期', 'クロック', '時刻を同期', 'NTP', '標準時', '時刻源', '時刻'],
    en: [
      'clock*',
      'time synchroni*',
      'time sync*',
      'ntp',
      'time source*',
      'timestamp*',
      'time server*',
      'synchronized time',
      'synchronised time'
    ]
  },
  {
    code: 'vulnerability',
    label: { en: 'Vulnerability management', ja: '脆弱性管理' },
    ja: [
      '脆弱性',
      'パッチ',
      '修正プログラム',
      'セキュリティ更新',
      '脆弱性診断',
      'ペネトレーションテスト',
      '侵入テスト',
      'セキュリティ診断',
      '技術的脆弱性'
    ],
    en: [
      'vulnerabilit*',
      'patch*',
      'penetration test*',
      'pen test*',
      'pentest*',
      'security update*',
      'cve*',
      'vulnerability scan*',
      'security scan*',
      'hardening'
    ]
  },
  {
    code: 'vulnerability.testing',
    parent: 'vulnerability',
    label: { en: 'Penetration tests and assessments', ja: '侵入テスト・脆弱性診断' },
    ja: ['侵入テスト', 'ペネトレーションテスト', '脆弱性診断', 'セキュリティ診断', 'ペンテスト'],
    en: [
      'penetration test*',
      'pen test*',
      'pentest*',
      'vulnerability scan*',
      'security scan*',
      'vulnerability assessment*',
      'security assessment*'
    ]
  },
  {
    code: 'vulnerability.patching',
    parent: 'vulnerability',
    label: { en: 'Patching', ja: 'パッチ適用' },
    ja: ['パッチ', '修正プログラム', 'セキュリティ更新', '更新プログラム'],
    en: ['patch*', 'security update*', 'hotfix*']
  },
  {
    code: 'network',
    label: { en: 'Network security', ja: 'ネットワークセキュリティ' },
    ja: [
      'ネットワーク',
      'ファイアウォール',
      '不正アクセス',
      '不正侵入',
      'IDS',
      'IPS',
      'WAF',
      'DDoS',
      'VPN',
      '無線LAN',
      '通信経路',
      '外部からの不正'
    ],
    en: [
      'network*',
      'firewall*',
      'intrusion*',
      'ids',
      'ips',
      'waf',
      'ddos',
      'vpn',
      'wireless',
      'wifi',
      'wi fi',
      'dmz',
      'unauthorized access',
      'unauthorised access',
      'perimeter defen*'
    ]
  },
  {
    code: 'network.segregation',
    parent: 'network',
    label: { en: 'Network segregation', ja: 'ネットワークの分離' },
    ja: [
      'ネットワークの分離',
      'ネットワーク分離',
      'ネットワークを分離',
      'セグメント',
      'セグメンテーション',
      'VLAN'
    ],
    en: [
      'network segmentation',
      'network segregation',
      'segmentation',
      'segregated network*',
      'vlan*',
      'network isolation',
      'isolated network*'
    ]
  },
  {
    code: 'tenancy',
    label: { en: 'Tenant isolation', ja: '利用者間の分離' },
    ja: [
      'テナント',
      'マルチテナント',
      '利用者間の分離',
      '他の利用者',
      '他の利用者から',
      '割り当てたコンピューティング資源',
      '資源の分離',
      '仮想化',
      '論理的に分離',
      '利用者ごとに分離'
    ],
    en: [
      'tenant*',
      'multitenan*',
      'multi tenan*',
      'tenant isolation',
      'customer isolation',
      'virtuali*',
      'hypervisor*',
      'logically separated',
      'logical separation',
      'other customers'
    ]
  },
  {
    code: 'data-location',
    label: { en: 'Data location', ja: 'データの保管場所' },
    ja: [
      '保管場所',
      '保存場所',
      '所在地',
      '所在国',
      'データセンターの所在',
      '国内',
      '海外',
      '国外',
      'リージョン',
      '地域'
    ],
    en: [
      'data location',
      'data residency',
      'data resid*',
      'region*',
      'country',
      'countries',
      'located',
      'geographic*',
      'where data is stored',
      'where customer data is stored',
      'storage location*',
      'data sovereignty',
      'cross border'
    ]
  },
  {
    code: 'data-deletion',
    label: { en: 'Data deletion and return', ja: 'データの削除・返却' },
    ja: [
      'データの削除',
      'データを削除',
      'データの消去',
      'データが消去',
      'データを消去',
      '消去',
      '廃棄',
      '抹消',
      'データの返却',
      'データ返却',
      'データの返還',
      '完全に削除',
      '削除されること',
      '削除すること'
    ],
    en: [
      'data deletion',
      'delete data',
      'deletion of data',
      'deletion',
      'deleted',
      'delete customer data',
      'erasure',
      'erase*',
      'purge*',
      'data disposal',
      'secure disposal',
      'disposal',
      'destroy*',
      'destruction',
      'sanitiz*',
      'sanitis*',
      'wipe*',
      'return of data',
      'data return',
      'data export',
      'data portability'
    ]
  },
  {
    code: 'data-use',
    label: { en: 'Use of customer data', ja: 'データの利用' },
    ja: [
      'データの利用',
      '目的外利用',
      '目的外の利用',
      '二次利用',
      'データを利用',
      '利用目的',
      '分析に利用',
      'データの取り扱い'
    ],
    en: [
      'data use',
      'use of customer data',
      'use customer data',
      'secondary use',
      'data usage',
      'purpose limitation',
      'data processing purpose*',
      'access to customer data'
    ]
  },
  {
    code: 'secure-development',
    label: { en: 'Secure development', ja: 'セキュアな開発' },
    ja: [
      '開発における',
      '開発に',
      '開発の',
      '開発時',
      'システム開発',
      '開発工程',
      '開発プロセス',
      '開発ライフサイクル',
      'ソフトウェア開発',
      'アプリケーション開発',
      'セキュアコーディング',
      'ソースコード',
      'コードレビュー',
      'セキュリティレビュー',
      '静的解析',
      'セキュリティテスト',
      'テストデータ',
      'セキュリティ設計',
      'セキュリティガイド'
    ],
    en: [
      'secure development',
      'secure coding',
      'source code',
      'code review*',
      'sdlc',
      'software development',
      'development lifecycle',
      'development life cycle',
      'static analysis',
      'sast',
      'dast',
      'security testing',
      'secure design',
      'security review*',
      'owasp',
      'test data',
      'developer*',
      'secure by design'
    ]
  },
  {
    code: 'supplier',
    label: { en: 'Suppliers and subcontractors', ja: '委託先・供給者管理' },
    ja: [
      '委託先',
      '外部委託',
      '再委託',
      '供給者',
      'サプライヤー',
      '外部組織',
      '業務委託',
      '協力会社',
      'サプライチェーン',
      '委託する場合'
    ],
    en: [
      'supplier*',
      'subcontract*',
      'sub processor*',
      'subprocessor*',
      'vendor*',
      'third part*',
      'outsourc*',
      'supply chain*',
      'external part*',
      'service provider*',
      'fourth part*'
    ]
  },
  {
    code: 'supplier.cloud',
    parent: 'supplier',
    label: { en: 'Underlying cloud platform', ja: 'クラウド基盤' },
    ja: [
      'クラウド基盤',
      '基盤事業者',
      'IaaS',
      'PaaS',
      'AWS',
      'Amazon Web Services',
      'Azure',
      'GCP',
      'クラウドコンピューティング環境',
      'ホスティング'
    ],
    en: [
      'cloud provider*',
      'hosting provider*',
      'iaas',
      'paas',
      'aws',
      'amazon web services',
      'azure',
      'gcp',
      'google cloud',
      'infrastructure provider*',
      'underlying cloud',
      'cloud platform*',
      'hosting',
      'hosted'
    ]
  },
  {
    code: 'incident',
    label: { en: 'Incident response', ja: 'インシデント対応' },
    ja: [
      'インシデント',
      'セキュリティ事故',
      '事故',
      'セキュリティ事象',
      'セキュリティ上の弱点',
      '漏えい',
      '漏洩',
      '情報漏れ',
      '侵害',
      '障害',
      '障害発生',
      '緊急時',
      '事件'
    ],
    en: [
      'incident*',
      'breach*',
      'security event*',
      'data leak*',
      'compromise*',
      'forensic*',
      'emergency',
      'emergencies'
    ]
  },
  {
    code: 'incident.response',
    parent: 'incident',
    label: { en: 'Incident handling', ja: 'インシデントへの対応体制' },
    ja: ['インシデント対応', '対応手順', '対応体制', '対応計画', '連絡体制', '緊急連絡'],
    en: [
      'incident response',
      'response plan*',
      'incident handling',
      'handling security incident*',
      'handling incident*',
      'incident management',
      'response process*',
      'response procedure*'
    ]
  },
  {
    code: 'customer-notice',
    label: { en: 'Notices to customers', ja: '利用者への通知' },
    ja: [
      '利用者に通知',
      '利用者への通知',
      '利用者に対して事前に通知',
      '事前に通知',
      '事前通知',
      '通知する',
      '通知いたします',
      '通知を行',
      '通知すること',
      'お知らせ',
      '告知',
      '連絡いたします',
      'メールにて',
      '利用者に報告',
      '利用者へ報告'
    ],
    en: [
      'notif*',
      'notify*',
      'inform customer*',
      'advance notice',
      'prior notice',
      'notice',
      'communicat* to customer*',
      'report to customer*',
      'status page*'
    ]
  },
  {
    code: 'service-exit',
    label: { en: 'Service termination and exit', ja: 'サービスの終了' },
    ja: [
      'サービスの終了',
      'サービス提供を終了',
      '提供を終了',
      '提供終了',
      'サービス終了',
      '契約終了',
      '契約が終了',
      '契約の終了',
      '解約',
      '退会'
    ],
    en: [
      'termination of service',
      'service termination',
      'end of service',
      'discontinu*',
      'contract termination',
      'termination of the contract',
      'exit plan*',
      'exit strateg*',
      'contract end*',
      'cancel*',
      'end of contract'
    ]
  },
  {
    code: 'continuity',
    label: { en: 'Business continuity and availability', ja: '事業継続・可用性' },
    ja: [
      '事業継続',
      'BCP',
      '災害復旧',
      '冗長化',
      '冗長',
      '可用性',
      '業務の中断',
      '業務プロセスの中断',
      '中断',
      '復旧',
      '障害',
      'DR',
      'ディザスタリカバリ',
      'フェイルオーバー'
    ],
    en: [
      'business continuity',
      'bcp',
      'disaster recovery',
      'dr',
      'redundan*',
      'failover',
      'fail over',
      'high availability',
      'availability',
      'rto',
      'resilien*',
      'outage*',
      'recovery time*',
      'continuity',
      'disaster*'
    ]
  },
  {
    code: 'continuity.sla',
    parent: 'continuity',
    label: { en: 'Service levels', ja: 'サービスレベル' },
    ja: ['サービスレベル', 'SLA', '稼働率', '稼働時間', 'サービス品質'],
    en: ['sla', 'service level*', 'uptime', 'uptime commitment*', 'service credit*']
  },
  {
    code: 'compliance',
    label: { en: 'Compliance and law', ja: '法令・規制の遵守' },
    ja: [
      '法令',
      '法的',
      '規制',
      '準拠法',
      '裁判管轄',
      '適用法',
      '契約上の要求事項',
      '法律',
      '輸出管理',
      '法規',
      '法的要求事項',
      'コンプライアンス',
      '司法'
    ],
    en: [
      'law',
      'laws',
      'legal',
      'legislation',
      'regulat*',
      'statutory',
      'jurisdiction*',
      'governing law',
      'compliance',
      'comply',
      'complies',
      'export control*',
      'contractual requirement*',
      'law enforcement',
      'lawful'
    ]
  },
  {
    code: 'privacy',
    label: { en: 'Privacy and personal data', ja: '個人情報保護' },
    ja: [
      '個人情報',
      '個人データ',
      'プライバシー',
      'GDPR',
      '個人情報保護法',
      '匿名化',
      '仮名化',
      '本人の同意',
      'マイナンバー',
      '個人に関する情報'
    ],
    en: [
      'privacy',
      'personal data',
      'personal information',
      'pii',
      'gdpr',
      'ccpa',
      'data subject*',
      'data protection',
      'anonymi*',
      'pseudonymi*',
      'consent',
      'personally identifiable'
    ]
  },
  {
    code: 'intellectual-property',
    label: { en: 'Intellectual property', ja: '知的財産権' },
    ja: ['知的財産', '著作権', '特許', '使用許諾', '利用を許諾', '商標', 'ライセンス'],
    en: [
      'intellectual property',
      'copyright*',
      'patent*',
      'licen*',
      'trademark*',
      'open source licen*'
    ]
  },
  {
    code: 'certification',
    label: { en: 'Certifications and audits', ja: '認証取得・監査' },
    ja: [
      'ISO',
      'ISMS',
      '27001',
      '27017',
      '27018',
      '27701',
      'SOC1',
      'SOC2',
      'SOC 2',
      'SOC 1',
      '第三者認証',
      '認証取得',
      '認証を取得',
      '認証規格',
      '認証機関',
      '認定',
      '内部監査',
      '外部監査',
      '監査報告',
      '監査を受け',
      '監査を実施',
      '第三者監査',
      '監査法人',
      '監査結果',
      '独立したレビュー',
      'ISMAP',
      'プライバシーマーク',
      'Pマーク',
      '第三者の評価',
      '第三者評価',
      '適合性評価'
    ],
    en: [
      'iso',
      'isms',
      '27001',
      '27017',
      '27018',
      '27701',
      'soc 1',
      'soc 2',
      'soc1',
      'soc2',
      'soc',
      'certif*',
      'attestation*',
      'audits',
      'auditor*',
      'audited',
      'internal audit*',
      'external audit*',
      'independent audit*',
      'third party audit*',
      'audit report*',
      'audit result*',
      'independent review*',
      'independent assessment*',
      'ismap',
      'fedramp',
      'pci dss',
      'csa star',
      'accreditat*'
    ]
  },
  {
    code: 'certification.internal-audit',
    parent: 'certification',
    label: { en: 'Internal audits', ja: '内部監査' },
    ja: ['内部監査'],
    en: ['internal audit*']
  },
  {
    code: 'shared-responsibility',
    label: { en: 'Shared responsibility', ja: '責任分界' },
    ja: [
      '責任分界',
      '責任分界点',
      '責任共有',
      '責任共有モデル',
      '責任範囲',
      '役割分担',
      '責任の分担',
      '責任分担',
      '責任の範囲',
      '利用者の責任'
    ],
    en: [
      'shared responsibilit*',
      'responsibility model',
      'division of responsibilit*',
      'responsibility matrix',
      'responsibility matrices',
      'demarcation',
      'ssrm',
      'customer responsibilit*',
      'shared security model',
      'split of responsibilit*'
    ]
  },
  {
    code: 'transparency',
    label: { en: 'Information for customers', ja: '利用者への情報提供' },
    ja: [
      '情報開示',
      '開示',
      '外部に公開',
      '公開すること',
      'ホワイトペーパー',
      '列挙',
      '受け入れを行うために必要な',
      '情報を提供',
      '情報提供',
      '提示すること'
    ],
    en: [
      'disclos*',
      'transparen*',
      'whitepaper*',
      'white paper*',
      'publish*',
      'documentation for customer*',
      'provide customer* with information'
    ]
  },
  {
    code: 'support',
    label: { en: 'Support and contact points', ja: 'サポート・問い合わせ窓口' },
    ja: [
      'サポート窓口',
      '苦情窓口',
      '問い合わせ窓口',
      '問合せ窓口',
      '問い合わせ先',
      '問合せ先',
      '連絡窓口',
      '窓口',
      'ヘルプデスク',
      'サポート体制',
      '問合せ',
      '問い合わせ'
    ],
    en: [
      'support desk',
      'help desk',
      'helpdesk',
      'customer support',
      'support team*',
      'complaint*',
      'point of contact',
      'contact point*',
      'support channel*',
      'support hours'
    ]
  },
  {
    code: 'contract',
    label: { en: 'Contracts and terms', ja: '契約・利用規約' },
    ja: [
      '契約書',
      '利用規約',
      '契約条件',
      '約款',
      '契約上',
      '契約事項',
      '契約内容',
      'サービス規約',
      '利用契約'
    ],
    en: [
      'contract*',
      'terms of service',
      'terms of use',
      'terms and conditions',
      'agreement*',
      'master service agreement*',
      'dpa'
    ]
  },
  {
    code: 'endpoint',
    label: { en: 'Endpoints and remote work', ja: '端末・リモートワーク' },
    ja: [
      'モバイル端末',
      'スマートフォン',
      '端末',
      'パソコン',
      'ノートPC',
      'BYOD',
      'テレワーク',
      'リモートワーク',
      '在宅勤務',
      'リモートアクセス',
      '業務用PC',
      'PC'
    ],
    en: [
      'mobile device*',
      'laptop*',
      'endpoint*',
      'workstation*',
      'byod',
      'remote work*',
      'telework*',
      'remote access',
      'work from home',
      'company device*',
      'smartphone*',
      'pc',
      'pcs'
    ]
  },
  {
    code: 'email',
    label: { en: 'Email and messaging', ja: '電子メール' },
    ja: ['電子メール', 'メール', '迷惑メール', '標的型', 'フィッシング'],
    en: ['email*', 'e mail*', 'phishing', 'spam', 'messaging', 'dmarc', 'spf', 'dkim']
  },
  {
    code: 'api',
    label: { en: 'APIs and integrations', ja: 'API・外部連携' },
    ja: ['API', 'APIキー', '外部連携', '外部サービス連携', 'Webhook', 'プラグイン'],
    en: ['api', 'apis', 'api key*', 'integration*', 'webhook*', 'plugin*', 'plug in*']
  }
];
