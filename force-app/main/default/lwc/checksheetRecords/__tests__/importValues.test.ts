/**
 * The one item→field mapping, on the project's sample documents (always) and the real vendor
 * documents in ../shared/seeds (read, never copied; skipped when the folder is absent): every item
 * becomes the ImportItem a reviewer expects, and the records plan writes exactly those values
 * under the fields IMPORT_ITEM_FIELDS / IMPORT_HEADER_FIELDS name.
 */
import fs from 'fs';
import path from 'path';
import type { ImportItem } from 'c/checksheetApi';
import { matchKey } from 'c/checksheetAlign';
import { analyseItem, insightFieldValues } from 'c/checksheetInsights';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import {
  ImportPlanError,
  buildImportPlan,
  isIsoDate,
  toImportHeader,
  toImportItems
} from 'c/checksheetRecords';
import type { TreeFile, TreeRecord } from 'c/checksheetRecords';
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  FIELD_LENGTHS,
  IMPORT_HEADER_FIELDS,
  IMPORT_ITEM_FIELDS,
  ITEM_STATUS_VALUES
} from 'c/checksheetSchema';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';

const repoRoot = path.resolve(__dirname, '../../../../../..');
const samplesDir = path.join(repoRoot, 'data', 'samples');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(`Seed mapping tests skipped: ${seedsDir} is absent.`);
}

/** Parses a document read as text (jsdom has no TextDecoder; samples and seeds are UTF-8). */
function parseFile(dir: string, file: string): ParsedChecksheet {
  return parseChecksheet({ fileName: file, text: fs.readFileSync(path.join(dir, file), 'utf8') });
}

const SAMPLES = fs
  .readdirSync(samplesDir)
  .filter((name) => /\.(txt|csv)$/.test(name))
  .sort();

function itemRecords(plan: ReturnType<typeof buildImportPlan>): TreeRecord[] {
  return plan.files
    .filter((file) => file.name.startsWith('Checksheet_Item__c'))
    .flatMap((file) => (file.content as TreeFile).records);
}

function checksheetRecord(plan: ReturnType<typeof buildImportPlan>): TreeRecord {
  const file = plan.files.find((f) => f.name === 'Checksheet__c.json');
  return (file?.content as TreeFile).records[0];
}

/** What a reviewer expects an item to be stored as, when nothing had to be cut. */
function expectedItem(item: ChecksheetItem, index: number): ImportItem {
  return {
    itemNumber: item.number,
    section: item.section,
    question: item.question,
    status: STATUS_PICKLIST_VALUES[item.status],
    statusMark: item.mark,
    answer: item.answer,
    matchKey: matchKey(item.question),
    sourceSheet: item.sheet ?? '',
    sortOrder: index + 1,
    sourceLine: item.line,
    ...insightValues(item)
  };
}

/** The insight fields as the insights step gives them (its own tests say what it finds). */
function insightValues(item: ChecksheetItem) {
  const found = insightFieldValues(analyseItem(item));
  return {
    responsibility: found.Responsibility__c,
    responsibleParty: found.Responsible_Party__c,
    answerFlag: found.Answer_Flag__c,
    answerFlagReason: found.Answer_Flag_Reason__c
  };
}

describe('the field tables', () => {
  it('name a field of the schema for every ImportItem and ImportHeader property', () => {
    expect(Object.keys(IMPORT_ITEM_FIELDS).sort()).toEqual(
      [
        'itemNumber',
        'section',
        'question',
        'status',
        'statusMark',
        'answer',
        'matchKey',
        'sourceSheet',
        'sortOrder',
        'sourceLine',
        'responsibility',
        'responsibleParty',
        'answerFlag',
        'answerFlagReason'
      ].sort()
    );
    expect(Object.values(CHECKSHEET_ITEM_FIELDS)).toEqual(
      expect.arrayContaining(Object.values(IMPORT_ITEM_FIELDS))
    );
    expect(Object.values(CHECKSHEET_FIELDS)).toEqual(
      expect.arrayContaining(Object.values(IMPORT_HEADER_FIELDS))
    );
    expect(IMPORT_HEADER_FIELDS).toMatchObject({
      vendorId: 'Vendor__c',
      reviewerId: 'Reviewer__c',
      itemCount: 'Expected_Item_Count__c',
      sourceFileHash: 'Source_File_Hash__c'
    });
    expect(IMPORT_ITEM_FIELDS).toMatchObject({
      sourceSheet: 'Source_Sheet__c',
      matchKey: 'Match_Key__c'
    });
  });
});

