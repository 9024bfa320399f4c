/**
 * Values that fit their fields: text longer than the field is cut, and every cut is reported so
 * that nobody loses an answer's tail without being told.
 */

/** Cuts `text` to `max` UTF-16 code units (Salesforce's measure), never inside a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Collects the cuts made while building one plan. */
export class FieldFitter {
  readonly warnings: string[] = [];

  /**
   * `text`, cut to `max` characters; a cut adds a warning naming the record, the field and both
   * lengths ("Checksheet_Item__c 6-7 Answer__c: cut from 140000 to 131072 characters").
   */
  fit(text: string, max: number, where: string, field: string): string {
    const fitted = cutText(text, max);
    if (fitted.length < text.length) {
      this.warnings.push(
        `${where} ${field}: cut from ${text.length} to ${fitted.length} characters`
      );
    }
    return fitted;
  }
}
