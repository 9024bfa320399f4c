/**
 * The roll-up counts and Coverage__c as the org computes them: the table in rollUps.ts agrees
 * with the field metadata (each roll-up's filter, the coverage formula and its scale), and the
 * numbers a reviewer sees on the header are those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CHECKSHEET_ITEM_OBJECT, CHECKSHEET_OBJECT } from 'c/checksheetSchema';
import { REVIEWER_COMMENT_LENGTH } from '../limits';
import type { ItemRecord } from '../records';
import { applyItemChange, coverage, emptyCounts, ROLL_UPS } from '../rollUps';
import { ROOT } from './harness';

const FIELDS_DIR = path.join(ROOT, 'force-app/main/default/objects', CHECKSHEET_OBJECT, 'fields');

interface FieldXml {
  CustomField: {
    fullName: string;
    type: string;
    formula?: string;
    scale?: number;
    summaryForeignKey?: string;
    summaryOperation?: string;
    summaryFilterItems?: { field: string; operation: string; value: string }[];
  };
}

const parser = new XMLParser({ isArray: (name) => name === 'summaryFilterItems' });

function field(name: string): FieldXml['CustomField'] {
  const xml = readFileSync(path.join(FIELDS_DIR, `${name}.field-meta.xml`), 'utf8');
  return (parser.parse(xml) as FieldXml).CustomField;
}

test('every roll-up summary field of Checksheet__c is in the table, with its filter', () => {
  const summaryFields = readdirSync(FIELDS_DIR)
    .map((file) => file.replace('.field-meta.xml', ''))
    .filter((name) => field(name).type === 'Summary')
    .sort();
  expect(
    Object.values(ROLL_UPS)
      .map((rollUp) => rollUp.field)
      .sort()
  ).toEqual(summaryFields);
  for (const rollUp of Object.values(ROLL_UPS)) {
    const meta = field(rollUp.field);
    expect([rollUp.field, meta.summaryOperation, meta.summaryForeignKey]).toEqual([
      rollUp.field,
      'count',
      `${CHECKSHEET_ITEM_OBJECT}.${CHECKSHEET_OBJECT}`
    ]);
    const filters = (meta.summaryFilterItems ?? []).map((filter) => [
      filter.field,
      filter.operation,
      filter.value
    ]);
    const expected =
      'filter' in rollUp
        ? [
            [
              `${CHECKSHEET_ITEM_OBJECT}.${rollUp.filter.itemField}`,
              'operation' in rollUp.filter ? rollUp.filter.operation : 'equals',
              rollUp.filter.value
            ]
          ]
        : [];
    expect([rollUp.field, filters]).toEqual([rollUp.field, expected]);
  }
});

test('Coverage__c is implemented ÷ (items − not applicable), blank when nothing applies, one decimal', () => {
  const meta = field('Coverage__c');
  expect(meta.type).toBe('Percent');
  expect(Number(meta.scale)).toBe(1);
  expect(meta.formula?.replace(/\s+/g, ' ').trim()).toBe(
    'IF( (Item_Count__c - Not_Applicable_Count__c) = 0, NULL, Implemented_Count__c / (Item_Count__c - Not_Applicable_Count__c) )'
  );
  const counts = (itemCount: number, implementedCount: number, notApplicableCount: number) => ({
    ...emptyCounts(),
    itemCount,
    implementedCount,
    notApplicableCount
  });
  expect(coverage(counts(3, 1, 0))).toBe(33.3);
  expect(coverage(counts(3, 2, 0))).toBe(66.7);
  expect(coverage(counts(8, 1, 0))).toBe(12.5);
  expect(coverage(counts(4, 2, 2))).toBe(100);
  expect(coverage(counts(2, 0, 2))).toBeNull();
  expect(coverage(counts(0, 0, 0))).toBeNull();
});

test('the insight roll-ups count flagged answers (any flag but None) and platform-delegated items', () => {
  const totals = emptyCounts();
  const item = (answerFlag: string | null, responsibility: string | null) =>
    ({ answerFlag, responsibility, status: 'Implemented' }) as unknown as ItemRecord;
  for (const [flag, responsibility] of [
    ['None', 'Platform'],
    ['Hedged', 'Vendor'],
    ['No_Text', 'Platform'],
    ['None', 'Shared']
  ]) {
    applyItemChange(totals, undefined, item(flag, responsibility));
  }
  expect([totals.flaggedCount, totals.platformDelegatedCount, totals.itemCount]).toEqual([2, 2, 4]);
});

test("the reviewer comment's limit is Reviewer_Comment__c's length", () => {
  const xml = readFileSync(
    path.join(
      ROOT,
      'force-app/main/default/objects',
      CHECKSHEET_ITEM_OBJECT,
      'fields/Reviewer_Comment__c.field-meta.xml'
    ),
    'utf8'
  );
  const meta = (parser.parse(xml) as { CustomField: { length: number } }).CustomField;
  expect(Number(meta.length)).toBe(REVIEWER_COMMENT_LENGTH);
});
