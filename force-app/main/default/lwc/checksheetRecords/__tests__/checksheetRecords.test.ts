import { matchKey } from 'c/checksheetAlign';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import { ImportPlanError, buildImportPlan, cutText, frameworkFor } from 'c/checksheetRecords';
import type { PlanEntry, TreeFile, TreeRecord } from 'c/checksheetRecords';
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  FIELD_LENGTHS,
  FRAMEWORK_VALUES,
  ITEM_STATUS_VALUES,
  REVIEW_STATUS_VALUES
} from 'c/checksheetSchema';

function item(overrides: Partial<ChecksheetItem> = {}): ChecksheetItem {
  return {
    number: '1-1',
    section: '1 情報セキュリティのための方針群',
    question: '情報セキュリティに関する基本方針を定めること。',
    status: 'implemented',
    mark: '○',
    answer: '基本方針を定め、公開しております。',
    line: 20,
    ...overrides
  };
}

function parsed(overrides: Partial<ParsedChecksheet> = {}): ParsedChecksheet {
  return {
    title: 'Acme Cloud セキュリティチェックシート',
    version: '2.0',
    format: 'meti',
    encoding: 'utf-8',
    preamble: 'Acme Cloud セキュリティチェックシート\nバージョン：2.0',
    sections: [],
    items: [
      item(),
      item({
        number: '6-18',
        section: '6 運用のセキュリティ',
        question: 'アクセス制御機能を提供すること。',
        status: 'not_applicable',
        mark: '-',
        answer: '',
        line: 61
      })
    ],
    revisions: [],
    diagnostics: [],
    lines: {
      total: 0,
      accounted: 0,
      items: 0,
      sections: 0,
      preamble: 0,
      revisions: 0,
      diagnostics: 0
    },
    fileName: 'acme-cloud-meti-v2.txt',
    ...overrides
  };
}

