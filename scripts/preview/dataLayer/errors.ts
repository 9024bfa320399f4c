/**
 * How calls fail. A `Refusal` is the AuraHandledException the Apex controllers throw with a
 * custom label's text; a `PlatformError` is what the platform itself would report (a restricted
 * picklist's bad value, an invalid Id), which ChecksheetAuraErrors wraps in Error_Generic
 * ("Something went wrong: {0}"). At the boundary both become what an `@salesforce/apex` call
 * rejects with: `{ status, body: { message } }`.
 */
import { formatLabel, labelText } from './labels';
import type { Language, LabelTable } from './labels';

/** Names of the contract's refusal labels. */
export const REFUSALS = {
  noPermission: 'Error_No_Permission',
  vendorNotVisible: 'Error_Vendor_Not_Visible',
  tooManyItems: 'Error_Too_Many_Items',
  chunkTooLarge: 'Error_Chunk_Too_Large',
  importNotOpen: 'Error_Import_Not_Open',
  itemCountMismatch: 'Error_Item_Count_Mismatch',
  fieldTooLong: 'Error_Field_Too_Long',
  sourceFileTooLarge: 'Error_Source_File_Too_Large',
  invalidVerdict: 'Error_Invalid_Verdict',
  invalidStatusTransition: 'Error_Invalid_Status_Transition',
  notOwnerOrAdmin: 'Error_Not_Owner_Or_Admin',
  checksheetNotFound: 'Error_Checksheet_Not_Found',
  tooFewChecksheets: 'Error_Too_Few_Checksheets',
  comparisonNotFound: 'Error_Comparison_Not_Found',
  linkSameItem: 'Error_Link_Same_Item',
  linkSameChecksheet: 'Error_Link_Same_Checksheet',
  invalidChoice: 'Error_Invalid_Choice',
  discardNotAllowed: 'Error_Discard_Not_Allowed'
} as const;
export type RefusalLabel = (typeof REFUSALS)[keyof typeof REFUSALS];

/** The label of any other failure, with the platform's message as its argument. */
export const GENERIC_ERROR = 'Error_Generic';

export class Refusal extends Error {
  readonly label: RefusalLabel;
  readonly args: readonly unknown[];

  constructor(label: RefusalLabel, args: readonly unknown[] = []) {
    super(label);
    this.name = 'Refusal';
    this.label = label;
    this.args = args;
  }
}

export class PlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** What a rejected `@salesforce/apex` call carries. */
export interface ApexFailure {
  status: number;
  body: { message: string };
}

export function toApexFailure(error: unknown, labels: LabelTable, language: Language): ApexFailure {
  if (error instanceof Refusal) {
    // ChecksheetRefusalException.of formats only a label given parameters: one without keeps
    // its text as written (an apostrophe included, which String.format would swallow).
    const text = labelText(labels, error.label, language);
    const message = error.args.length === 0 ? text : formatLabel(text, error.args);
    return { status: 400, body: { message } };
  }
  if (error instanceof PlatformError) {
    const message = formatLabel(labelText(labels, GENERIC_ERROR, language), [error.message]);
    return { status: 400, body: { message } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { message } };
}
