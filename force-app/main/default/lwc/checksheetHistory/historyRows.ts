/**
 * Field history rows as the History section shows them (issue 8): when (in the user's locale and
 * time zone), who, what (the field's label, after the item number for an item's change) and from
 * → to, with picklist API values in the words of the one vocabulary (c/checksheetLabels), a blank
 * value said so, and a long text area, whose text history does not keep, as "changed". Plain
 * text only: the template binds it as text, never as HTML. Pure functions, tested without a DOM.
 */
import type { HistoryRowDto } from 'c/checksheetApi';
import {
  LABELS,
  answerFlagText,
  formatLabel,
  responsibilityText,
  reviewStatusText,
  statusText,
  verdictText
} from 'c/checksheetLabels';
import { CHECKSHEET_FIELDS, CHECKSHEET_ITEM_FIELDS, TRACKED_FIELD_KINDS } from 'c/checksheetSchema';

export interface HistoryLine {
  key: string;
  /** ISO 8601, for `<time datetime>`. */
  changedAt: string;
  when: string;
  who: string;
  what: string;
  /** "from → to", or "changed" for a long text area. */
  change: string;
}

/** The label of each tracked field, by API name. */
export const TRACKED_FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze({
  [CHECKSHEET_FIELDS.vendor]: LABELS.Field_Vendor,
  [CHECKSHEET_FIELDS.documentVersion]: LABELS.Field_Version,
  [CHECKSHEET_FIELDS.reviewStatus]: LABELS.Field_Review_Status,
  [CHECKSHEET_FIELDS.reviewer]: LABELS.Field_Reviewer,
  [CHECKSHEET_FIELDS.nextReviewOn]: LABELS.Field_Next_Review_On,
  [CHECKSHEET_ITEM_FIELDS.status]: LABELS.Correction_Status,
  [CHECKSHEET_ITEM_FIELDS.statusMark]: LABELS.History_Field_Mark,
  [CHECKSHEET_ITEM_FIELDS.question]: LABELS.Correction_Question,
  [CHECKSHEET_ITEM_FIELDS.answer]: LABELS.Correction_Answer,
  [CHECKSHEET_ITEM_FIELDS.reviewerVerdict]: LABELS.Review_Verdict,
  [CHECKSHEET_ITEM_FIELDS.reviewerComment]: LABELS.Review_Comment,
  [CHECKSHEET_ITEM_FIELDS.responsibility]: LABELS.Correction_Responsibility,
  [CHECKSHEET_ITEM_FIELDS.answerFlag]: LABELS.Correction_Flag
});

/** The words of a picklist field's API values (the one vocabulary), by field API name. */
const PICKLIST_TEXT: Readonly<Record<string, (value: string) => string>> = {
  [CHECKSHEET_FIELDS.reviewStatus]: reviewStatusText,
  [CHECKSHEET_ITEM_FIELDS.reviewerVerdict]: verdictText,
  [CHECKSHEET_ITEM_FIELDS.status]: statusText,
  [CHECKSHEET_ITEM_FIELDS.responsibility]: responsibilityText,
  [CHECKSHEET_ITEM_FIELDS.answerFlag]: answerFlagText
};

/** A field's label; a field this package does not know reads as its API name. */
export function fieldLabel(field: string): string {
  return TRACKED_FIELD_LABELS[field] ?? field;
}

/** One value as the user reads it: a picklist value in words, a blank value said so. */
export function valueText(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return LABELS.History_Blank;
  const words = PICKLIST_TEXT[field]?.(value);
  return words || (words === '' ? LABELS.History_Blank : value);
}

/** When a change was made, in the user's locale and time zone ('' when unknown). */
export function whenText(changedAt: string | null | undefined, locale: string, timeZone: string) {
  if (!changedAt) return '';
  const moment = new Date(changedAt);
  if (Number.isNaN(moment.getTime())) return changedAt;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone
    }).format(moment);
  } catch {
    // An unknown locale or time zone: the instant as ISO text still says when.
    return changedAt;
  }
}

/** The rows as lines, in the order Apex sent them (newest first). */
export function historyLines(
  rows: readonly HistoryRowDto[],
  locale: string,
  timeZone: string,
  /** Name the item before the field (off when the list is one item's). */
  withItem = true
): HistoryLine[] {
  return rows.map((row) => {
    const label = fieldLabel(row.field);
    const what =
      withItem && row.itemId && row.itemNumber
        ? formatLabel(LABELS.History_Item_Field, row.itemNumber, label)
        : label;
    const change =
      TRACKED_FIELD_KINDS[row.field] === 'longText'
        ? LABELS.History_Changed
        : formatLabel(
            LABELS.History_From_To,
            valueText(row.field, row.oldValue),
            valueText(row.field, row.newValue)
          );
    return {
      key: row.id,
      changedAt: row.changedAt ?? '',
      when: whenText(row.changedAt, locale, timeZone),
      who: row.changedByName || LABELS.Value_Not_Set,
      what,
      change
    };
  });
}
