/**
 * The insights step on answers of our own, in Japanese and English, for the shapes a reviewer
 * meets: who is responsible (including the customer, which the seeds never say), the flags by
 * mark, CAIQ ownership, party names, and what a document's items get as a whole.
 */
import { ANSWER_FLAGS, RESPONSIBILITIES, analyseItem, analyseItems } from 'c/checksheetInsights';
import type { AnalysedItem, ItemInsight } from 'c/checksheetInsights';
import type { ItemStatus } from 'c/checksheetStatus';

const MARKS: Record<ItemStatus, string> = {
  implemented: '○',
  partial: '△',
  not_implemented: '×',
  not_applicable: '-',
  none: ''
};

function item(answer: string, status: ItemStatus = 'implemented', question = ''): AnalysedItem {
  return { question, status, mark: MARKS[status], answer };
}

function insight(answer: string, status: ItemStatus = 'implemented', question = ''): ItemInsight {
  return analyseItem(item(answer, status, question));
}

describe('responsibility', () => {
  it('is the customer when the answer hands the item to them', () => {
    expect(insight('利用者アカウントの権限設定はお客様にて行っていただきます。')).toMatchObject({
      responsibility: 'customer',
      responsibleParty: []
    });
    expect(insight('The customer must configure password rules in their tenant.')).toMatchObject({
      responsibility: 'customer'
    });
  });

  it('is shared when the customer does part and the vendor or the platform the rest', () => {
    const vendorAndCustomer = insight(
      '暗号鍵は当社が年1回更新いたします。鍵の失効手続きはお客様の責任となります。'
    );
    expect(vendorAndCustomer.responsibility).toBe('shared');
    expect(vendorAndCustomer.responsibilityEvidence.map((e) => e.rule)).toEqual([
      'ja.customer.responsibility',
      'ja.vendor.acts'
    ]);
    const platformAndCustomer = insight(
      'Network security is managed by Microsoft Azure; the customer is responsible for access policies.'
    );
    expect(platformAndCustomer).toMatchObject({
      responsibility: 'shared',
      responsibleParty: ['Microsoft Azure']
    });
  });

  it('is shared when the vendor acts beside what the platform manages', () => {
    const both = insight(
      'アプリケーションの監視は当社で実施しております。サーバーの監視はAWSの管理範囲となっております。'
    );
    expect(both).toMatchObject({ responsibility: 'shared', responsibleParty: ['AWS'] });
  });

  it("counts no vendor action in a clause that names the platform's remit", () => {
    expect(insight('本事項はSalesforceの管理範囲となっております。')).toMatchObject({
      responsibility: 'platform',
      responsibleParty: ['Salesforce']
    });
  });

  it('reads a bracketed aside as part of its clause', () => {
    // "としています" belongs to the clause that names the platform, despite the 、 in brackets.
    const answer =
      '本製品はHerokuをプラットフォーム（アプリを動作させる、データを保存する基盤）としています。';
    expect(insight(answer)).toMatchObject({
      responsibility: 'platform',
      responsibleParty: ['Heroku']
    });
  });

  it('lets a vendor subject end the reach of another company named earlier in the sentence', () => {
    const answer =
      'ホスティング事業者のエクイニクス社では入館記録を保管しており、当社では毎月その記録を確認しております。';
    expect(insight(answer).responsibility).toBe('shared');
    const theirs = 'エクイニクス社では、入館記録を保管し、毎月確認しております。';
    expect(insight(theirs).responsibility).toBe('platform');
  });

  it('is unstated for a bare link, a reference elsewhere, or no text', () => {
    expect(insight('https://example.com/security/requirements').responsibility).toBe('unstated');
    expect(insight('詳細はホワイトペーパーをご参照ください。').responsibility).toBe('unstated');
    expect(insight('').responsibility).toBe('unstated');
  });

  it('names every party found, in order, under one name each', () => {
    const answer =
      '本サービスはSalesforce/Microsoft Azure App Serviceにて構築されており、本事項はSaleforceとAWSの管理範囲です。';
    expect(insight(answer).responsibleParty).toEqual(['Salesforce', 'Microsoft Azure', 'AWS']);
  });

  it('finds names that are on no list, and never a generic word', () => {
    expect(insight('認証基盤はKeycloakに準じます。').responsibleParty).toEqual(['Keycloak']);
    expect(insight('通信はHTTPSに準拠しております。').responsibility).toBe('vendor');
    expect(insight('ISO/IEC 27001に準拠した管理策を運用しております。')).toMatchObject({
      responsibility: 'vendor',
      responsibleParty: []
    });
    expect(insight('We run controls in accordance with PCI DSS 4.0.').responsibility).toBe(
      'vendor'
    );
    expect(insight('クラウドサービスに準じます。').responsibility).toBe('unstated');
  });

  it('keeps only the capitalised name next to an English phrase', () => {
    expect(
      insight('Hosted on Amazon Web Services in the Frankfurt region.').responsibleParty
    ).toEqual(['AWS']);
    expect(insight('Data is hosted on our own servers in Osaka.')).toMatchObject({
      responsibility: 'vendor',
      responsibleParty: []
    });
  });
});

