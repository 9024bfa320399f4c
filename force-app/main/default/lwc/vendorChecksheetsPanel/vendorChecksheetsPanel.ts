import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { ChecksheetSummary, WiredResult } from 'c/checksheetApi';
import { getVendorChecksheetsAdapter, toChecksheetApiError } from 'c/checksheetApi';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import { comparePage, generateUrl, navigate, recordPage } from 'c/checksheetNavigation';
import type { SummaryRow } from 'c/checksheetSummaryView';
import { summaryCounts, summaryRow } from 'c/checksheetSummaryView';
import { latestVersionPair } from './versionPair';

interface PanelRow extends SummaryRow {
  url: string;
  counts: Record<string, number>;
}

/** On a vendor's Account page: the vendor's checksheets, latest first, with their answers by status. */
export default class VendorChecksheetsPanel extends NavigationMixin(LightningElement) {
  /** The Account (vendor) Id, set by the record page. */
  @api recordId?: string;

  labels = LABELS;
  /** The import wizard is open (above the lists). */
  importing = false;
  checksheets?: ChecksheetSummary[];
  error = '';
  urls: Record<string, string> = {};

  @wire(getVendorChecksheetsAdapter, { vendorId: '$recordId' })
  wiredChecksheets({ data, error }: WiredResult<ChecksheetSummary[]>): void {
    if (data) {
      this.checksheets = data;
      this.error = '';
      this.fillUrls(data);
    } else if (error) {
      this.error = formatLabel(LABELS.Error_Generic, toChecksheetApiError(error).message);
    }
  }

  get rows(): PanelRow[] {
    return (this.checksheets ?? []).map((summary) => ({
      ...summaryRow(summary),
      url: this.urls[summary.id] ?? '',
      counts: summaryCounts(summary)
    }));
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }

  get loading(): boolean {
    return this.checksheets === undefined && this.error === '';
  }

  get isEmpty(): boolean {
    return this.checksheets !== undefined && this.checksheets.length === 0;
  }

  get hasError(): boolean {
    return this.error !== '';
  }

  /** The vendor has two versions of a sheet: the action that diffs the latest with the previous. */
  get canCompareVersions(): boolean {
    return latestVersionPair(this.checksheets ?? []) !== undefined;
  }

  handleCompareVersions(): void {
    const pair = latestVersionPair(this.checksheets ?? []);
    if (pair) navigate(this, comparePage([pair.older, pair.newer], 'diff'));
  }

  handleOpenImport(): void {
    this.importing = true;
  }

  handleCloseImport(): void {
    this.importing = false;
  }

  private async fillUrls(checksheets: ChecksheetSummary[]): Promise<void> {
    const entries = await Promise.all(
      checksheets.map(
        async (summary) => [summary.id, await generateUrl(this, recordPage(summary.id))] as const
      )
    );
    this.urls = Object.fromEntries(entries);
  }
}
