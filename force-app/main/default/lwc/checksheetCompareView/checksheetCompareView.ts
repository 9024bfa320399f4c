import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import { loadScript } from 'lightning/platformResourceLoader';
import SHEETJS from '@salesforce/resourceUrl/sheetjs';
import type {
  ChecksheetSummary,
  ComparisonDto,
  ComparisonSummaryDto,
  HomeLists,
  ItemLinkDto,
  WiredResult
} from 'c/checksheetApi';
import {
  getComparison,
  getComparisonsAdapter,
  getHomeListsAdapter,
  getItemLinks,
  loadAllItems,
  refreshApex,
  removeItemLinks,
  saveComparison,
  saveItemLinks,
  toChecksheetApiError
} from 'c/checksheetApi';
import type { AlignedRow, LinkDecision, LinkedComparison, LinkedRow } from 'c/checksheetCompare';
import { alignRows, diffVersions, linkRows, withDecision } from 'c/checksheetCompare';
import {
  LABELS,
  comparisonStatusOptions,
  comparisonStatusText,
  formatLabel,
  statusOptions
} from 'c/checksheetLabels';
import { navigate, savedComparisonPage } from 'c/checksheetNavigation';
import type { ComparisonStatusValue } from 'c/checksheetSchema';
import type {
  DifferenceCount,
  GridFilters,
  LinkSource,
  LoadedSheet,
  RowContext,
  RowView
} from './compareModel';
import {
  MAX_SHEETS,
  NO_FILTERS,
  differenceCounts,
  filterRows,
  idsFromState,
  itemIndex,
  ledgerByItem,
  rowPage,
  rowView,
  sectionOptions,
  sheetLabel,
  toIdentifiedItems,
  topicOptions
} from './compareModel';
import type { SupersededMember } from './ledger';
import {
  decisionsToApply,
  memberIds,
  supersededMembers,
  switchMember,
  toLinkInputs,
  withSavedLinks
} from './ledger';
import type { GridWindow } from './gridWindow';
import { ESTIMATED_ROW_HEIGHT, GRID_OFFSET, gridWindow, sameWindow } from './gridWindow';
import type { ExportFormat } from './fileExport';
import {
  MIME_TYPES,
  diffTable,
  downloadFile,
  exportFileName,
  gridTable,
  spreadsheetOf,
  tableBytes
} from './fileExport';

/** Rows of the home's recent list offered in the picker. */
const PICKER_ROWS = 200;

/** Saved comparisons offered to open (the most recently changed). */
const SAVED_ROWS = 50;

/**
 * Checksheets side by side: which ones come from the page reference (`c__ids`) or the picker;
 * the engine aligns them in the browser, the reviewer's corrections (`LinkDecision`s) are applied
 * over that alignment, and one page of rows is rendered. `c__mode=diff` with two Ids shows the
 * version diff instead. The logic lives in ./compareModel and ./fileExport.
 */
export default class ChecksheetCompareView extends NavigationMixin(LightningElement) {
  labels = LABELS;
  selectedIds: string[] = [];
  sheets: LoadedSheet[] = [];
  mode: 'grid' | 'diff' = 'grid';
  loading = false;
  error = '';
  exportError = '';
  decisions: LinkDecision[] = [];
  /** The ledger's stored links between the sheets shown (applied before `decisions`). */
  ledger: ItemLinkDto[] = [];
  /** The saved comparison open, if any (`c__comparisonId`, or once saved). */
  saved?: ComparisonDto;
  comparisonName = '';
  purpose = '';
  decisionNotes = '';
  /** The saved comparison's status as the control shows it; saved with the comparison. */
  comparisonStatus: ComparisonStatusValue = 'Draft';
  comparisonStatusOptions = comparisonStatusOptions();
  /** The saved comparisons offered to open, and the one chosen. */
  savedComparisons: ComparisonSummaryDto[] = [];
  savedChoice = '';
  saving = false;
  saveMessage = '';
  saveError = '';
  /** A ledger decision being forgotten, and what came of the last one. */
  forgetting = false;
  forgetMessage = '';
  forgetError = '';
  /** The decisions before each correction, for undo. */
  private history: LinkDecision[][] = [];
  filters: GridFilters = NO_FILTERS;
  pageIndex = 0;
  linking?: LinkSource;
  choices: ChecksheetSummary[] = [];
  choice = '';
  /** Set after each change of sheets or decisions (the grid re-forms from it). */
  comparison?: LinkedComparison;
  /** The rows that pass the filters, every page. */
  filtered: LinkedRow[] = [];

