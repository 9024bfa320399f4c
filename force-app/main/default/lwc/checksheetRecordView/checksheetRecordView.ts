import { LightningElement, api } from 'lwc';
import type { ChecksheetSummary } from 'c/checksheetApi';
import { loadAllItems, toChecksheetApiError } from 'c/checksheetApi';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import type { ListItem } from 'c/checksheetItemList';
import type { HeaderFact } from './recordViewModel';
import { headerFacts, statusCounts, toListItems } from './recordViewModel';

/**
 * The Checksheet record page: the header facts, the answers by status and every item grouped by
 * section. Reads through `c/checksheetApi` only, page by page for large checksheets.
 */
export default class ChecksheetRecordView extends LightningElement {
  labels = LABELS;
  summary?: ChecksheetSummary;
  items: ListItem[] = [];
  counts: Record<string, number> = {};
  loading = false;
  loaded = 0;
  error = '';

  private currentId?: string;
  private request = 0;

  @api
  get recordId(): string | undefined {
    return this.currentId;
  }

  set recordId(value: string | undefined) {
    if (value === this.currentId) return;
    this.currentId = value;
    if (value) this.load(value);
  }

  get cardTitle(): string {
    return this.summary?.name ?? '';
  }

  get facts(): HeaderFact[] {
    return this.summary ? headerFacts(this.summary) : [];
  }

  get hasSummary(): boolean {
    return this.summary !== undefined;
  }

  get hasError(): boolean {
    return this.error !== '';
  }

  get loadingText(): string {
    const total = this.summary?.itemCount ?? 0;
    return total > 0 ? formatLabel(LABELS.Items_Loading, this.loaded, total) : LABELS.Loading;
  }

  get itemCountText(): string {
    return formatLabel(LABELS.Items_Count, this.items.length);
  }

  /** Reads the checksheet and all its items; an answer for an earlier record is dropped. */
  private async load(checksheetId: string): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    this.error = '';
    this.loaded = 0;
    try {
      const result = await loadAllItems(checksheetId, {
        onPage: (page, loaded) => {
          if (request !== this.request) return;
          this.summary = page.checksheet;
          this.loaded = loaded;
        }
      });
      if (request !== this.request) return;
      this.summary = result.checksheet;
      this.items = toListItems(result.items);
      this.counts = statusCounts(this.items);
    } catch (error) {
      if (request !== this.request) return;
      this.error = formatLabel(LABELS.Error_Generic, toChecksheetApiError(error).message);
    } finally {
      if (request === this.request) this.loading = false;
    }
  }
}