function file(plan: ReturnType<typeof buildImportPlan>, name: string): unknown {
  const found = plan.files.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name} in ${plan.files.map((f) => f.name)}`);
  return found.content;
}

function records(plan: ReturnType<typeof buildImportPlan>, name: string): TreeRecord[] {
  return (file(plan, name) as TreeFile).records;
}

describe('buildImportPlan', () => {
  const plan = buildImportPlan(parsed(), {
    vendorName: 'Acme Cloud株式会社',
    receivedOn: '2025-04-01'
  });

  it('lists plan.json first, then the data files in load order', () => {
    expect(plan.files.map((f) => f.name)).toEqual([
      'plan.json',
      'Account.json',
      'Checksheet__c.json',
      'Checksheet_Item__c.json'
    ]);
    expect(file(plan, 'plan.json')).toEqual([
      {
        sobject: 'Account',
        saveRefs: true,
        resolveRefs: false,
        files: ['Account.json']
      },
      {
        sobject: 'Checksheet__c',
        saveRefs: true,
        resolveRefs: true,
        files: ['Checksheet__c.json']
      },
      {
        sobject: 'Checksheet_Item__c',
        saveRefs: false,
        resolveRefs: true,
        files: ['Checksheet_Item__c.json']
      }
    ]);
  });

  it('creates the vendor Account by name', () => {
    expect(records(plan, 'Account.json')).toEqual([
      {
        attributes: { type: 'Account', referenceId: 'AccountRef1' },
        Name: 'Acme Cloud株式会社'
      }
    ]);
  });

  it('loads the checksheet under the Account with the document facts', () => {
    expect(records(plan, 'Checksheet__c.json')).toEqual([
      {
        attributes: { type: 'Checksheet__c', referenceId: 'ChecksheetRef1' },
        Name: 'Acme Cloud セキュリティチェックシート',
        Vendor__c: '@AccountRef1',
        Framework__c: 'METI_Cloud_2013',
        Review_Status__c: 'Received',
        Source_Format__c: 'meti',
        Document_Version__c: '2.0',
        Preamble__c: 'Acme Cloud セキュリティチェックシート\nバージョン：2.0',
        Source_File_Name__c: 'acme-cloud-meti-v2.txt',
        Received_On__c: '2025-04-01'
      }
    ]);
  });

  it('writes one item record per item, in order, under the checksheet', () => {
    expect(records(plan, 'Checksheet_Item__c.json')).toEqual([
      {
        attributes: { type: 'Checksheet_Item__c', referenceId: 'ItemRef1' },
        Checksheet__c: '@ChecksheetRef1',
        Item_Number__c: '1-1',
        Section__c: '1 情報セキュリティのための方針群',
        Question__c: '情報セキュリティに関する基本方針を定めること。',
        Status__c: 'Implemented',
        Status_Mark__c: '○',
        Answer__c: '基本方針を定め、公開しております。',
        Sort_Order__c: 1,
        Source_Line__c: 20,
        Match_Key__c: matchKey('情報セキュリティに関する基本方針を定めること。'),
        Responsibility__c: 'Vendor',
        Answer_Flag__c: 'None'
      },
      {
        attributes: { type: 'Checksheet_Item__c', referenceId: 'ItemRef2' },
        Checksheet__c: '@ChecksheetRef1',
        Item_Number__c: '6-18',
        Section__c: '6 運用のセキュリティ',
        Question__c: 'アクセス制御機能を提供すること。',
        Status__c: 'Not_Applicable',
        Status_Mark__c: '-',
        Sort_Order__c: 2,
        Source_Line__c: 61,
        Match_Key__c: matchKey('アクセス制御機能を提供すること。'),
        // "-" with no word of why the item does not apply: flagged for the reviewer.
        Responsibility__c: 'Unstated',
        Answer_Flag__c: 'Unexplained_NA',
        Answer_Flag_Reason__c: '-'
      }
    ]);
    expect(plan.counts).toEqual({ accounts: 1, checksheets: 1, items: 2 });
    expect(plan.warnings).toEqual([]);
  });

  it('uses only field names and picklist values the schema defines', () => {
    const checksheetFields = new Set<string>(Object.values(CHECKSHEET_FIELDS));
    const itemFields = new Set<string>(Object.values(CHECKSHEET_ITEM_FIELDS));
    for (const record of records(plan, 'Checksheet__c.json')) {
      for (const field of Object.keys(record).filter((k) => k !== 'attributes')) {
        expect(checksheetFields).toContain(field);
      }
      expect(FRAMEWORK_VALUES).toContain(record.Framework__c);
      expect(REVIEW_STATUS_VALUES).toContain(record.Review_Status__c);
    }
    for (const record of records(plan, 'Checksheet_Item__c.json')) {
      for (const field of Object.keys(record).filter((k) => k !== 'attributes')) {
        expect(itemFields).toContain(field);
      }
      expect(ITEM_STATUS_VALUES).toContain(record.Status__c);
    }
  });

  it('names the checksheet after the option, else the title, else the file', () => {
    const name = (p: ParsedChecksheet, checksheetName?: string): unknown =>
      records(buildImportPlan(p, { vendorName: 'Acme', checksheetName }), 'Checksheet__c.json')[0]
        .Name;
    expect(name(parsed(), 'Acme 2025年度')).toBe('Acme 2025年度');
    expect(name(parsed())).toBe('Acme Cloud セキュリティチェックシート');
    expect(name(parsed({ title: '' }))).toBe('acme-cloud-meti-v2.txt');
    expect(name(parsed({ title: '', fileName: '' }))).toBe('Checksheet');
  });

  it('leaves Received_On__c out when no date is given', () => {
    const record = records(
      buildImportPlan(parsed(), { vendorName: 'Acme' }),
      'Checksheet__c.json'
    )[0];
    expect(record).not.toHaveProperty('Received_On__c');
  });

  it('splits items into files of at most 200 records, all listed in plan.json', () => {
    const many = Array.from({ length: 401 }, (_, i) =>
      item({ number: `${i + 1}`, question: `質問 ${i + 1}`, line: i + 10 })
    );
    const big = buildImportPlan(parsed({ items: many }), {
      vendorName: 'Acme'
    });
    const names = [
      'Checksheet_Item__c-1.json',
      'Checksheet_Item__c-2.json',
      'Checksheet_Item__c-3.json'
    ];
    expect(big.files.map((f) => f.name).slice(3)).toEqual(names);
    expect(names.map((n) => records(big, n).length)).toEqual([200, 200, 1]);
    expect((file(big, 'plan.json') as PlanEntry[])[2].files).toEqual(names);
    const refs = names.flatMap((n) => records(big, n).map((r) => r.attributes.referenceId));
    expect(new Set(refs).size).toBe(401);
    expect(records(big, names[2])[0]).toMatchObject({
      Item_Number__c: '401',
      Sort_Order__c: 401
    });
  });

  it('records the workbook sheet of an item, whose row number alone is ambiguous', () => {
    const book = buildImportPlan(
      parsed({
        format: 'xlsx',
        items: [item({ sheet: '組織的対策', line: 3 }), item({ sheet: '技術的対策', line: 3 })]
      }),
      { vendorName: 'Acme' }
    );
    expect(
      records(book, 'Checksheet_Item__c.json').map((r) => [r.Source_Sheet__c, r.Source_Line__c])
    ).toEqual([
      ['組織的対策', 3],
      ['技術的対策', 3]
    ]);
  });

  it('writes no item file for a document without items', () => {
    const empty = buildImportPlan(parsed({ items: [] }), {
      vendorName: 'Acme'
    });
    expect(empty.files.map((f) => f.name)).toEqual([
      'plan.json',
      'Account.json',
      'Checksheet__c.json'
    ]);
    expect(file(empty, 'plan.json') as PlanEntry[]).toHaveLength(2);
  });

  it('cuts values longer than their fields and reports each cut', () => {
    const long = buildImportPlan(
      parsed({
        version: 'v'.repeat(50),
        items: [
          item({
            number: '6-7',
            mark: '○（一部の機能のみ対応しております）',
            answer: 'あ'.repeat(FIELD_LENGTHS.answer + 10)
          })
        ]
      }),
      { vendorName: 'Acme', checksheetName: 'n'.repeat(90) }
    );
    const sheet = records(long, 'Checksheet__c.json')[0];
    expect(sheet.Name).toBe('n'.repeat(80));
    expect(sheet.Document_Version__c).toBe('v'.repeat(40));
    const record = records(long, 'Checksheet_Item__c.json')[0];
    expect((record.Answer__c as string).length).toBe(FIELD_LENGTHS.answer);
    expect(record.Status_Mark__c).toBe('○（一部の機能のみ対応しております）'.slice(0, 16));
    expect(long.warnings).toEqual([
      'Checksheet__c Name: cut from 90 to 80 characters',
      'Checksheet__c Document_Version__c: cut from 50 to 40 characters',
      'Checksheet_Item__c 6-7 Status_Mark__c: cut from 18 to 16 characters',
      `Checksheet_Item__c 6-7 Answer__c: cut from ${FIELD_LENGTHS.answer + 10} to ${FIELD_LENGTHS.answer} characters`
    ]);
  });

  it('references an existing Account by Id instead of creating one', () => {
    const byId = buildImportPlan(parsed(), {
      vendorName: '',
      vendorId: '001000000000001AAA'
    });
    expect(byId.files.map((f) => f.name)).not.toContain('Account.json');
    expect(records(byId, 'Checksheet__c.json')[0].Vendor__c).toBe('001000000000001AAA');
    expect((file(byId, 'plan.json') as PlanEntry[])[0]).toEqual({
      sobject: 'Checksheet__c',
      saveRefs: true,
      resolveRefs: false,
      files: ['Checksheet__c.json']
    });
    expect(byId.counts.accounts).toBe(0);
  });

  it.each([
    [{ vendorName: '  ' }, 'a vendor (Account) name is required'],
    [
      { vendorName: 'Acme', receivedOn: '2025-02-30' },
      'received date "2025-02-30" is not a date written YYYY-MM-DD'
    ],
    [
      { vendorName: 'Acme', receivedOn: '1 April 2025' },
      'received date "1 April 2025" is not a date written YYYY-MM-DD'
    ],
    [
      { vendorName: 'Acme', vendorId: '003000000000001' },
      'vendor Id "003000000000001" is not an Account Id (15 or 18 characters starting with 001)'
    ]
  ])('refuses %j', (options, message) => {
    expect(() => buildImportPlan(parsed(), options)).toThrow(new ImportPlanError(message));
  });
});

describe('frameworkFor', () => {
  it.each([
    ['meti', 'METI_Cloud_2013'],
    ['sections', 'Security_White_Paper'],
    ['caiq', 'CAIQ_v4'],
    ['csv', 'Custom'],
    ['tsv', 'Custom'],
    ['xlsx', 'Custom']
  ] as const)('maps %s to %s', (format, framework) => {
    expect(frameworkFor(format)).toBe(framework);
  });
});

describe('cutText', () => {
  it('never leaves half a surrogate pair', () => {
    expect(cutText('ab𠮷', 3)).toBe('ab');
    expect(cutText('ab𠮷', 4)).toBe('ab𠮷');
  });
});
