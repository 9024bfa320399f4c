/**
 * An `sf data import tree` plan for one parsed checksheet: the vendor Account, the Checksheet__c
 * under it and its Checksheet_Item__c records, in sObject tree files tied together by reference
 * ids (`@AccountRef1`), plus the `plan.json` that lists them in load order.
 *
 * Tree import cannot look up a record that already exists in the org. The plan therefore creates
 * an Account with the vendor's name, unless the caller passes the Id of an existing Account
 * (`vendorId`), which is written into Vendor__c as it is.
 */
import { matchKey } from 'c/checksheetAlign';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  CHECKSHEET_ITEM_OBJECT,
  CHECKSHEET_OBJECT,
  DEFAULT_REVIEW_STATUS,
  FIELD_LENGTHS,
  VENDOR_OBJECT
} from 'c/checksheetSchema';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';
import { FieldFitter } from './fieldValues';
import { frameworkFor } from './framework';

/** Records the sObject Tree API accepts in one request (and so in one file we write). */
export const RECORDS_PER_FILE = 200;

/** Length of the standard Name field of a custom object and of Account. */
export const NAME_LENGTHS = { checksheet: 80, account: 255 } as const;

export const PLAN_FILE_NAME = 'plan.json';

/** Account's standard Name field: the only Account field the plan writes. */
export const ACCOUNT_NAME_FIELD = 'Name';

export const REFERENCE_IDS = {
  account: 'AccountRef1',
  checksheet: 'ChecksheetRef1',
  itemPrefix: 'ItemRef'
} as const;

export interface ImportPlanOptions {
  /** Name of the vendor Account the plan creates. */
  vendorName: string;
  /** Id of an Account that already exists; when given, no Account is created. */
  vendorId?: string;
  /** Name of the Checksheet__c record; defaults to the document title, then the file name. */
  checksheetName?: string;
  /** Received_On__c, as YYYY-MM-DD. */
  receivedOn?: string;
}

export interface TreeRecord {
  attributes: { type: string; referenceId: string };
  [field: string]: unknown;
}

export interface TreeFile {
  records: TreeRecord[];
}

export interface PlanEntry {
  sobject: string;
  saveRefs: boolean;
  resolveRefs: boolean;
  files: string[];
}

export interface PlanFile {
  name: string;
  content: unknown;
}

export interface ImportPlan {
  /** `plan.json` first, then the data files in load order. */
  files: PlanFile[];
  /** One line per value cut to fit its field. */
  warnings: string[];
  counts: { accounts: number; checksheets: number; items: number };
}

/** Raised for options a plan cannot be built from (no vendor, a malformed date or Id). */
export class ImportPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportPlanError';
  }
}

const ACCOUNT_ID = /^001[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function checkOptions(options: ImportPlanOptions): void {
  if (options.vendorId !== undefined && !ACCOUNT_ID.test(options.vendorId)) {
    throw new ImportPlanError(
      `vendor Id "${options.vendorId}" is not an Account Id (15 or 18 characters starting with 001)`
    );
  }
  if (options.vendorId === undefined && options.vendorName.trim() === '') {
    throw new ImportPlanError('a vendor (Account) name is required');
  }
  if (options.receivedOn !== undefined && !validDate(options.receivedOn)) {
    throw new ImportPlanError(
      `received date "${options.receivedOn}" is not a date written YYYY-MM-DD`
    );
  }
}

/** Sets `field` only when the value is not empty: an absent field is left blank in the org. */
function setText(record: TreeRecord, field: string, value: string): void {
  if (value !== '') record[field] = value;
}

function checksheetRecord(
  parsed: ParsedChecksheet,
  options: ImportPlanOptions,
  fitter: FieldFitter
): TreeRecord {
  const where = CHECKSHEET_OBJECT;
  const name =
    options.checksheetName?.trim() || parsed.title.trim() || parsed.fileName.trim() || 'Checksheet';
  const record: TreeRecord = {
    attributes: {
      type: CHECKSHEET_OBJECT,
      referenceId: REFERENCE_IDS.checksheet
    },
    [CHECKSHEET_FIELDS.name]: fitter.fit(
      name,
      NAME_LENGTHS.checksheet,
      where,
      CHECKSHEET_FIELDS.name
    ),
    [CHECKSHEET_FIELDS.vendor]: options.vendorId ?? `@${REFERENCE_IDS.account}`,
    [CHECKSHEET_FIELDS.framework]: frameworkFor(parsed.format),
    [CHECKSHEET_FIELDS.reviewStatus]: DEFAULT_REVIEW_STATUS,
    [CHECKSHEET_FIELDS.sourceFormat]: fitter.fit(
      parsed.format,
      FIELD_LENGTHS.sourceFormat,
      where,
      CHECKSHEET_FIELDS.sourceFormat
    )
  };
  const texts: [string, string, number][] = [
    [CHECKSHEET_FIELDS.documentVersion, parsed.version, FIELD_LENGTHS.documentVersion],
    [CHECKSHEET_FIELDS.preamble, parsed.preamble, FIELD_LENGTHS.preamble],
    [CHECKSHEET_FIELDS.sourceFileName, parsed.fileName, FIELD_LENGTHS.sourceFileName]
  ];
  for (const [field, value, max] of texts) {
    setText(record, field, fitter.fit(value, max, where, field));
  }
  if (options.receivedOn !== undefined) {
    record[CHECKSHEET_FIELDS.receivedOn] = options.receivedOn;
  }
  return record;
}

function itemRecord(item: ChecksheetItem, index: number, fitter: FieldFitter): TreeRecord {
  const where = `${CHECKSHEET_ITEM_OBJECT} ${item.number || `#${index + 1}`}`;
  const F = CHECKSHEET_ITEM_FIELDS;
  const record: TreeRecord = {
    attributes: {
      type: CHECKSHEET_ITEM_OBJECT,
      referenceId: `${REFERENCE_IDS.itemPrefix}${index + 1}`
    },
    [F.checksheet]: `@${REFERENCE_IDS.checksheet}`
  };
  const texts: [string, string, number][] = [
    [F.itemNumber, item.number, FIELD_LENGTHS.itemNumber],
    [F.section, item.section, FIELD_LENGTHS.section],
    [F.question, item.question, FIELD_LENGTHS.question]
  ];
  for (const [field, value, max] of texts) {
    setText(record, field, fitter.fit(value, max, where, field));
  }
  record[F.status] = STATUS_PICKLIST_VALUES[item.status];
  setText(
    record,
    F.statusMark,
    fitter.fit(item.mark, FIELD_LENGTHS.statusMark, where, F.statusMark)
  );
  setText(record, F.answer, fitter.fit(item.answer, FIELD_LENGTHS.answer, where, F.answer));
  record[F.sortOrder] = index + 1;
  record[F.sourceLine] = item.line;
  // A sheet row number is ambiguous without its sheet (a workbook with several question tabs).
  if (item.sheet !== undefined) {
    setText(
      record,
      F.sourceSheet,
      fitter.fit(item.sheet, FIELD_LENGTHS.sourceSheet, where, F.sourceSheet)
    );
  }
  setText(record, F.matchKey, matchKey(item.question));
  return record;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) {
    out.push(list.slice(start, start + size));
  }
  return out;
}

