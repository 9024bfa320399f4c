import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel, statusOptions } from 'c/checksheetLabels';
import type { ListItem } from './itemFilter';
import { filterItems, sectionsOf } from './itemFilter';
import type { PageView } from './itemPages';
import { pageOfIndex, pageView } from './itemPages';
import type { TextSegment } from './textSegments';
import { linkSegments } from './textSegments';

export type { ListItem } from './itemFilter';

interface ItemRow {
  key: string;
  itemNumber: string;
  question: string;
  status: string;
  statusMark: string;
  hasMark: boolean;
  hasAnswer: boolean;
  segments: TextSegment[];
}

function toRow(item: ListItem): ItemRow {
  return {
    key: item.id,
    itemNumber: item.itemNumber,
    question: item.question,
    status: item.status,
    statusMark: item.statusMark,
    hasMark: item.statusMark !== '',
    hasAnswer: item.answer.trim() !== '',
    segments: linkSegments(item.answer)
  };
}

/**
 * A checksheet's items grouped by section: search, status filter, section jump, one page of
 * 100 items at a time. Presents what it is given; loading is the record page's job.
 */
export default class ChecksheetItemList extends LightningElement {
  /** The checksheet's items in document order (`ChecksheetItemDto` of `c/checksheetApi`). */
  @api items: ListItem[] = [];

  labels = LABELS;
  query = '';
  status = '';
  pageIndex = 0;
  sectionChoice = '';

  private filteredFor?: { items: ListItem[]; query: string; status: string };
  private filteredItems: ListItem[] = [];
  private focusSection?: string;

  get filtered(): ListItem[] {
    const items = this.items ?? [];
    const memo = this.filteredFor;
    if (
      memo === undefined ||
      memo.items !== items ||
      memo.query !== this.query ||
      memo.status !== this.status
    ) {
      this.filteredItems = filterItems(items, { query: this.query, status: this.status });
      this.filteredFor = { items, query: this.query, status: this.status };
    }
    return this.filteredItems;
  }

  get view(): PageView<ItemRow> & {
    groups: (PageView<ItemRow>['groups'][number] & { heading: string })[];
  } {
    const view = pageView(this.filtered, this.pageIndex, toRow);
    return {
      ...view,
      groups: view.groups.map((group) => {
        const title = group.section || LABELS.List_No_Section;
        return {
          ...group,
          heading: group.continued ? formatLabel(LABELS.List_Section_Continued, title) : title
        };
      })
    };
  }

  get hasItems(): boolean {
    return (this.items ?? []).length > 0;
  }

  get hasRows(): boolean {
    return this.filtered.length > 0;
  }

  get emptyText(): string {
    return this.hasItems ? LABELS.Empty_No_Matches : LABELS.Empty_No_Items;
  }

  get statusFilterOptions() {
    return [{ value: '', label: LABELS.List_All_Statuses }, ...statusOptions()];
  }

  get sectionOptions() {
    return sectionsOf(this.filtered)
      .filter((entry) => entry.section !== '')
      .map((entry) => ({ value: entry.section, label: entry.section }));
  }

  get noSections(): boolean {
    return this.sectionOptions.length === 0;
  }

  get showingText(): string {
    const view = pageView(this.filtered, this.pageIndex, () => null);
    return formatLabel(LABELS.List_Showing, view.first, view.last, view.total);
  }

  get pageText(): string {
    const view = pageView(this.filtered, this.pageIndex, () => null);
    return formatLabel(LABELS.List_Page, view.page + 1, view.pageCount);
  }

  get hasPages(): boolean {
    return pageView(this.filtered, this.pageIndex, () => null).pageCount > 1;
  }

  get isFirstPage(): boolean {
    return this.pageIndex <= 0;
  }

  get isLastPage(): boolean {
    const view = pageView(this.filtered, this.pageIndex, () => null);
    return view.page >= view.pageCount - 1;
  }

  handleQuery(event: CustomEvent<{ value: string }>): void {
    this.query = event.detail.value ?? '';
    this.pageIndex = 0;
    this.sectionChoice = '';
  }

  handleStatus(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.status = event.detail.value ?? '';
    this.pageIndex = 0;
    this.sectionChoice = '';
  }

  handleSection(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const section = event.detail.value ?? '';
    this.sectionChoice = section;
    const entry = sectionsOf(this.filtered).find((candidate) => candidate.section === section);
    if (entry === undefined) return;
    this.pageIndex = pageOfIndex(entry.firstIndex);
    this.focusSection = section;
  }

  handlePrevious(): void {
    if (this.pageIndex > 0) this.pageIndex -= 1;
  }

  handleNext(): void {
    if (!this.isLastPage) this.pageIndex += 1;
  }

  override renderedCallback(): void {
    const section = this.focusSection;
    if (section === undefined) return;
    this.focusSection = undefined;
    const headings = this.template?.querySelectorAll<HTMLElement>('[data-section]') ?? [];
    const heading = [...headings].find((element) => element.dataset.section === section);
    if (heading) {
      heading.focus();
      heading.scrollIntoView?.({ block: 'start' });
    }
  }
}