describe('CAIQ SSRM Control Ownership', () => {
  function caiq(ownership: string, answer = 'Reviewed yearly.'): ItemInsight {
    return analyseItem({
      question: 'Are audit policies established?',
      status: 'implemented',
      mark: 'Yes',
      answer,
      extra: { 'SSRM Control Ownership': ownership, 'CSC Responsibilities': '' }
    });
  }

  it.each([
    ['CSP-owned', 'vendor'],
    ['CSC-owned', 'customer'],
    ['Shared CSP and CSC', 'shared'],
    ['Shared CSP and 3rd-party', 'shared'],
    ['3rd-party outsourced', 'platform'],
    ['csp owned', 'vendor']
  ])('maps "%s" to %s, citing the cell', (ownership, responsibility) => {
    const result = caiq(ownership);
    expect(result.responsibility).toBe(responsibility);
    expect(result.responsibilityEvidence).toEqual([
      {
        rule: 'caiq.ownership',
        text: ownership,
        start: 0,
        end: ownership.length,
        source: 'ownership'
      }
    ]);
  });

  it('takes the party of an outsourced control from the answer', () => {
    expect(caiq('3rd-party outsourced', 'Data centres are operated by Equinix.')).toMatchObject({
      responsibility: 'platform',
      responsibleParty: ['Equinix']
    });
    expect(caiq('CSP-owned', 'Hosted on AWS; we monitor it.').responsibleParty).toEqual([]);
  });

  it('falls back to the answer when the cell is empty or unknown', () => {
    expect(caiq('', 'Customers are responsible for their keys.').responsibility).toBe('customer');
    expect(caiq('TBD', 'We rotate keys yearly.').responsibility).toBe('vendor');
  });
});

