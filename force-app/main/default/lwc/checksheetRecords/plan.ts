/**
 * An `sf data import tree` plan for one parsed checksheet: the vendor Account, the Checksheet__c
 * under it and its Checksheet_Item__c records, in sObject tree files tied together by reference
 * ids (`@AccountRef1`), plus the `plan.json` that lists them in load order.
 *
 * The records carry exactly the values the import wizard sends to Apex (`toImportHeader`,
 * `toImportItems`), each under the field `IMPORT_HEADER_FIELDS` / `IMPORT_ITEM_FIELDS` names for
 * it; empty values are left out, so the field stays blank in the org.
 *
 * Tree import cannot look up a record that already exists in the org. The plan therefore creates
 * an Account with the vendor's name, unless the caller passes the Id of an existing Account
 * (`vendorId`), which is written into Vendor__c as it is.
 */
import type { ImportHeader, ImportItem } from 'c/checksheetApi';
import type { ParsedChecksheet } from 'c/checksheetModel';
import {
  CHECKSHEET_FIELDS,
  CHECKSHEET_ITEM_FIELDS,
  CHECKSHEET_ITEM_OBJECT,
  CHECKSHEET_OBJECT,
  DEFAULT_REVIEW_STATUS,
  IMPORT_HEADER_FIELDS,
  IMPORT_ITEM_FIELDS,
  VENDOR_OBJECT
} from 'c/checksheetSchema';
import { FieldFitter } from './fieldValues';
import { ImportPlanError, NAME_LENGTHS, toImportHeader, toImportItems } from './importValues';

/** Records the sObject Tree API accepts in one request (and so in one file we write). */
export const RECORDS_PER_FILE = 200;

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
  /** Source_File_Hash__c: SHA-256 of the source file's bytes, so a later import of it is recognised. */
  sourceFileHash?: string;
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

const ACCOUNT_ID = /^001[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

function checkOptions(options: ImportPlanOptions): void {
  if (options.vendorId !== undefined && !ACCOUNT_ID.test(options.vendorId)) {
    throw new ImportPlanError(
      `vendor Id "${options.vendorId}" is not an Account Id (15 or 18 characters starting with 001)`
    );
  }
  if (options.vendorId === undefined && options.vendorName.trim() === '') {
    throw new ImportPlanError('a vendor (Account) name is required');
  }
}

/**
 * Writes each value of `values` under its field, leaving out empty ones (an absent field is left
 * blank in the org) and the properties in `skip`.
 */
function setFields<T extends object>(
  record: TreeRecord,
  values: T,
  fields: Readonly<Record<keyof T, string>>,
  skip: ReadonlySet<keyof T> = new Set()
): void {
  for (const property of Object.keys(fields) as (keyof T)[]) {
    const value = values[property];
    if (skip.has(property) || value === null || value === undefined || value === '') continue;
    record[fields[property]] = value;
  }
}

/** Written first, and by the plan itself: the name, the vendor reference and the framework. */
const HEADER_WRITTEN_FIRST = new Set<keyof ImportHeader>(['name', 'vendorId', 'framework']);
/** Not for tree import: the expected count is the staged import's check (Apex finishImport). */
const HEADER_NOT_WRITTEN = new Set<keyof ImportHeader>([...HEADER_WRITTEN_FIRST, 'itemCount']);

function checksheetRecord(header: ImportHeader, options: ImportPlanOptions): TreeRecord {
  const record: TreeRecord = {
    attributes: {
      type: CHECKSHEET_OBJECT,
      referenceId: REFERENCE_IDS.checksheet
    },
    [IMPORT_HEADER_FIELDS.name]: header.name,
    [IMPORT_HEADER_FIELDS.vendorId]: options.vendorId ?? `@${REFERENCE_IDS.account}`,
    [IMPORT_HEADER_FIELDS.framework]: header.framework,
    [CHECKSHEET_FIELDS.reviewStatus]: DEFAULT_REVIEW_STATUS
  };
  setFields(record, header, IMPORT_HEADER_FIELDS, HEADER_NOT_WRITTEN);
  return record;
}

function itemRecord(item: ImportItem, index: number): TreeRecord {
  const record: TreeRecord = {
    attributes: {
      type: CHECKSHEET_ITEM_OBJECT,
      referenceId: `${REFERENCE_IDS.itemPrefix}${index + 1}`
    },
    [CHECKSHEET_ITEM_FIELDS.checksheet]: `@${REFERENCE_IDS.checksheet}`
  };
  setFields(record, item, IMPORT_ITEM_FIELDS);
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
  const mappedHeader = toImportHeader(parsed, {
    vendorId: options.vendorId,
    checksheetName: options.checksheetName,
    receivedOn: options.receivedOn,
    sourceFileHash: options.sourceFileHash
  });
  const mappedItems = toImportItems(parsed);
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
      records: [checksheetRecord(mappedHeader.header, options)]
    } satisfies TreeFile
  });
  plan.push({
    sobject: CHECKSHEET_OBJECT,
    saveRefs: true,
    resolveRefs: options.vendorId === undefined,
    files: [checksheetFile]
  });

  const items = mappedItems.items.map((item, index) => itemRecord(item, index));
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
    warnings: [...fitter.warnings, ...mappedHeader.warnings, ...mappedItems.warnings],
    counts: {
      accounts: options.vendorId === undefined ? 1 : 0,
      checksheets: 1,
      items: items.length
    }
  };
}
