/**
 * A parsed checksheet as the values Salesforce stores: the `ImportHeader` and `ImportItem`s the
 * import wizard sends to Apex and the records plan writes as tree records (through
 * `IMPORT_HEADER_FIELDS` / `IMPORT_ITEM_FIELDS`). The one item→field mapping: statuses become
 * picklist API values, questions get their match key and the reviewer insights of
 * `c/checksheetInsights`, and text longer than its field is cut here,
 * with one warning per cut, so that the reviewer sees every cut in the preview before saving and
 * Apex never has to refuse one.
 */
import type { ImportHeader, ImportItem } from 'c/checksheetApi';
import { matchKey } from 'c/checksheetAlign';
import type { ItemInsight } from 'c/checksheetInsights';
import { analyseItems, insightFieldValues } from 'c/checksheetInsights';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import {
  CHECKSHEET_ITEM_OBJECT,
  CHECKSHEET_OBJECT,
  FIELD_LENGTHS,
  IMPORT_HEADER_FIELDS,
  IMPORT_ITEM_FIELDS
} from 'c/checksheetSchema';
import type { FrameworkValue } from 'c/checksheetSchema';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';
import { FieldFitter } from './fieldValues';
import { frameworkFor } from './framework';

/** Length of the standard Name field of a custom object and of Account. */
export const NAME_LENGTHS = { checksheet: 80, account: 255 } as const;

/** Raised for options a header or plan cannot be built from (no vendor, a malformed date or Id). */
export class ImportPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportPlanError';
  }
}

/** `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** What the reviewer (or the command line) says about the document; the rest comes from it. */
export interface ImportHeaderOptions {
  /** The vendor Account; "" while none is chosen (a records plan references the Account it creates). */
  vendorId?: string;
  /** null or left out: the importing user. */
  reviewerId?: string | null;
  /** The Checksheet__c Name; defaults to the document title, then the file name. */
  checksheetName?: string;
  serviceName?: string;
  /** Defaults to the framework of the detected format. */
  framework?: FrameworkValue;
  /** Defaults to the version the document states. */
  documentVersion?: string;
  /** YYYY-MM-DD. */
  issuedOn?: string | null;
  /** YYYY-MM-DD. */
  receivedOn?: string | null;
  /** SHA-256 of the source bytes, lowercase hex (`sha256Hex`). */
  sourceFileHash?: string;
}

export interface MappedHeader {
  header: ImportHeader;
  /** One line per value cut to fit its field. */
  warnings: string[];
}

export interface MappedItems {
  items: ImportItem[];
  /** One line per value cut to fit its field. */
  warnings: string[];
}

function checkDate(what: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isIsoDate(value)) {
    throw new ImportPlanError(`${what} date "${value}" is not a date written YYYY-MM-DD`);
  }
  return value;
}

/** The Checksheet__c values of `parsed`, with the reviewer's choices from `options`. */
export function toImportHeader(
  parsed: ParsedChecksheet,
  options: ImportHeaderOptions = {}
): MappedHeader {
  const issuedOn = checkDate('issued', options.issuedOn);
  const receivedOn = checkDate('received', options.receivedOn);
  const fitter = new FieldFitter();
  const F = IMPORT_HEADER_FIELDS;
  const fit = (text: string, max: number, field: string): string =>
    fitter.fit(text, max, CHECKSHEET_OBJECT, field);
  const name =
    options.checksheetName?.trim() || parsed.title.trim() || parsed.fileName.trim() || 'Checksheet';
  // Fitted in the order the warnings have always been listed in.
  const header: ImportHeader = {
    name: fit(name, NAME_LENGTHS.checksheet, F.name),
    vendorId: options.vendorId ?? '',
    reviewerId: options.reviewerId ?? null,
    framework: options.framework ?? frameworkFor(parsed.format),
    sourceFormat: fit(parsed.format, FIELD_LENGTHS.sourceFormat, F.sourceFormat),
    documentVersion: fit(
      options.documentVersion ?? parsed.version,
      FIELD_LENGTHS.documentVersion,
      F.documentVersion
    ),
    preamble: fit(parsed.preamble, FIELD_LENGTHS.preamble, F.preamble),
    sourceFileName: fit(parsed.fileName, FIELD_LENGTHS.sourceFileName, F.sourceFileName),
    serviceName: fit(options.serviceName?.trim() ?? '', FIELD_LENGTHS.serviceName, F.serviceName),
    issuedOn,
    receivedOn,
    sourceFileHash: fit(
      options.sourceFileHash ?? '',
      FIELD_LENGTHS.sourceFileHash,
      F.sourceFileHash
    ),
    itemCount: parsed.items.length
  };
  return { header, warnings: fitter.warnings };
}

function importItem(
  item: ChecksheetItem,
  index: number,
  insight: ItemInsight,
  fitter: FieldFitter
): ImportItem {
  // Picklist API values, and party and reason already fitted to their fields.
  const found = insightFieldValues(insight);
  const where = `${CHECKSHEET_ITEM_OBJECT} ${item.number || `#${index + 1}`}`;
  const fit = (text: string, property: keyof typeof FIELD_LENGTHS & keyof ImportItem): string =>
    fitter.fit(text, FIELD_LENGTHS[property], where, IMPORT_ITEM_FIELDS[property]);
  return {
    itemNumber: fit(item.number, 'itemNumber'),
    section: fit(item.section, 'section'),
    question: fit(item.question, 'question'),
    status: STATUS_PICKLIST_VALUES[item.status],
    statusMark: fit(item.mark, 'statusMark'),
    answer: fit(item.answer, 'answer'),
    // From the whole question, so that a cut question still matches its other versions.
    matchKey: fit(matchKey(item.question), 'matchKey'),
    sourceSheet: fit(item.sheet ?? '', 'sourceSheet'),
    sortOrder: index + 1,
    sourceLine: item.line,
    responsibility: found[IMPORT_ITEM_FIELDS.responsibility],
    responsibleParty: found[IMPORT_ITEM_FIELDS.responsibleParty],
    answerFlag: found[IMPORT_ITEM_FIELDS.answerFlag],
    answerFlagReason: found[IMPORT_ITEM_FIELDS.answerFlagReason]
  };
}

/** The Checksheet_Item__c values of every item of `parsed`, in document order. */
export function toImportItems(parsed: Pick<ParsedChecksheet, 'items'>): MappedItems {
  const fitter = new FieldFitter();
  // The reviewer insights (who is responsible, a mark its text takes back) are stored with the
  // item, so a reviewer can filter on them and correct them.
  const insights = analyseItems(parsed.items);
  const items = parsed.items.map((item, index) => importItem(item, index, insights[index], fitter));
  return { items, warnings: fitter.warnings };
}
