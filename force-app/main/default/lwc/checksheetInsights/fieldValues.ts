/**
 * An item's insight as the values `Checksheet_Item__c` stores: picklist API values and texts cut
 * to their fields, keyed by field API name, so that an import mapping adds them in one line.
 */
import { CHECKSHEET_ITEM_FIELDS, FIELD_LENGTHS } from 'c/checksheetSchema';
import type { ItemInsight } from './analyse';
import { ANSWER_FLAG_PICKLIST_VALUES, RESPONSIBILITY_PICKLIST_VALUES } from './vocabulary';

/** Cuts `text` to `max` UTF-16 code units (Salesforce's measure), never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Party names joined by ", ", as many whole names as fit in `max` characters. */
function joinParties(names: readonly string[], max: number): string {
  let joined = '';
  for (const name of names) {
    const next = joined === '' ? name : `${joined}, ${name}`;
    if (next.length > max) break;
    joined = next;
  }
  return joined === '' && names.length > 0 ? cut(names[0], max) : joined;
}

/**
 * Field API name → value for the four insight fields of `Checksheet_Item__c`:
 * Responsibility__c and Answer_Flag__c as picklist API values, Responsible_Party__c as the
 * names joined by ", " (whole names only), Answer_Flag_Reason__c cut to its length.
 */
export function insightFieldValues(insight: ItemInsight): Record<string, string> {
  return {
    [CHECKSHEET_ITEM_FIELDS.responsibility]: RESPONSIBILITY_PICKLIST_VALUES[insight.responsibility],
    [CHECKSHEET_ITEM_FIELDS.responsibleParty]: joinParties(
      insight.responsibleParty,
      FIELD_LENGTHS.responsibleParty
    ),
    [CHECKSHEET_ITEM_FIELDS.answerFlag]: ANSWER_FLAG_PICKLIST_VALUES[insight.flag],
    [CHECKSHEET_ITEM_FIELDS.answerFlagReason]: cut(
      insight.flagReason,
      FIELD_LENGTHS.answerFlagReason
    )
  };
}