describe.each(SAMPLES)('the sample %s', (file) => {
  const parsed = parseFile(samplesDir, file);
  const { items, warnings } = toImportItems(parsed);

  it('becomes one ImportItem per item, with the values as parsed', () => {
    expect(items).toHaveLength(parsed.items.length);
    expect(items).toEqual(parsed.items.map(expectedItem));
    expect(warnings).toEqual([]);
    for (const item of items) expect(ITEM_STATUS_VALUES).toContain(item.status);
  });

  it('is written by the records plan as exactly those values under their fields', () => {
    const plan = buildImportPlan(parsed, { vendorName: 'Acme' });
    const records = itemRecords(plan);
    expect(records).toHaveLength(items.length);
    records.forEach((record, index) => {
      const expected: Record<string, unknown> = {
        attributes: { type: 'Checksheet_Item__c', referenceId: `ItemRef${index + 1}` },
        Checksheet__c: '@ChecksheetRef1'
      };
      for (const [property, field] of Object.entries(IMPORT_ITEM_FIELDS)) {
        const value = items[index][property as keyof ImportItem];
        if (value !== '') expected[field] = value;
      }
      expect(record).toEqual(expected);
    });
  });

  it('has a header naming the document, its format and its item count', () => {
    const { header, warnings: headerWarnings } = toImportHeader(parsed, {
      vendorId: '001000000000001AAA'
    });
    expect(header).toEqual({
      name: parsed.title.trim() || parsed.fileName,
      vendorId: '001000000000001AAA',
      reviewerId: null,
      serviceName: '',
      framework: expect.any(String),
      documentVersion: parsed.version,
      issuedOn: null,
      receivedOn: null,
      preamble: parsed.preamble,
      sourceFileName: file,
      sourceFormat: parsed.format,
      sourceFileHash: '',
      itemCount: parsed.items.length
    });
    expect(headerWarnings).toEqual([]);
  });
});

describe('what a reviewer reads back', () => {
  it('keeps Acme Cloud 2.0 item 1-1 as written, implemented, with its URL in the answer', () => {
    const { items } = toImportItems(parseFile(samplesDir, 'acme-cloud-meti-v2.txt'));
    expect(items[0]).toEqual({
      itemNumber: '1-1',
      section: '1 情報セキュリティ方針',
      question:
        '経営者が承認した情報セキュリティ基本方針を文書化し、従業員及び利用者が参照できるようにしていること。',
      status: 'Implemented',
      statusMark: '○',
      answer:
        '代表取締役が承認した情報セキュリティ基本方針を定め、社内ポータルで全従業員に周知しております。利用者向けには当社Webサイトで公開しております。 ・情報セキュリティ基本方針： https://www.acme-cloud.example/security/policy',
      matchKey: matchKey(
        '経営者が承認した情報セキュリティ基本方針を文書化し、従業員及び利用者が参照できるようにしていること。'
      ),
      sourceSheet: '',
      sortOrder: 1,
      sourceLine: 24,
      // The vendor's own policy: its own responsibility, nothing in the answer takes it back.
      responsibility: 'Vendor',
      responsibleParty: '',
      answerFlag: 'None',
      answerFlagReason: ''
    });
    expect(items[items.length - 1]).toMatchObject({
      itemNumber: '11-3',
      status: 'Partial',
      statusMark: '△',
      sortOrder: 56
    });
  });

  it('maps Globex marks ○ △ × - to the four answered statuses', () => {
    const { items } = toImportItems(parseFile(samplesDir, 'globex-meti.txt'));
    const byStatus = new Map<string, Set<string>>();
    for (const item of items) {
      byStatus.set(item.status, (byStatus.get(item.status) ?? new Set()).add(item.statusMark));
    }
    expect([...byStatus.keys()].sort()).toEqual([
      'Implemented',
      'Not_Applicable',
      'Not_Implemented',
      'Partial'
    ]);
    expect(byStatus.get('Not_Implemented')).toEqual(new Set(['×']));
    expect(byStatus.get('Partial')).toEqual(new Set(['△']));
  });

  it('keeps the CAIQ answers Yes / No / NA as the marks and the question ids as numbers', () => {
    const { items } = toImportItems(parseFile(samplesDir, 'initech-caiq.csv'));
    expect(items[0]).toMatchObject({
      itemNumber: 'A&A-01.1',
      status: 'Implemented',
      statusMark: 'Yes'
    });
    expect(items.find((i) => i.itemNumber === 'BCR-11.1')).toMatchObject({
      status: 'Not_Applicable',
      statusMark: 'NA'
    });
    expect(items.find((i) => i.itemNumber === 'CEK-08.1')).toMatchObject({
      status: 'Not_Implemented',
      statusMark: 'No'
    });
  });

  it('stores white-paper sections without a mark as status None', () => {
    const parsed = parseFile(samplesDir, 'acme-whitepaper.txt');
    const { items } = toImportItems(parsed);
    expect(toImportHeader(parsed).header.framework).toBe('Security_White_Paper');
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['None']));
    expect(items.every((i) => i.statusMark === '' && i.question !== '')).toBe(true);
  });
});