  private readonly loaded = new Map<string, LoadedSheet>();
  private pickerFor?: {
    choices: ChecksheetSummary[];
    selected: string[];
    options: { value: string; label: string }[];
  };
  /** The automatic alignment of the sheets shown: made once per set of sheets, not per correction. */
  private alignment?: { sheets: LoadedSheet[]; rows: AlignedRow[] };
  private savedFor?: {
    comparisons: ComparisonSummaryDto[];
    options: { value: string; label: string }[];
  };
  private wiredSaved?: WiredResult<ComparisonSummaryDto[]>;
  private spreadsheet?: Promise<void>;
  private loadRun = 0;
  /**
   * The rows of the page drawn, and the spacers for the rest (./gridWindow): re-formed when the
   * screen moves past the drawn rows, the rows change or a drawn row turns out taller or shorter.
   */
  gridRange: GridWindow = { start: 0, end: 0, before: 0, after: 0 };
  /** Row heights as drawn, by row key (not rendered: read by `followScreen` only). */
  private readonly heights = new Map<string, number>();
  /** Each row's view, made once per row and context (a filter or a scroll re-uses it). */
  private views = new WeakMap<LinkedRow, RowView>();
  private viewsFor?: RowContext;
  private readonly onScroll = (): void => this.followScreen();

  override connectedCallback(): void {
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
  }

  /** Measures the rows just drawn, then follows the screen (the window re-forms only if it moved). */
  override renderedCallback(): void {
    if (!this.isGrid) return;
    for (const row of this.template?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? []) {
      if (row.offsetHeight > 0) this.heights.set(row.dataset.rowKey ?? '', row.offsetHeight);
    }
    this.followScreen();
  }

  @wire(CurrentPageReference)
  wiredPageReference(pageReference?: { state?: Record<string, unknown> }): void {
    const state = pageReference?.state;
    this.mode = state?.c__mode === 'diff' ? 'diff' : 'grid';
    const comparisonId = typeof state?.c__comparisonId === 'string' ? state.c__comparisonId : '';
    if (comparisonId !== '') {
      if (comparisonId !== this.saved?.id) this.openSaved(comparisonId);
      return;
    }
    const ids = idsFromState(state);
    if (ids.join(',') !== this.selectedIds.join(',')) this.select(ids);
  }

  @wire(getHomeListsAdapter, { maxRows: PICKER_ROWS })
  wiredHomeLists({ data }: WiredResult<HomeLists>): void {
    if (data) this.choices = data.recent;
  }

  @wire(getComparisonsAdapter, { maxRows: SAVED_ROWS })
  wiredComparisons(result: WiredResult<ComparisonSummaryDto[]>): void {
    this.wiredSaved = result;
    if (result.data) this.savedComparisons = result.data;
  }

  // The picker.

  /** The picker's options, remade only when the choices or the selection change (a new array redraws the combobox). */
  get pickerOptions(): { value: string; label: string }[] {
    const memo = this.pickerFor;
    if (memo && memo.choices === this.choices && memo.selected === this.selectedIds) {
      return memo.options;
    }
    const chosen = new Set(this.selectedIds);
    const options = this.choices
      .filter((summary) => !chosen.has(summary.id))
      .map((summary) => ({ value: summary.id, label: `${sheetLabel(summary)} (${summary.name})` }));
    this.pickerFor = { choices: this.choices, selected: this.selectedIds, options };
    return options;
  }

  /** The saved comparisons with their status, remade only when the list changes. */
  get savedOptions(): { value: string; label: string }[] {
    if (this.savedFor?.comparisons === this.savedComparisons) return this.savedFor.options;
    const options = this.savedComparisons.map((saved) => ({
      value: saved.id,
      label: formatLabel(
        LABELS.Compare_Saved_Option,
        saved.name,
        comparisonStatusText(saved.status),
        saved.memberCount
      )
    }));
    this.savedFor = { comparisons: this.savedComparisons, options };
    return options;
  }

  get hasSavedComparisons(): boolean {
    return this.savedComparisons.length > 0;
  }

  get cannotOpenSaved(): boolean {
    return this.savedChoice === '';
  }

  handleSavedChoice(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.savedChoice = event.detail.value ?? '';
  }

  /** Opens the chosen saved comparison through the page state (`c__comparisonId`), so a reload keeps it. */
  handleOpenSaved(): void {
    if (this.savedChoice === '') return;
    const id = this.savedChoice;
    this.savedChoice = '';
    navigate(this, savedComparisonPage(id));
  }

