/**
 * How a corrected item says so: the "Corrected" badge's text for hover and focus — who corrected
 * it, when, and what the document originally said, field by field in the user's language — and
 * the options of the correction editor. Pure functions over labels, tested without a DOM.
 */
import {
  LABELS,
  answerFlagText,
  formatLabel,
  responsibilityText,
  statusText
} from 'c/checksheetLabels';
import type { ReadingField } from 'c/checksheetReview';
import { originalReadingOf } from 'c/checksheetReview';
import { ANSWER_FLAG_VALUES, RESPONSIBILITY_VALUES } from 'c/checksheetSchema';
import type { ListItem } from './itemFilter';

/** Characters of an original question or answer the badge's text shows before "…". */
export const ORIGINAL_TEXT_SHOWN = 120;

const FIELD_NAMES: Readonly<Record<ReadingField, () => string>> = {
  status: () => LABELS.Field_Status,
  statusMark: () => LABELS.Field_Mark,
  question: () => LABELS.Field_Question,
  answer: () => LABELS.Field_Answer,
  responsibility: () => LABELS.Correction_Field_Responsibility,
  answerFlag: () => LABELS.Correction_Field_Flag
};

function flagWords(value: string): string {
  return value === 'None' ? LABELS.Correction_Flag_None : answerFlagText(value);
}

/** A field's original value as a reviewer reads it. */
function valueText(field: ReadingField, value: string): string {
  if (value === '') return LABELS.Correction_Blank;
  if (field === 'status') return statusText(value);
  if (field === 'responsibility') return responsibilityText(value);
  if (field === 'answerFlag') return flagWords(value);
  if (field === 'question' || field === 'answer') {
    const text = value.replace(/\s+/g, ' ').trim();
    const cut =
      text.length > ORIGINAL_TEXT_SHOWN ? `${text.slice(0, ORIGINAL_TEXT_SHOWN - 1)}…` : text;
    return formatLabel(LABELS.Correction_Quoted, cut);
  }
  return value;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A date-time as the reviewer's clock shows it: 2026-12-01 14:05. */
export function dateTimeText(iso: string | undefined): string {
  const moment = iso ? new Date(iso) : undefined;
  if (moment === undefined || Number.isNaN(moment.getTime())) return iso ?? '';
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ` +
    `${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/** Whether a reviewer corrected how the item was read. */
export function isCorrected(item: ListItem): boolean {
  return Boolean(item.originalReading) || Boolean(item.correctedOn);
}

/**
 * "Corrected by Riko Reviewer on 2026-12-01 14:05. The document said: status: Implemented;
 * answer: “…”" — '' for an item never corrected.
 */
export function correctedDetail(item: ListItem): string {
  if (!isCorrected(item)) return '';
  const original = originalReadingOf(item.originalReading)
    .map(({ field, value }) => `${FIELD_NAMES[field]()}: ${valueText(field, value)}`)
    .join('; ');
  return formatLabel(
    LABELS.Correction_Detail,
    item.correctedByName || LABELS.Value_Not_Set,
    dateTimeText(item.correctedOn),
    original || LABELS.Value_Not_Set
  );
}

/** The editor's responsibility options: "—" for none, then every `Responsibility__c` value. */
export function responsibilityOptions(): { value: string; label: string }[] {
  return [
    { value: '', label: LABELS.Value_Not_Set },
    ...RESPONSIBILITY_VALUES.map((value) => ({ value, label: responsibilityText(value) }))
  ];
}

/**
 * The editor's answer flag options: every `Answer_Flag__c` value, no blank — `None` is "no flag",
 * and a blank flag would count as flagged in the checksheet's roll-up.
 */
export function answerFlagOptions(): { value: string; label: string }[] {
  return ANSWER_FLAG_VALUES.map((value) => ({ value, label: flagWords(value) }));
}
