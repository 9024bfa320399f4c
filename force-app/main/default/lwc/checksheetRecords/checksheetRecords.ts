/**
 * A parsed checksheet as Salesforce records: the values the import wizard sends to Apex
 * (`toImportHeader`, `toImportItems`, the one item→field mapping) and, built on them, an
 * `sf data import tree --plan` plan for the command line. The public face of the bundle; the work
 * is done in sibling modules.
 */
export {
  ACCOUNT_NAME_FIELD,
  PLAN_FILE_NAME,
  RECORDS_PER_FILE,
  REFERENCE_IDS,
  buildImportPlan
} from './plan';
export type {
  ImportPlan,
  ImportPlanOptions,
  PlanEntry,
  PlanFile,
  TreeFile,
  TreeRecord
} from './plan';
export {
  ImportPlanError,
  NAME_LENGTHS,
  isIsoDate,
  toImportHeader,
  toImportItems
} from './importValues';
export type { ImportHeaderOptions, MappedHeader, MappedItems } from './importValues';
export { cutText } from './fieldValues';
export { frameworkFor } from './framework';
