import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { HomeLists, WiredResult } from 'c/checksheetApi';
import { getHomeListsAdapter, toChecksheetApiError } from 'c/checksheetApi';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import { comparePage, generateUrl, navigate, recordPage } from 'c/checksheetNavigation';
import type { SummaryRow } from 'c/checksheetSummaryView';
import type { HomeFilter, HomeListName } from './homeViewModel';
import {
  MAX_COMPARED,
  canCompare,
  homeRows,
  reviewStatusOptions,
  statusTiles,
  toggleSelection,
  vendorOptions
} from './homeViewModel';

/** Rows per list the home asks Apex for. */
const MAX_ROWS = 50;

interface ListTab {
  name: HomeListName;
  label: string;
  empty: string;
  rows: (SummaryRow & { url: string; selected: boolean; selectLabel: string })[];
  hasRows: boolean;
}

/**
 * The Vendor Checksheets home: counts per review status, and the recently updated checksheets,
 * those due for review and the user's own reviews, filtered by vendor and review status.
 */
export default class VendorChecksheetsHome extends NavigationMixin(LightningElement) {
  labels = LABELS;
  /** The import wizard is open (above the lists). */
  importing = false;
  lists?: HomeLists;
  error = '';
  filter: HomeFilter = { vendorId: '', reviewStatus: '' };
  urls: Record<string, string> = {};
  /** Checksheets chosen to compare, in the order chosen (any list, any tab). */
  selected: string[] = [];

  @wire(getHomeListsAdapter, { maxRows: MAX_ROWS })
  wiredLists({ data, error }: WiredResult<HomeLists>): void {
    if (data) {
      this.lists = data;
      this.error = '';
      this.fillUrls(data);
    } else if (error) {
      this.error = formatLabel(LABELS.Error_Generic, toChecksheetApiError(error).message);
    }
  }

  get loading(): boolean {
    return this.lists === undefined && this.error === '';
  }

  get hasError(): boolean {
    return this.error !== '';
  }

  get hasLists(): boolean {
    return this.lists !== undefined;
  }

  get tiles() {
    return statusTiles(this.lists);
  }

  get vendorOptions() {
    return vendorOptions(this.lists);
  }

  get reviewStatusOptions() {
    return reviewStatusOptions();
  }

  get tabs(): ListTab[] {
    const tab = (name: HomeListName, label: string, empty: string): ListTab => {
      const chosen = new Set(this.selected);
      const rows = homeRows(this.lists, name, this.filter).map((row) => ({
        ...row,
        url: this.urls[row.id] ?? '',
        selected: chosen.has(row.id),
        selectLabel: formatLabel(LABELS.Home_Select_To_Compare, row.name)
      }));
      return { name, label, empty, rows, hasRows: rows.length > 0 };
    };
    return [
      tab('recent', LABELS.Home_Recent, LABELS.Empty_No_Checksheets),
      tab('dueForReview', LABELS.Home_Due, LABELS.Home_Empty_Due),
      tab('myReviews', LABELS.Home_My_Reviews, LABELS.Home_Empty_My)
    ];
  }

  get compareLabel(): string {
    return formatLabel(LABELS.Home_Compare_Selected, this.selected.length);
  }

  get cannotCompare(): boolean {
    return !canCompare(this.selected);
  }

  get noSelection(): boolean {
    return this.selected.length === 0;
  }

  get compareHint(): string {
    return formatLabel(LABELS.Home_Compare_Hint, MAX_COMPARED);
  }

  handleSelect(event: Event): void {
    const box = event.currentTarget as HTMLInputElement;
    this.selected = toggleSelection(this.selected, box.dataset.id ?? '', box.checked);
    // A ninth choice is not taken: the box shows what the selection holds.
    box.checked = this.selected.includes(box.dataset.id ?? '');
  }

  handleClearSelection(): void {
    this.selected = [];
  }

  /** Opens the compare view with the chosen checksheets, in the order chosen. */
  handleCompare(): void {
    if (this.cannotCompare) return;
    navigate(this, comparePage(this.selected));
  }

  handleVendor(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.filter = { ...this.filter, vendorId: event.detail.value ?? '' };
  }

  handleReviewStatus(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.filter = { ...this.filter, reviewStatus: event.detail.value ?? '' };
  }

  /** Record links are real URLs (open in a new tab works), generated once per checksheet. */
  handleOpenImport(): void {
    this.importing = true;
  }

  handleCloseImport(): void {
    this.importing = false;
  }

  private async fillUrls(lists: HomeLists): Promise<void> {
    const ids = new Set(
      [...lists.recent, ...lists.dueForReview, ...lists.myReviews].map((summary) => summary.id)
    );
    const entries = await Promise.all(
      [...ids].map(async (id) => [id, await generateUrl(this, recordPage(id))] as const)
    );
    this.urls = Object.fromEntries(entries);
  }
}
