import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import type { HistoryPage, WiredResult } from 'c/checksheetApi';
import { getChecksheetHistoryAdapter, refreshApex, toChecksheetApiError } from 'c/checksheetApi';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import type { HistoryLine } from './historyRows';
import { historyLines } from './historyRows';

/**
 * The field history of a checksheet and its items, or of one item (`itemId`): when, who, what,
 * from → to, newest first (issue 8). Reads through `c/checksheetApi`'s wire adapter; presents
 * what `historyRows` makes of the rows, as text.
 */
export default class ChecksheetHistory extends LightningElement {
  labels = LABELS;
  /** The checksheet whose history is shown. */
  @api checksheetId?: string;
  /** One item of it: only that item's changes (null: the checksheet's and all its items'). */
  @api itemId: string | null = null;
  /** The item's number, for the table's name. */
  @api itemNumber = '';

  private wired?: WiredResult<HistoryPage>;
  private shownVersion = 0;

  /**
   * Raised by the page after a save it made: the history is read again (a cached answer would
   * miss the change just saved).
   */
  @api
  get version(): number {
    return this.shownVersion;
  }

  set version(value: number) {
    const changed = value !== this.shownVersion;
    this.shownVersion = value;
    if (changed && this.wired !== undefined) refreshApex(this.wired);
  }

  historyPage?: HistoryPage;
  error = '';

  @wire(getChecksheetHistoryAdapter, {
    checksheetId: '$checksheetId',
    itemId: '$itemId',
    maxRows: null
  })
  wiredHistory(result: WiredResult<HistoryPage>): void {
    this.wired = result;
    if (result.data) {
      this.historyPage = result.data;
      this.error = '';
    } else if (result.error) {
      this.error = formatLabel(
        LABELS.History_Load_Failed,
        toChecksheetApiError(result.error).message
      );
    }
  }

  get loading(): boolean {
    return this.historyPage === undefined && this.error === '';
  }

  get forItem(): boolean {
    return Boolean(this.itemId);
  }

  get lines(): HistoryLine[] {
    if (!this.historyPage) return [];
    return historyLines(this.historyPage.rows, LOCALE, TIME_ZONE, !this.forItem);
  }

  get hasLines(): boolean {
    return this.lines.length > 0;
  }

  get isEmpty(): boolean {
    return this.historyPage !== undefined && this.historyPage.rows.length === 0;
  }

  get emptyText(): string {
    return this.forItem ? LABELS.History_Item_Empty : LABELS.History_Empty;
  }

  get tableLabel(): string {
    return this.forItem
      ? formatLabel(LABELS.History_Item_Title, this.itemNumber)
      : LABELS.History_Title;
  }

  get moreText(): string {
    return this.historyPage?.hasMore
      ? formatLabel(LABELS.History_More, this.historyPage.rows.length)
      : '';
  }
}
