/**
 * Every rule of the Japanese and English tables, each with answers of our own that a vendor
 * could have written: the rule must decide what its table says, and be named in the evidence.
 * A rule added without an example here fails the first test.
 */
import { analyseItem } from 'c/checksheetInsights';
import type { AnswerFlag, ItemInsight, Responsibility } from 'c/checksheetInsights';
import type { ItemStatus } from 'c/checksheetStatus';
import { ENGLISH_RULES } from '../rulesEn';
import { JAPANESE_RULES } from '../rulesJa';

interface Example {
  answer: string;
  question?: string;
  status?: ItemStatus;
  responsibility?: Responsibility;
  party?: string[];
  flag?: AnswerFlag;
  /** False when the rule's effect is that nothing is flagged (negations, reassurances). */
  cited?: boolean;
}

const MARKS: Record<ItemStatus, string> = {
  implemented: '○',
  partial: '△',
  not_implemented: '×',
  not_applicable: '-',
  none: ''
};

const EXAMPLES: Record<string, Example[]> = {
  // Japanese: responsibility
  'ja.customer.responsibility': [
    { answer: 'データのエクスポートと保管はお客様の責任となります。', responsibility: 'customer' },
    {
      answer: 'アカウントの棚卸しは利用者側で実施いただく必要があります。',
      responsibility: 'customer'
    }
  ],
  'ja.vendor.ownScope': [
    { answer: 'アプリケーションの脆弱性対応は当社の責任範囲です。', responsibility: 'vendor' }
  ],
  'ja.shared.model': [
    {
      answer: '本サービスはAWSの責任共有モデルに基づいて運用しております。',
      responsibility: 'shared'
    }
  ],
  'ja.platform.managedScope': [
    {
      answer: '物理的な入退室管理はGoogle Cloudの管理範囲です。',
      responsibility: 'platform',
      party: ['Google Cloud']
    },
    {
      answer: 'ハードウェアの保守は基盤事業者の管理範囲です。',
      responsibility: 'platform',
      party: []
    }
  ],
  'ja.platform.responsibility': [
    {
      answer: 'OSのパッチ適用はHerokuの責任範囲となります。',
      responsibility: 'platform',
      party: ['Heroku']
    }
  ],
  'ja.platform.follows': [
    { answer: 'パスワードポリシーはBoxに準じます。', responsibility: 'platform', party: ['Box'] },
    {
      answer: 'Zendeskのセキュリティ基準に従って運用されます。',
      responsibility: 'platform',
      party: ['Zendesk']
    }
  ],
  'ja.platform.delegated': [
    {
      answer: 'ユーザー認証はOktaを通じて行われます。',
      responsibility: 'platform',
      party: ['Okta']
    }
  ],
  'ja.platform.becauseRunsOn': [
    {
      answer: '本アプリはServiceNow上で動作するため、対象外です。',
      status: 'not_applicable',
      responsibility: 'platform',
      party: ['ServiceNow'],
      flag: 'none'
    }
  ],
  'ja.platform.companyActs': [
    {
      answer: 'データセンターの運用はエクイニクス社が担っております。',
      responsibility: 'platform',
      party: ['エクイニクス']
    }
  ],
  'ja.platform.runsOn': [
    {
      answer: '本サービスはkintone上で動作します。',
      responsibility: 'platform',
      party: ['kintone']
    }
  ],
  'ja.platform.builtOn': [
    {
      answer: 'バックエンドはGoogle Cloudにて構築しております。',
      responsibility: 'platform',
      party: ['Google Cloud']
    }
  ],
  'ja.vendor.subject': [
    { answer: '当社では年に一度、外部機関の監査を受けております。', responsibility: 'vendor' }
  ],
  'ja.vendor.acts': [{ answer: '障害発生時はメールで通知いたします。', responsibility: 'vendor' }],

  // Japanese: flags
  'ja.hedge.concessive': [
    {
      answer: '第三者認証は取得しておりませんが、社内監査を実施しております。',
      flag: 'hedged'
    }
  ],
  'ja.hedge.planned': [{ answer: '多要素認証は来年度に導入予定です。', flag: 'hedged' }],
  'ja.hedge.irregular': [{ answer: '訓練は不定期に実施しております。', flag: 'hedged' }],
  'ja.hedge.exception': [{ answer: '原則として3営業日以内に回答いたします。', flag: 'hedged' }],
  'ja.hedge.partial': [
    { answer: '保存データの暗号化は一部のみ対応しております。', flag: 'hedged' }
  ],
  'ja.hedge.withheld': [{ answer: '診断結果は非公開としております。', flag: 'hedged' }],
  'ja.denial.any': [{ answer: '未実施です。', flag: 'contradicts' }],
  'ja.denial.provide': [
    {
      question: '監査ログを利用者に提供すること。',
      answer: '監査ログは提供しておりません。',
      flag: 'contradicts'
    },
    {
      question: '監査ログを一定期間保管すること。',
      answer: 'ログは1年間保管しております。検索画面は提供しておりません。',
      flag: 'hedged'
    }
  ],
  'ja.denial.disclose': [
    {
      question: '障害の履歴を利用者に明示すること。',
      answer: '障害履歴は明示しておりません。',
      flag: 'contradicts'
    }
  ],
  'ja.denial.publish': [
    {
      question: '外部監査の報告書を公開すること。',
      answer: '監査報告書は公開しておりません。',
      flag: 'contradicts'
    }
  ],
  'ja.denial.document': [
    {
      question: '運用手順を文書化すること。',
      answer: '手順は文書化しておりません。担当者間で口頭により引き継いでおります。',
      flag: 'contradicts'
    }
  ],
  'ja.denial.notDone': [
    {
      question: 'ログを定期的に確認すること。',
      answer: 'ログの自動分析は行っておりません。担当者が毎週目視で確認しております。',
      flag: 'hedged'
    }
  ],
  'ja.denial.notHeld': [
    {
      question: '利用者データを暗号化すること。',
      answer: '利用者データは当社では保存しておりません。',
      flag: 'none',
      cited: false
    },
    {
      question: '定期的にバックアップを取得すること。',
      answer: 'バックアップは取得しておりません。',
      flag: 'contradicts'
    }
  ],
  'ja.affirmation.done': [
    {
      status: 'not_implemented',
      answer: '全ての通信をTLS1.2以上で暗号化しております。',
      flag: 'contradicts'
    }
  ],
  'ja.negation.any': [
    {
      status: 'not_implemented',
      answer: '通信の暗号化は実施していますが、保存データは暗号化していない。',
      flag: 'none',
      cited: false
    }
  ],
  'ja.naOnly.words': [
    { status: 'not_applicable', answer: '対象外です。', flag: 'unexplained_na' },
    { status: 'not_applicable', answer: '該当なし', flag: 'unexplained_na' }
  ],

  // English: responsibility
  'en.customer.responsibility': [
    {
      answer: 'Customers are responsible for managing their own user accounts.',
      responsibility: 'customer'
    }
  ],
  'en.vendor.ownScope': [
    { answer: 'Patching the application is our responsibility.', responsibility: 'vendor' }
  ],
  'en.shared.model': [
    {
      answer: 'Security follows a shared responsibility model with the hosting provider.',
      responsibility: 'shared'
    }
  ],
  'en.platform.responsible': [
    {
      answer: 'Physical security is managed by Amazon Web Services.',
      responsibility: 'platform',
      party: ['AWS']
    },
    {
      answer: 'Heroku is responsible for the underlying operating system.',
      responsibility: 'platform',
      party: ['Heroku']
    }
  ],
  'en.platform.hostedOn': [
    {
      answer: 'The service is hosted on Google Cloud in the Tokyo region.',
      responsibility: 'platform',
      party: ['Google Cloud']
    }
  ],
  'en.vendor.acts': [
    { answer: 'We review access rights every quarter.', responsibility: 'vendor' }
  ],

  // English: flags
  'en.hedge.notYet': [
    { answer: 'Single sign-on is not currently available.', flag: 'hedged' },
    { answer: 'Hardware security keys: planned for Q3 2026.', flag: 'hedged' }
  ],
  'en.hedge.qualified': [{ answer: 'Data is encrypted at rest where feasible.', flag: 'hedged' }],
  'en.hedge.irregular': [{ answer: 'Restores are tested on an ad hoc basis.', flag: 'hedged' }],
  'en.hedge.partial': [
    { answer: 'MFA is enforced with the exception of service accounts.', flag: 'hedged' }
  ],
  'en.denial.any': [{ answer: 'No, this control is not implemented yet.', flag: 'contradicts' }],
  'en.denial.provide': [
    {
      question: 'Do you provide audit logs to customers?',
      answer: 'We do not provide audit logs to customers.',
      flag: 'contradicts'
    },
    {
      question: 'Are audit logs retained for a year?',
      answer: 'Logs are kept 13 months; an export API is not provided.',
      flag: 'hedged'
    }
  ],
  'en.denial.encrypt': [
    {
      question: 'Is customer data encrypted at rest?',
      answer: 'Backups are not encrypted.',
      flag: 'contradicts'
    }
  ],
  'en.denial.perform': [
    {
      question: 'Are penetration tests performed at least annually?',
      answer: 'We do not perform penetration tests.',
      flag: 'contradicts'
    }
  ],
  'en.denial.publish': [
    {
      question: 'Do you publish security incident reports?',
      answer: 'We do not publish incident reports.',
      flag: 'contradicts'
    }
  ],
  'en.denial.notSupported': [
    {
      question: 'Is SAML single sign-on supported?',
      answer: 'SAML is not supported.',
      flag: 'contradicts'
    },
    {
      question: 'Do you offer multi-factor authentication?',
      answer: 'TOTP apps work; SMS codes are not supported.',
      flag: 'hedged'
    }
  ],
  'en.denial.notHeld': [
    {
      question: 'Do you encrypt cardholder data?',
      answer: 'We do not store cardholder data.',
      flag: 'none',
      cited: false
    }
  ],
  'en.denial.doNot': [
    {
      question: 'Are backups tested?',
      answer: 'Backups are taken daily. We do not test restores.',
      flag: 'hedged'
    }
  ],
  'en.affirmation.done': [
    {
      status: 'not_implemented',
      answer: 'All staff laptops are encrypted and centrally managed.',
      flag: 'contradicts'
    }
  ],
  'en.negation.any': [
    {
      status: 'not_implemented',
      answer: 'Backups are performed daily but never tested.',
      flag: 'none',
      cited: false
    }
  ],
  'en.naOnly.words': [
    { status: 'not_applicable', answer: 'Not applicable.', flag: 'unexplained_na' },
    { status: 'not_applicable', answer: 'N/A', flag: 'unexplained_na' }
  ]
};

