import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/checksheetLabels';

/**
 * Previous and next page buttons around "Page 2 of 7", for the lists that show their rows a page
 * at a time (the record page's items, the compare grid, the version diff). Shows nothing when
 * there is one page. It only presents: a click fires `pagechange` with the page asked for
 * (0-based), and the list that owns the rows sets `page` again.
 */
export default class ChecksheetPager extends LightningElement {
  /** The page shown, 0-based. */
  @api page = 0;
  /** How many pages there are. */
  @api pageCount = 1;

  labels = LABELS;

  get hasPages(): boolean {
    return this.pageCount > 1;
  }

  get pageText(): string {
    return formatLabel(LABELS.List_Page, this.page + 1, this.pageCount);
  }

  get isFirstPage(): boolean {
    return this.page <= 0;
  }

  get isLastPage(): boolean {
    return this.page >= this.pageCount - 1;
  }

  handlePrevious(): void {
    if (!this.isFirstPage) this.askFor(this.page - 1);
  }

  handleNext(): void {
    if (!this.isLastPage) this.askFor(this.page + 1);
  }

  private askFor(page: number): void {
    this.dispatchEvent(new CustomEvent('pagechange', { detail: { page } }));
  }
}
