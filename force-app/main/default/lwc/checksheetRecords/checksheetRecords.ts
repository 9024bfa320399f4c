/**
 * Salesforce records for a parsed checksheet, as an `sf data import tree --plan` plan. The public
 * face of the bundle; the work is done in sibling modules.
 */
export {
  ACCOUNT_NAME_FIELD,
  ImportPlanError,
  NAME_LENGTHS,
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
export { cutText } from './fieldValues';
export { frameworkFor } from './framework';