describe('flags', () => {
  it('hedges in English: not currently, planned for Q3, where feasible', () => {
    for (const [answer, reason] of [
      [
        'Customer-managed keys are not currently offered.',
        'Customer-managed keys are not currently offered'
      ],
      [
        'Yes. Hardware tokens for admins are planned for Q3.',
        'Hardware tokens for admins are planned for Q3'
      ],
      [
        'Logs are replicated to a second region where feasible.',
        'Logs are replicated to a second region where feasible'
      ]
    ]) {
      expect(insight(answer)).toMatchObject({ flag: 'hedged', flagReason: reason });
    }
  });

  it('hedges in Japanese, with the clause that admits the gap as the reason', () => {
    expect(
      insight('定期的な報告は行っておりませんが、重大な事象は随時お知らせします。')
    ).toMatchObject({
      flag: 'hedged',
      flagReason: '定期的な報告は行っておりませんが'
    });
  });

  it('finds a ○ contradicted by a denial of what the question asks', () => {
    const result = insight(
      '当社はお客様データを保持しません。そのため、データを暗号化する機能は提供しておりません。',
      'implemented',
      '保存データを暗号化する機能が提供されていること。'
    );
    expect(result).toMatchObject({
      flag: 'contradicts',
      flagReason: 'データを暗号化する機能は提供しておりません'
    });
  });

  it('finds a Yes contradicted in English', () => {
    expect(
      insight(
        'Penetration tests are not performed.',
        'implemented',
        'Are penetration tests performed?'
      ).flag
    ).toBe('contradicts');
  });

  it('finds a × whose text describes the control in place, in both languages', () => {
    expect(
      insight('管理者アカウントには多要素認証を必須としております。', 'not_implemented')
    ).toMatchObject({
      flag: 'contradicts',
      flagReason: '管理者アカウントには多要素認証を必須としております'
    });
    expect(insight('MFA is enabled for every administrator.', 'not_implemented').flag).toBe(
      'contradicts'
    );
  });

  it('leaves a × alone when its text says what is missing', () => {
    expect(insight('多要素認証は導入しておりません。', 'not_implemented').flag).toBe('none');
    expect(insight('Not yet; SSO is planned.', 'not_implemented').flag).toBe('none');
    expect(insight('MFA is enabled for admins, not for users.', 'not_implemented').flag).toBe(
      'none'
    );
  });

  it('never flags a partial mark for its text, nor an item without a mark', () => {
    expect(insight('手順の文書化は行っておりません。', 'partial').flag).toBe('none');
    expect(insight('手順の文書化は行っておりません。', 'none').flag).toBe('none');
    expect(insight('', 'none').flag).toBe('none');
  });

  it('finds a mark without text, citing the mark', () => {
    for (const status of ['implemented', 'partial', 'not_implemented'] as const) {
      expect(insight('  \u3000', status)).toMatchObject({
        flag: 'no_text',
        flagReason: MARKS[status]
      });
    }
  });

  it('finds "not applicable" without a reason, and accepts one with a reason', () => {
    expect(insight('', 'not_applicable')).toMatchObject({
      flag: 'unexplained_na',
      flagReason: '-'
    });
    expect(insight(' 対象外です。 ', 'not_applicable')).toMatchObject({
      flag: 'unexplained_na',
      flagReason: '対象外です。'
    });
    expect(insight('N/A', 'not_applicable').flag).toBe('unexplained_na');
    expect(insight('決済情報を扱わないため対象外です。', 'not_applicable').flag).toBe('none');
    expect(insight('Not applicable: we hold no card data.', 'not_applicable').flag).toBe('none');
    expect(insight('本事項はkintoneに準じます。', 'not_applicable').flag).toBe('none');
  });

  it('leaves a plain positive answer alone', () => {
    expect(insight('年1回、全従業員に教育を実施しております。')).toMatchObject({
      flag: 'none',
      flagReason: '',
      flagEvidence: null
    });
  });
});

describe('analyseItems', () => {
  const items: AnalysedItem[] = [
    item('本事項はSalesforceに準じます。'),
    item('', 'not_applicable'),
    item('本事項はSalesforceに準じます。', 'not_applicable'),
    item('監査報告書は公開しておりません。', 'implemented', '監査報告書を公開すること。'),
    item('監査報告書は公開しておりません。', 'implemented', '監査を受けること。'),
    item('本事項はSalesforceに準じます。')
  ];

  it('gives one insight per item, in order, the same as item by item', () => {
    const insights = analyseItems(items);
    expect(insights).toEqual(items.map((one) => analyseItem(one)));
    expect(insights.map((one) => one.flag)).toEqual([
      'none',
      'unexplained_na',
      'none',
      'contradicts',
      'hedged',
      'none'
    ]);
  });

  it('reads a repeated answer once, but flags it by each item own mark and question', () => {
    const insights = analyseItems(items);
    expect(insights[2].responsibilityEvidence).toBe(insights[0].responsibilityEvidence);
    expect(insights[3].flag).not.toBe(insights[4].flag);
    // The same text with the same flag: one insight, shared; another flag, another insight.
    expect(insights[5]).toBe(insights[0]);
    expect(insights[4]).not.toBe(insights[3]);
  });

  it('uses only the vocabulary values', () => {
    for (const one of analyseItems(items)) {
      expect(RESPONSIBILITIES).toContain(one.responsibility);
      expect(ANSWER_FLAGS).toContain(one.flag);
    }
  });
});