/** The name of the n-th (1-based) of `count` item files. */
function itemFileName(n: number, count: number): string {
  return count === 1 ? `${CHECKSHEET_ITEM_OBJECT}.json` : `${CHECKSHEET_ITEM_OBJECT}-${n}.json`;
}

/**
 * The files of an import plan that loads `parsed` under the vendor's Account: `plan.json`, then
 * `Account.json` (unless `vendorId` names an existing Account), `Checksheet__c.json` and the item
 * files, at most 200 records each.
 */
export function buildImportPlan(parsed: ParsedChecksheet, options: ImportPlanOptions): ImportPlan {
  checkOptions(options);
  const fitter = new FieldFitter();
  const files: PlanFile[] = [];
  const plan: PlanEntry[] = [];

  if (options.vendorId === undefined) {
    const account: TreeRecord = {
      attributes: { type: VENDOR_OBJECT, referenceId: REFERENCE_IDS.account },
      [ACCOUNT_NAME_FIELD]: fitter.fit(
        options.vendorName.trim(),
        NAME_LENGTHS.account,
        VENDOR_OBJECT,
        ACCOUNT_NAME_FIELD
      )
    };
    const name = `${VENDOR_OBJECT}.json`;
    files.push({ name, content: { records: [account] } satisfies TreeFile });
    plan.push({
      sobject: VENDOR_OBJECT,
      saveRefs: true,
      resolveRefs: false,
      files: [name]
    });
  }

  const checksheetFile = `${CHECKSHEET_OBJECT}.json`;
  files.push({
    name: checksheetFile,
    content: {
      records: [checksheetRecord(parsed, options, fitter)]
    } satisfies TreeFile
  });
  plan.push({
    sobject: CHECKSHEET_OBJECT,
    saveRefs: true,
    resolveRefs: options.vendorId === undefined,
    files: [checksheetFile]
  });

  const items = parsed.items.map((item, index) => itemRecord(item, index, fitter));
  const groups = chunks(items, RECORDS_PER_FILE);
  const itemFiles = groups.map((_, i) => itemFileName(i + 1, groups.length));
  groups.forEach((records, i) => {
    files.push({ name: itemFiles[i], content: { records } satisfies TreeFile });
  });
  if (itemFiles.length > 0) {
    plan.push({
      sobject: CHECKSHEET_ITEM_OBJECT,
      saveRefs: false,
      resolveRefs: true,
      files: itemFiles
    });
  }

  return {
    files: [{ name: PLAN_FILE_NAME, content: plan }, ...files],
    warnings: fitter.warnings,
    counts: {
      accounts: options.vendorId === undefined ? 1 : 0,
      checksheets: 1,
      items: items.length
    }
  };
}