(haveSeeds ? describe : describe.skip)('the real vendor documents in ../shared/seeds', () => {
  const seeds = haveSeeds ? fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt')) : [];

  it.each(seeds)('%s: every item becomes the ImportItem a reviewer expects', (file) => {
    const parsed = parseFile(seedsDir, file);
    const { items, warnings } = toImportItems(parsed);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(parsed.items.map(expectedItem));
    expect(warnings).toEqual([]);
    expect(new Set(items.map((i) => i.sortOrder)).size).toBe(items.length);
    expect(toImportHeader(parsed).header.itemCount).toBe(items.length);
  });

  it('reads the RayKit METI checksheet as its 70 items', () => {
    const file = seeds.find((name) => name.startsWith('001_')) as string;
    const { items } = toImportItems(parseFile(seedsDir, file));
    expect(items).toHaveLength(70);
    expect(items[0]).toMatchObject({ itemNumber: '1-1', sortOrder: 1 });
    expect(items.every((i) => i.question !== '' && i.matchKey !== '')).toBe(true);
  });
});

function parsedWith(
  items: ChecksheetItem[],
  overrides: Partial<ParsedChecksheet> = {}
): ParsedChecksheet {
  return {
    title: 'Acme Cloud',
    version: '2.0',
    format: 'xlsx',
    encoding: 'binary',
    preamble: '',
    sections: [],
    items,
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
    fileName: 'acme.xlsx',
    ...overrides
  };
}

const sheetItem: ChecksheetItem = {
  number: '1-1',
  section: '',
  question: '基本方針を定めていますか',
  status: 'implemented',
  mark: '○',
  answer: 'はい',
  line: 5,
  sheet: '確認事項'
};

describe('toImportItems', () => {
  it('fills sourceSheet from the workbook sheet, which the records plan writes to Source_Sheet__c', () => {
    const parsed = parsedWith([sheetItem, { ...sheetItem, number: '1-2', sheet: undefined }]);
    const { items } = toImportItems(parsed);
    expect(items.map((i) => i.sourceSheet)).toEqual(['確認事項', '']);
    const records = itemRecords(buildImportPlan(parsed, { vendorName: 'Acme' }));
    expect(records[0].Source_Sheet__c).toBe('確認事項');
    expect(records[1]).not.toHaveProperty('Source_Sheet__c');
  });

  it('cuts a sheet name, item number and question to their fields, one warning each', () => {
    const question = 'q'.repeat(FIELD_LENGTHS.question + 1);
    const { items, warnings } = toImportItems(
      parsedWith([
        { ...sheetItem, number: 'n'.repeat(41), question, sheet: 's'.repeat(120) },
        { ...sheetItem, number: '' }
      ])
    );
    expect(items[0].itemNumber).toHaveLength(40);
    expect(items[0].question).toHaveLength(FIELD_LENGTHS.question);
    expect(items[0].sourceSheet).toHaveLength(100);
    // The fingerprint is of the whole question, so the cut one still matches its other versions.
    expect(items[0].matchKey).toBe(matchKey(question));
    const where = `Checksheet_Item__c ${'n'.repeat(41)}`;
    expect(warnings).toEqual([
      `${where} Item_Number__c: cut from 41 to 40 characters`,
      `${where} Question__c: cut from ${FIELD_LENGTHS.question + 1} to ${FIELD_LENGTHS.question} characters`,
      `${where} Source_Sheet__c: cut from 120 to 100 characters`
    ]);
    expect(items[1]).toMatchObject({ itemNumber: '', sortOrder: 2 });
  });
});