  get chosenSheets(): { id: string; label: string; removeLabel: string }[] {
    return this.selectedIds.map((id) => {
      const label = this.labelOf(id);
      return { id, label, removeLabel: formatLabel(LABELS.Compare_Remove_Checksheet, label) };
    });
  }

  get cannotAdd(): boolean {
    return this.choice === '' || this.selectedIds.length >= MAX_SHEETS;
  }

  get tooManyText(): string {
    return this.selectedIds.length >= MAX_SHEETS
      ? formatLabel(LABELS.Compare_Too_Many, MAX_SHEETS)
      : '';
  }

  handleChoice(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.choice = event.detail.value ?? '';
  }

  handleAdd(): void {
    if (this.cannotAdd) return;
    const ids = [...this.selectedIds, this.choice];
    this.choice = '';
    this.select(ids);
  }

  handleRemove(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.select(this.selectedIds.filter((other) => other !== id));
  }

  // Loading and aligning.

  get isDiff(): boolean {
    return this.mode === 'diff' && this.sheets.length === 2;
  }

  get diffNeedsTwo(): boolean {
    return this.mode === 'diff' && !this.loading && this.sheets.length !== 2;
  }

  get isGrid(): boolean {
    return this.mode === 'grid' && this.comparison !== undefined && !this.loading;
  }

  get showEmpty(): boolean {
    return this.mode === 'grid' && !this.loading && this.sheets.length < 2 && this.error === '';
  }

  get aligningText(): string {
    return formatLabel(LABELS.Compare_Aligning, this.selectedIds.length);
  }

  get sheetLabels(): string[] {
    return this.sheets.map((sheet) => sheetLabel(sheet.summary));
  }

  get olderSheet(): LoadedSheet | undefined {
    return this.sheets[0];
  }

  get newerSheet(): LoadedSheet | undefined {
    return this.sheets[1];
  }

  get olderLabel(): string {
    return this.sheetLabels[0] ?? '';
  }

  get newerLabel(): string {
    return this.sheetLabels[1] ?? '';
  }

  private labelOf(id: string): string {
    const sheet = this.loaded.get(id);
    if (sheet) return sheetLabel(sheet.summary);
    const summary = this.choices.find((choice) => choice.id === id);
    return summary ? sheetLabel(summary) : id;
  }

  /** Loads the checksheets (each once) and aligns them; a failure is shown, never thrown. */
  private select(ids: string[]): Promise<void> {
    return this.selectAndAlign(ids);
  }

  private async selectAndAlign(ids: string[]): Promise<void> {
    this.selectedIds = ids;
    this.linking = undefined;
    this.error = '';
    const run = ++this.loadRun;
    this.loading = true;
    try {
      const [sheets, ledger] = await Promise.all([
        Promise.all(ids.map((id) => this.load(id))),
        ids.length >= 2 && this.mode === 'grid' ? getItemLinks(ids) : Promise.resolve([])
      ]);
      if (run !== this.loadRun) return;
      this.sheets = sheets;
      this.ledger = ledger;
      this.realign();
    } catch (error) {
      if (run !== this.loadRun) return;
      this.sheets = [];
      this.comparison = undefined;
      this.error = toChecksheetApiError(error).message;
    } finally {
      if (run === this.loadRun) this.loading = false;
    }
  }

  private async load(id: string): Promise<LoadedSheet> {
    const cached = this.loaded.get(id);
    if (cached) return cached;
    try {
      const { checksheet, items } = await loadAllItems(id);
      const sheet = { summary: checksheet, items: toIdentifiedItems(items) };
      this.loaded.set(id, sheet);
      return sheet;
    } catch (error) {
      const cause = toChecksheetApiError(error);
      cause.message = formatLabel(LABELS.Compare_Load_Failed, this.labelOf(id), cause.message);
      throw cause;
    }
  }

  private realign(): void {
    if (this.mode !== 'grid' || this.sheets.length < 2) {
      this.comparison = undefined;
      this.refilter();
      return;
    }
    const items = this.sheets.map((sheet) => sheet.items);
    if (this.alignment?.sheets !== this.sheets) {
      this.alignment = { sheets: this.sheets, rows: alignRows(items) };
      this.itemsById = itemIndex(this.sheets);
    }
    this.ledgerIndex = ledgerByItem(this.ledger);
    this.comparison = linkRows(
      items,
      this.alignment.rows,
      decisionsToApply(this.ledger, this.decisions)
    );
    this.sectionFilterOptions = sectionOptions(this.comparison.rows);
    this.topicFilterOptions = topicOptions(this.comparison.rows);
    this.refilter();
  }

