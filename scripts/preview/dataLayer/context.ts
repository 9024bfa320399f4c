/**
 * What every call of the data layer works with: the database, the running user (the preview's
 * user switch, or System.runAs in tests), today's date and the record stamps.
 */
import type { Clock, Stamps } from './clock';
import type { PreviewUser } from './directory';
import type { Store } from './store';

export interface CallContext {
  store: Store;
  user: PreviewUser;
  /** Date.today(), 'YYYY-MM-DD'. */
  today: string;
  stamps: Stamps;
  clock: Clock;
  /** Vendor_Checksheets_Setting__mdt Default.Review_Interval_Months__c. */
  reviewIntervalMonths: number;
  /** A Review_Status__c value's picklist label in the user's language (the value when unknown). */
  reviewStatusLabel(value: string | null): string;
}
