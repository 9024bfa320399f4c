/**
 * Reviewer insights, a step run after parsing: who each answer says is responsible for its item
 * (the vendor, the platform it runs on, both, the customer) and which answers take back their own
 * mark (hedged, contradicting, without text, "not applicable" without a reason), each with the
 * phrase that decided it. The public face of the bundle; the rules are data in ./rulesJa and
 * ./rulesEn, the search and weighing in ./analyse.
 */
export { analyseItem, analyseItems } from './analyse';
export type { AnalysedItem, Evidence, ItemInsight } from './analyse';
export { insightFieldValues } from './fieldValues';
export {
  ANSWER_FLAGS,
  ANSWER_FLAG_LABELS,
  ANSWER_FLAG_PICKLIST_VALUES,
  RESPONSIBILITIES,
  RESPONSIBILITY_LABELS,
  RESPONSIBILITY_PICKLIST_VALUES
} from './vocabulary';
export type { AnswerFlag, Responsibility } from './vocabulary';