  private refilter(): void {
    this.filtered = this.comparison ? filterRows(this.comparison.rows, this.filters) : [];
    this.followScreen();
  }

  // The grid.

  get counts(): DifferenceCount[] {
    return this.comparison ? differenceCounts(this.comparison) : [];
  }

  get partlyText(): string {
    return formatLabel(
      LABELS.Compare_Count,
      LABELS.Compare_Partly_Same,
      this.comparison?.summary.partly ?? 0
    );
  }

  /** The filters' options, made once per comparison: a new array would redraw each combobox. */
  statusFilterOptions = [{ value: '', label: LABELS.List_All_Statuses }, ...statusOptions()];
  sectionFilterOptions = sectionOptions([]);
  topicFilterOptions = topicOptions([]);
  private itemsById = itemIndex([]);
  private ledgerIndex = ledgerByItem([]);

  get caption(): string {
    return formatLabel(LABELS.Compare_Grid_Caption, this.sheetLabels.join(', '));
  }

  get columns(): { key: string; label: string }[] {
    return this.sheetLabels.map((label, index) => ({ key: `c${index}`, label }));
  }

  private get currentPage() {
    return rowPage(this.filtered, this.pageIndex);
  }

  /** The context rows are viewed in, remade only when something it holds changes. */
  private get rowContext(): RowContext {
    const labels = this.sheetLabels;
    const memo = this.viewsFor;
    if (
      memo &&
      memo.itemsById === this.itemsById &&
      memo.linking === this.linking &&
      memo.ledgerByItem === this.ledgerIndex &&
      memo.labels.join('\n') === labels.join('\n')
    ) {
      return memo;
    }
    this.viewsFor = {
      labels,
      itemsById: this.itemsById,
      linking: this.linking,
      editable: true,
      ledgerByItem: this.ledgerIndex
    };
    this.views = new WeakMap();
    return this.viewsFor;
  }

  /** The drawn rows of the page, each with its place among all the rows (`aria-rowindex`). */
  get rows(): RowView[] {
    const context = this.rowContext;
    const page = this.currentPage;
    const { start, end } = this.gridRange;
    const first = Math.max(0, page.first - 1) + start;
    return page.rows.slice(start, end).map((row, index) => {
      const rowIndex = first + index + 2;
      let view = this.views.get(row);
      if (view?.rowIndex !== rowIndex) {
        view = { ...(view ?? rowView(row, context)), rowIndex };
        this.views.set(row, view);
      }
      return view;
    });
  }

  /** Every row that passes the filters and the header row, for assistive technology. */
  get gridRowCount(): number {
    return this.filtered.length + 1;
  }

  get hasSpacerBefore(): boolean {
    return this.gridRange.before > 0;
  }

  get hasSpacerAfter(): boolean {
    return this.gridRange.after > 0;
  }

  get spacerBeforeStyle(): string {
    return `height: ${this.gridRange.before}px`;
  }

  get spacerAfterStyle(): string {
    return `height: ${this.gridRange.after}px`;
  }

  get columnCount(): number {
    return this.sheets.length + 2;
  }

  /**
   * Draws the rows of the page that meet the screen (./gridWindow). The screen is read from the
   * grid body's place (before the body exists, guessed from the component's top edge); where
   * nothing is laid out (no layout engine) the whole page is drawn.
   */
  private followScreen(): void {
    const rows = this.currentPage.rows;
    const host = this.template?.host?.getBoundingClientRect();
    let next: GridWindow;
    if (!host || (host.width === 0 && host.height === 0)) {
      next = { start: 0, end: rows.length, before: 0, after: 0 };
    } else {
      const body = this.template?.querySelector('tbody.compare-grid__body');
      const top = body ? -body.getBoundingClientRect().top : -(host.top + GRID_OFFSET);
      const heights = rows.map((row) => this.heights.get(row.key) ?? ESTIMATED_ROW_HEIGHT);
      next = gridWindow(heights, top, top + window.innerHeight);
    }
    if (!sameWindow(this.gridRange, next)) this.gridRange = next;
  }

  get hasRows(): boolean {
    return this.filtered.length > 0;
  }

  get showingText(): string {
    const page = this.currentPage;
    return formatLabel(LABELS.Compare_Showing, page.first, page.last, page.total);
  }