const TABLES = [JAPANESE_RULES, ENGLISH_RULES];
const RULE_IDS = TABLES.flatMap((table) => [
  ...table.responsibility.map((rule) => rule.id),
  ...table.flags.map((rule) => rule.id)
]);
const RESPONSIBILITY_IDS = new Set(
  TABLES.flatMap((table) => table.responsibility.map((rule) => rule.id))
);

function analyse(example: Example): ItemInsight {
  const status = example.status ?? 'implemented';
  return analyseItem({
    question: example.question ?? '',
    status,
    mark: MARKS[status],
    answer: example.answer
  });
}

describe('the rule tables', () => {
  it('give every rule a unique id, a reason and at least one phrase', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const table of TABLES) {
      for (const rule of [...table.responsibility, ...table.flags]) {
        expect(rule.id.startsWith(`${table.language}.`)).toBe(true);
        expect(rule.why.length).toBeGreaterThan(20);
        expect(rule.phrases.length).toBeGreaterThan(0);
      }
    }
  });

  it('have an example for every rule, and no example for a rule that does not exist', () => {
    expect(RULE_IDS.filter((id) => !(id in EXAMPLES))).toEqual([]);
    expect(Object.keys(EXAMPLES).filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });
});

/** Whether the insight names the rule as its evidence: a responsibility rule or the flag's. */
function cites(insight: ItemInsight, id: string): boolean {
  if (RESPONSIBILITY_IDS.has(id)) {
    return insight.responsibilityEvidence.some((evidence) => evidence.rule === id);
  }
  return insight.flagEvidence?.rule === id && insight.flagReason === insight.flagEvidence.text;
}

describe.each(Object.entries(EXAMPLES))('rule %s', (id, examples) => {
  it.each(examples.map((example) => [example.answer, example] as const))(
    'on "%s"',
    (_answer, example) => {
      const insight = analyse(example);
      const said: Partial<Example> = {
        responsibility: insight.responsibility,
        party: [...insight.responsibleParty],
        flag: insight.flag
      };
      const expected: Partial<Example> = {};
      for (const key of ['responsibility', 'party', 'flag'] as const) {
        if (example[key] === undefined) delete said[key];
        else Object.assign(expected, { [key]: example[key] });
      }
      expect(said).toEqual(expected);
      expect(example.cited === false || cites(insight, id)).toBe(true);
      // Every evidence phrase is where it says it is in the answer.
      const phrases = [...insight.responsibilityEvidence, insight.flagEvidence].filter(
        (evidence) => evidence?.source === 'answer'
      );
      expect(phrases.map((e) => example.answer.slice(e?.start, e?.end))).toEqual(
        phrases.map((e) => e?.text)
      );
    }
  );
});
