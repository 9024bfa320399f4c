import { LightningElement, api } from 'lwc';
import type { IdentifiedItem, VersionDiff } from 'c/checksheetCompare';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import type { ChangeCount, DiffRowView } from './diffModel';
import { DIFF_PAGE_SIZE, changeCounts, diffRowView, diffSheets, shownEntries } from './diffModel';

/**
 * Two versions of one vendor's checksheet, item by item: added, removed, changed and unchanged,
 * renumbered items marked, a changed answer's characters highlighted. Presents what it is given;
 * loading is the compare view's job, which also exports the diff.
 */
export default class ChecksheetVersionDiff extends LightningElement {
  /** The older version's items (`IdentifiedItem` of `c/checksheetCompare`). */
  @api olderItems: IdentifiedItem[] = [];
  /** The newer version's items. */
  @api newerItems: IdentifiedItem[] = [];
  @api olderLabel = '';
  @api newerLabel = '';

  labels = LABELS;
  changesOnly = true;
  pageIndex = 0;

  private diffFor?: { older: IdentifiedItem[]; newer: IdentifiedItem[]; diff: VersionDiff };

  /** The diff, computed once per pair of item lists. */
  get diff(): VersionDiff {
    const memo = this.diffFor;
    if (memo && memo.older === this.olderItems && memo.newer === this.newerItems) return memo.diff;
    const diff = diffSheets(this.olderItems ?? [], this.newerItems ?? []);
    this.diffFor = { older: this.olderItems, newer: this.newerItems, diff };
    return diff;
  }

  get heading(): string {
    return formatLabel(LABELS.Diff_Title, this.olderLabel, this.newerLabel);
  }

  get counts(): ChangeCount[] {
    return changeCounts(this.diff);
  }

  get renumberedText(): string {
    return formatLabel(LABELS.Diff_Renumbered_Count, this.diff.counts.renumbered);
  }

  private get shown() {
    return shownEntries(this.diff, this.changesOnly);
  }

  private get position() {
    const total = this.shown.length;
    const pageCount = Math.max(1, Math.ceil(total / DIFF_PAGE_SIZE));
    const page = Math.min(Math.max(0, this.pageIndex), pageCount - 1);
    const start = page * DIFF_PAGE_SIZE;
    const end = Math.min(total, start + DIFF_PAGE_SIZE);
    return { page, pageCount, start, end, total };
  }

  get rows(): DiffRowView[] {
    const { start, end } = this.position;
    return this.shown.slice(start, end).map((entry, offset) => diffRowView(entry, start + offset));
  }

  get hasRows(): boolean {
    return this.shown.length > 0;
  }

  get showingText(): string {
    const { start, end, total } = this.position;
    return formatLabel(LABELS.Compare_Showing, end > start ? start + 1 : 0, end, total);
  }

  get pagerPage(): number {
    return this.position.page;
  }

  get pagerPageCount(): number {
    return this.position.pageCount;
  }

  handleChangesOnly(event: CustomEvent<{ checked: boolean }>): void {
    this.changesOnly = event.detail.checked;
    this.pageIndex = 0;
  }

  handlePageChange(event: CustomEvent<{ page: number }>): void {
    this.pageIndex = event.detail.page;
  }
}