  get pagerPage(): number {
    return this.currentPage.page;
  }

  get pagerPageCount(): number {
    return this.currentPage.pageCount;
  }

  get linkingText(): string {
    const linking = this.linking;
    if (!linking) return '';
    const number = this.sheets[linking.sheet]?.items.find((item) => item.id === linking.itemId);
    return formatLabel(
      LABELS.Compare_Linking,
      this.sheetLabels[linking.sheet],
      number?.number ?? ''
    );
  }

  get hasCorrections(): boolean {
    return this.decisions.length > 0 || this.history.length > 0;
  }

  get cannotUndo(): boolean {
    return this.history.length === 0;
  }

  get noCorrections(): boolean {
    return this.decisions.length === 0;
  }

  get correctionsText(): string {
    return formatLabel(LABELS.Compare_Corrections, this.decisions.length);
  }

  private setFilters(change: Partial<GridFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.pageIndex = 0;
    this.refilter();
  }

  handleDifferencesOnly(event: CustomEvent<{ checked: boolean }>): void {
    this.setFilters({ differencesOnly: event.detail.checked });
  }

  handleStatus(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.setFilters({ status: event.detail.value ?? '' });
  }

  handleSection(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.setFilters({ section: event.detail.value ?? '' });
  }

  handleTopic(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.setFilters({ topic: event.detail.value ?? '' });
  }

  handleQuery(event: CustomEvent<{ value: string }>): void {
    this.setFilters({ query: event.detail.value ?? '' });
  }

  handlePageChange(event: CustomEvent<{ page: number }>): void {
    this.pageIndex = event.detail.page;
    this.followScreen();
  }

  // Correcting the alignment.

  handleLinkStart(event: Event): void {
    const data = (event.currentTarget as HTMLElement).dataset;
    this.linking = { itemId: data.id ?? '', sheet: Number(data.sheet) };
  }

  handleLinkCancel(): void {
    this.linking = undefined;
  }

  handleLinkHere(event: Event): void {
    const source = this.linking;
    if (!source) return;
    const itemId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.linking = undefined;
    this.decide({
      itemAId: source.itemId,
      itemBId: itemId,
      relationship: 'Same',
      method: 'Manual',
      score: null
    });
  }

  handleUnlink(event: Event): void {
    this.decidePair(event, 'Not_Same');
  }

  handleMarkPartly(event: Event): void {
    this.decidePair(event, 'Partly_Same');
  }

  handleUndo(): void {
    this.decisions = this.history.pop() ?? [];
    this.realign();
  }

  handleClearCorrections(): void {
    this.history = [...this.history, this.decisions];
    this.decisions = [];
    this.realign();
  }

  private decidePair(event: Event, relationship: 'Not_Same' | 'Partly_Same'): void {
    const itemId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    const cell = this.comparison?.rows
      .flatMap((row) => row.cells)
      .find((candidate) => candidate?.item.id === itemId);
    if (!cell?.partnerId) return;
    this.decide({
      itemAId: cell.partnerId,
      itemBId: itemId,
      relationship,
      method: cell.method === 'manual' ? 'Manual' : 'Automatic',
      score: cell.score
    });
  }

  private decide(decision: LinkDecision): void {
    this.history = [...this.history, this.decisions];
    this.decisions = withDecision(this.decisions, decision);
    this.realign();
  }

  // Saved comparisons and the ledger.

  get savedNotices(): (SupersededMember & { text: string; switchLabel: string })[] {
    if (!this.saved) return [];
    return supersededMembers(this.saved)
      .filter((member) => this.selectedIds.includes(member.checksheetId))
      .map((member) => ({
        ...member,
        text: formatLabel(LABELS.Compare_Superseded, member.label, member.newerVersionLabel),
        switchLabel: formatLabel(LABELS.Compare_Switch_Newer, member.newerVersionLabel)
      }));
  }

  get ledgerText(): string {
    return formatLabel(LABELS.Compare_Ledger_Applied, this.ledger.length);
  }

  get hasLedger(): boolean {
    return this.ledger.length > 0;
  }

  get unsavedText(): string {
    return formatLabel(LABELS.Compare_Unsaved, this.decisions.length);
  }

  get cannotSave(): boolean {
    return this.saving || this.sheets.length < 2 || this.saved?.canEdit === false;
  }

  handleName(event: CustomEvent<{ value: string }>): void {
    this.comparisonName = event.detail.value ?? '';
  }

