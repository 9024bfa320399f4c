/**
 * The insight vocabulary: who an answer says is responsible for an item, and what is wrong with an
 * answer whose text disagrees with its own mark. Defined once here; the Salesforce picklists
 * `Checksheet_Item__c.Responsibility__c` and `Answer_Flag__c` store the matching API values.
 */
import type { AnswerFlagValue, ResponsibilityValue } from 'c/checksheetSchema';

/**
 * Who does what an item asks, as the answer tells it:
 * - `vendor`: the vendor itself (its ISMS, its staff, its own product);
 * - `platform`: the platform the service runs on (Salesforce, AWS, kintone…), which the answer
 *   points to or follows;
 * - `shared`: split between the vendor and the platform, or between either and the customer;
 * - `customer`: the customer must do it;
 * - `unstated`: the answer does not say (no text, a bare link, a reference to another document).
 */
export type Responsibility = 'vendor' | 'platform' | 'shared' | 'customer' | 'unstated';

/**
 * What a reviewer should look at in an answer:
 * - `none`: nothing found;
 * - `hedged`: a positive mark whose text admits a limitation, a gap, a plan or "not regularly";
 * - `contradicts`: the mark and the text say opposite things;
 * - `no_text`: a mark and no remarks at all;
 * - `unexplained_na`: "not applicable" with no reason why.
 */
export type AnswerFlag = 'none' | 'hedged' | 'contradicts' | 'no_text' | 'unexplained_na';

/** In display order. */
export const RESPONSIBILITIES: readonly Responsibility[] = [
  'vendor',
  'platform',
  'shared',
  'customer',
  'unstated'
];

/** In display order: nothing to look at first, then the flags by how much they ask of a reviewer. */
export const ANSWER_FLAGS: readonly AnswerFlag[] = [
  'none',
  'hedged',
  'contradicts',
  'no_text',
  'unexplained_na'
];

/** Picklist API value of `Checksheet_Item__c.Responsibility__c` for each responsibility. */
export const RESPONSIBILITY_PICKLIST_VALUES: Readonly<Record<Responsibility, ResponsibilityValue>> =
  {
    vendor: 'Vendor',
    platform: 'Platform',
    shared: 'Shared',
    customer: 'Customer',
    unstated: 'Unstated'
  };

/** Picklist API value of `Checksheet_Item__c.Answer_Flag__c` for each flag. */
export const ANSWER_FLAG_PICKLIST_VALUES: Readonly<Record<AnswerFlag, AnswerFlagValue>> = {
  none: 'None',
  hedged: 'Hedged',
  contradicts: 'Contradicts',
  no_text: 'No_Text',
  unexplained_na: 'Unexplained_NA'
};

/** Labels for exports and the command line (the org shows the picklists' translated labels). */
export const RESPONSIBILITY_LABELS: Readonly<Record<Responsibility, { en: string; ja: string }>> = {
  vendor: { en: 'Vendor', ja: 'ベンダー' },
  platform: { en: 'Platform', ja: 'プラットフォーム' },
  shared: { en: 'Shared', ja: '共有' },
  customer: { en: 'Customer', ja: '利用者' },
  unstated: { en: 'Unstated', ja: '記載なし' }
};

export const ANSWER_FLAG_LABELS: Readonly<Record<AnswerFlag, { en: string; ja: string }>> = {
  none: { en: 'None', ja: 'なし' },
  hedged: { en: 'Hedged', ja: '留保あり' },
  contradicts: { en: 'Contradicts', ja: '記号と矛盾' },
  no_text: { en: 'No text', ja: '備考なし' },
  unexplained_na: { en: 'Unexplained N/A', ja: '理由のない対象外' }
};
