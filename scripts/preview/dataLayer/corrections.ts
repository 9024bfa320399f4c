/**
 * ChecksheetCorrections: a reviewer's correction of how an item was read from the document. The
 * six read fields that may change, and the original reading kept beside them — per corrected
 * property, what the import stored before the first correction of that field, never
 * overwritten — cut to fit Original_Reading__c as Apex cuts it.
 */
import type { ItemCorrection } from './dtos';
import type { ItemRecord } from './records';
import { textValue } from './records';
import { NO_ANSWER_FLAG, READING_FIELDS } from 'c/checksheetSchema';

/**
 * The properties a correction sets (c/checksheetSchema's `READING_FIELDS`), in the order the
 * original reading lists them: each one a property of the call's DTO and of the item record.
 */
export const CORRECTED_PROPERTIES = READING_FIELDS satisfies readonly (keyof ItemCorrection &
  keyof ItemRecord)[];
export type CorrectedProperty = (typeof CORRECTED_PROPERTIES)[number];

/** Length of Original_Reading__c (a Long Text Area of 131,072 characters). */
export const ORIGINAL_READING_LENGTH = 131072;
const CUT_MARK = '…';

/** The values a correction asks for; blank text is null, as Salesforce stores it. */
export function wantedValues(
  correction: Partial<ItemCorrection>
): Record<CorrectedProperty, string | null> {
  const values = Object.fromEntries(
    CORRECTED_PROPERTIES.map((property) => [property, textValue(correction[property])])
  ) as Record<CorrectedProperty, string | null>;
  // A blank flag is `None`, as Apex stores it: the flagged roll-up would count a blank one.
  return { ...values, answerFlag: values.answerFlag ?? NO_ANSWER_FLAG };
}

/** The stored original reading; an unreadable or blank one counts as none. */
export function originalOf(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The reading as JSON that fits its field: the longest text is cut (and marked) until it does. */
export function serializedReading(
  original: Record<string, unknown>,
  maxLength = ORIGINAL_READING_LENGTH
): string {
  const reading = { ...original };
  const text = (key: string): string => String(reading[key] ?? '');
  let json = JSON.stringify(reading);
  while (json.length > maxLength) {
    const longest = Object.keys(reading).reduce((best, key) =>
      text(key).length > text(best).length ? key : best
    );
    const value = text(longest);
    const keep = Math.max(0, value.length - (json.length - maxLength) - 1);
    reading[longest] = value.slice(0, keep) + CUT_MARK;
    json = JSON.stringify(reading);
  }
  return json;
}

/**
 * The changes that correct `item` to `values`, or undefined when nothing differs; the original
 * reading gains the first value of each field corrected for the first time.
 */
export function correctionOf(
  item: ItemRecord,
  values: Record<CorrectedProperty, string | null>,
  userId: string,
  correctedOn: string
): Partial<ItemRecord> | undefined {
  const original = originalOf(item.originalReading);
  const changes: Partial<Record<CorrectedProperty, string | null>> = {};
  for (const property of CORRECTED_PROPERTIES) {
    const stored = item[property];
    if (stored === values[property]) continue;
    changes[property] = values[property];
    if (!(property in original)) original[property] = stored ?? '';
  }
  if (Object.keys(changes).length === 0) return undefined;
  return {
    ...(changes as Partial<ItemRecord>),
    originalReading: serializedReading(original),
    correctedById: userId,
    correctedOn
  };
}