  handlePurpose(event: CustomEvent<{ value: string }>): void {
    this.purpose = event.detail.value ?? '';
  }

  handleNotes(event: CustomEvent<{ value: string }>): void {
    this.decisionNotes = event.detail.value ?? '';
  }

  handleComparisonStatus(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.comparisonStatus = event.detail.value === 'Decided' ? 'Decided' : 'Draft';
  }

  /** Saves the comparison (name, purpose, notes, members) and the unsaved corrections as links. */
  async handleSave(): Promise<void> {
    if (this.cannotSave) return;
    this.saving = true;
    this.saveMessage = '';
    this.saveError = '';
    try {
      const saved = await saveComparison({
        id: this.saved?.id ?? null,
        name: this.comparisonName.trim() || null,
        purpose: this.purpose.trim() || null,
        decisionNotes: this.decisionNotes.trim() || null,
        status: this.saved ? this.comparisonStatus : null,
        checksheetIds: [...this.selectedIds]
      });
      const links = toLinkInputs(this.decisions);
      const stored = links.length > 0 ? await saveItemLinks(saved.id, links) : [];
      this.saved = saved;
      this.comparisonName = saved.name;
      this.comparisonStatus = saved.status ?? 'Draft';
      this.ledger = withSavedLinks(this.ledger, stored);
      this.decisions = [];
      this.history = [];
      this.realign();
      this.saveMessage = formatLabel(LABELS.Compare_Saved, stored.length);
      if (this.wiredSaved) await refreshApex(this.wiredSaved);
    } catch (error) {
      this.saveError = formatLabel(LABELS.Compare_Save_Failed, toChecksheetApiError(error).message);
    } finally {
      this.saving = false;
    }
  }

  /**
   * Removes a saved decision from the ledger (its owner or an admin: the button shows only for
   * them); the pair goes back to what the automatic alignment makes of it.
   */
  async handleForget(event: Event): Promise<void> {
    const linkId = (event.currentTarget as HTMLElement).dataset.linkId ?? '';
    if (linkId === '' || this.forgetting) return;
    this.forgetting = true;
    this.forgetMessage = '';
    this.forgetError = '';
    try {
      await removeItemLinks([linkId]);
      this.ledger = this.ledger.filter((link) => link.id !== linkId);
      this.realign();
      this.forgetMessage = LABELS.Compare_Forgotten;
    } catch (error) {
      this.forgetError = formatLabel(
        LABELS.Compare_Forget_Failed,
        toChecksheetApiError(error).message
      );
    } finally {
      this.forgetting = false;
    }
  }

  handleSwitchNewer(event: Event): void {
    const data = (event.currentTarget as HTMLElement).dataset;
    this.select(switchMember(this.selectedIds, data.from ?? '', data.to ?? ''));
  }

  private async openSaved(comparisonId: string): Promise<void> {
    this.error = '';
    try {
      const saved = await getComparison(comparisonId);
      this.saved = saved;
      this.comparisonName = saved.name;
      this.purpose = saved.purpose ?? '';
      this.decisionNotes = saved.decisionNotes ?? '';
      this.comparisonStatus = saved.status ?? 'Draft';
      await this.select(memberIds(saved));
    } catch (error) {
      this.error = toChecksheetApiError(error).message;
    }
  }

  // Export.

  async handleExportCsv(): Promise<void> {
    await this.export('csv');
  }

  async handleExportXlsx(): Promise<void> {
    await this.export('xlsx');
  }

  private async export(format: ExportFormat): Promise<void> {
    this.exportError = '';
    try {
      const spreadsheet = format === 'xlsx' ? await this.loadSpreadsheet() : undefined;
      const labels = this.sheetLabels;
      const diff = this.isDiff;
      const table = diff
        ? diffTable(diffVersions({ items: this.sheets[0].items }, { items: this.sheets[1].items }))
        : gridTable(this.filtered, labels);
      const name = diff ? LABELS.Compare_Version_Diff : LABELS.Compare;
      const bytes = tableBytes(table, format, name, spreadsheet);
      downloadFile(exportFileName(name, labels, new Date(), format), bytes, MIME_TYPES[format]);
    } catch (error) {
      this.exportError = formatLabel(
        LABELS.Export_Failed,
        error instanceof Error ? error.message : String(error)
      );
    }
  }

  private async loadSpreadsheet() {
    this.spreadsheet ??= loadScript(this, SHEETJS);
    await this.spreadsheet;
    return spreadsheetOf(window);
  }
}