describe('toImportHeader', () => {
  it('takes the reviewer’s choices over what the document says', () => {
    const { header, warnings } = toImportHeader(parsedWith([sheetItem]), {
      vendorId: '001000000000001AAA',
      reviewerId: '005000000000001AAA',
      checksheetName: '  Acme Cloud 2025  ',
      serviceName: ' Acme Cloud ',
      framework: 'METI_Cloud_2013',
      documentVersion: '2.1',
      issuedOn: '2025-04-01',
      receivedOn: '2025-04-10',
      sourceFileHash: 'ab'.repeat(32)
    });
    expect(header).toEqual({
      name: 'Acme Cloud 2025',
      vendorId: '001000000000001AAA',
      reviewerId: '005000000000001AAA',
      serviceName: 'Acme Cloud',
      framework: 'METI_Cloud_2013',
      documentVersion: '2.1',
      issuedOn: '2025-04-01',
      receivedOn: '2025-04-10',
      preamble: '',
      sourceFileName: 'acme.xlsx',
      sourceFormat: 'xlsx',
      sourceFileHash: 'ab'.repeat(32),
      itemCount: 1
    });
    expect(warnings).toEqual([]);
  });

  it('defaults the framework from the format and reads empty dates as none', () => {
    const { header } = toImportHeader(parsedWith([]), { issuedOn: '', receivedOn: null });
    expect(header).toMatchObject({
      framework: 'Custom',
      issuedOn: null,
      receivedOn: null,
      vendorId: '',
      itemCount: 0
    });
  });

  it('cuts a long service name with a warning', () => {
    const { header, warnings } = toImportHeader(parsedWith([]), { serviceName: 'x'.repeat(300) });
    expect(header.serviceName).toHaveLength(255);
    expect(warnings).toEqual(['Checksheet__c Service_Name__c: cut from 300 to 255 characters']);
  });

  it.each([
    [{ issuedOn: '2025/04/01' }, 'issued date "2025/04/01" is not a date written YYYY-MM-DD'],
    [{ receivedOn: '2025-13-01' }, 'received date "2025-13-01" is not a date written YYYY-MM-DD']
  ])('refuses %j', (options, message) => {
    expect(() => toImportHeader(parsedWith([]), options)).toThrow(new ImportPlanError(message));
  });

  it('is what the records plan writes on the checksheet, except the staged import’s expected count', () => {
    const parsed = parseFile(samplesDir, 'acme-cloud-meti-v2.txt');
    const { header } = toImportHeader(parsed, { receivedOn: '2025-04-01' });
    const record = checksheetRecord(
      buildImportPlan(parsed, { vendorName: 'Acme', receivedOn: '2025-04-01' })
    );
    const expected: Record<string, unknown> = {
      attributes: { type: 'Checksheet__c', referenceId: 'ChecksheetRef1' },
      Review_Status__c: 'Received'
    };
    for (const [property, field] of Object.entries(IMPORT_HEADER_FIELDS)) {
      const value = header[property as keyof typeof header];
      if (property !== 'itemCount' && value !== '' && value !== null) expected[field] = value;
    }
    expected.Vendor__c = '@AccountRef1';
    expect(record).toEqual(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-4-1', false],
    ['', false]
  ])('%s → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
