import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { loadScript } from 'lightning/platformResourceLoader';
import SHEETJS from '@salesforce/resourceUrl/sheetjs';
import type { ChecksheetItemDto, ChecksheetSummary, VerdictChange } from 'c/checksheetApi';
import {
  correctItems,
  createFollowUps,
  discardChecksheet,
  getOpenFollowUps,
  loadAllItems,
  saveVerdicts,
  setReviewStatus,
  toChecksheetApiError
} from 'c/checksheetApi';
import { LABELS, formatLabel, reviewStatusText, verdictOptions } from 'c/checksheetLabels';
import { generateUrl, navigate, recordPage } from 'c/checksheetNavigation';
import type { ListItem } from 'c/checksheetItemList';
import type {
  CorrectionState,
  FollowUpsByItem,
  ItemSelection,
  ReadingField,
  ReviewDraft,
  ReviewDrafts,
  SavedReview
} from 'c/checksheetReview';
import type { ReviewStatusValue } from 'c/checksheetSchema';
import {
  EMPTY_DRAFTS,
  FOLLOW_UP_DAYS,
  NO_CORRECTIONS,
  NO_FOLLOW_UPS,
  NO_SELECTION,
  addDays,
  addFollowUps,
  cancelCorrection,
  carriedReviews,
  correctionFailed,
  correctionSaved,
  correctionSaving,
  editCorrection,
  openCorrection,
  readingOf,
  toItemCorrection,
  localToday,
  clearSelection,
  editReviews,
  markFailed,
  markSaved,
  pendingChanges,
  saveInBatches,
  selectAllShown,
  selectRange,
  toVerdict,
  toggleItem,
  unsavedCount
} from 'c/checksheetReview';
import type { ExportFormat } from 'c/checksheetDownload';
import {
  MIME_TYPES,
  downloadFile,
  exportFileName,
  spreadsheetOf,
  tableBytes
} from 'c/checksheetDownload';
import { reviewExportTable } from './reviewExport';
import type { HeaderFact, ProgressView } from './recordViewModel';
import {
  headerFacts,
  progressView,
  statusCounts,
  toListItems,
  withCorrected,
  withFollowUpVerdicts,
  withSaved
} from './recordViewModel';

/**
 * The Checksheet record page: the header facts, the answers by status and every item grouped by
 * section. Reads through `c/checksheetApi` only, page by page for large checksheets.
 */
export default class ChecksheetRecordView extends NavigationMixin(LightningElement) {
  labels = LABELS;
  summary?: ChecksheetSummary;
  items: ListItem[] = [];
  counts: Record<string, number> = {};
  loading = false;
  loaded = 0;
  error = '';
  drafts: ReviewDrafts = EMPTY_DRAFTS;
  selection: ItemSelection = NO_SELECTION;
  bulkVerdict = '';
  saving = false;
  saveMessage = '';
  saveError = '';
  followUps: FollowUpsByItem = NO_FOLLOW_UPS;
  followUpDue = addDays(localToday(), FOLLOW_UP_DAYS);
  statusBusy = false;
  statusMessage = '';
  statusError = '';
  /** The vendor's Account page, once generated (the vendor fact links to it). */
  vendorUrl = '';
  confirmingDiscard = false;
  discarding = false;
  discardError = '';
  /** Items whose draft is a review carried from the version before, not yet confirmed. */
  carried: ReadonlySet<string> = new Set();
  /** Open correction editors of how items were read, with what was typed. */
  corrections: CorrectionState = NO_CORRECTIONS;

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

  // ---- field history (issue 8) ----
  /** The History section is open (it reads the history only then). */
  historyOpen = false;
  /** Goes up after each save, so an open history reads again. */
  historyVersion = 0;

  get historyExpanded(): string {
    return String(this.historyOpen);
  }

  get historySectionClass(): string {
    return `slds-section slds-m-vertical_small record-view__history${this.historyOpen ? ' slds-is-open' : ''}`;
  }

  handleToggleHistory(): void {
    this.historyOpen = !this.historyOpen;
  }

  // ---- export ----
  /** Why the last export failed, or ''. */
  exportError = '';
  private spreadsheet?: Promise<unknown>;

  get cannotExport(): boolean {
    return this.summary === undefined || this.loading;
  }

  async handleExportCsv(): Promise<void> {
    await this.exportReview('csv');
  }

  async handleExportXlsx(): Promise<void> {
    await this.exportReview('xlsx');
  }

  /** Every item with its saved verdict, comment and open follow-ups, as a file (in the browser). */
  private async exportReview(format: ExportFormat): Promise<void> {
    this.exportError = '';
    try {
      if (format === 'xlsx') {
        this.spreadsheet ??= loadScript(this, SHEETJS);
        await this.spreadsheet;
      }
      const name = LABELS.Review_Export_File;
      const table = reviewExportTable(this.items, this.followUps);
      const bytes = tableBytes(table, format, name, spreadsheetOf(window));
      const fileName = exportFileName(name, [this.cardTitle], new Date(), format);
      downloadFile(fileName, bytes, MIME_TYPES[format]);
    } catch (error) {
      this.exportError = formatLabel(
        LABELS.Export_Failed,
        error instanceof Error ? error.message : String(error)
      );
    }
  }

  get cardTitle(): string {
    return this.summary?.name ?? '';
  }

  get facts(): (HeaderFact & { url: string })[] {
    if (!this.summary) return [];
    return headerFacts(this.summary).map((fact) => ({
      ...fact,
      url: fact.key === 'vendor' ? this.vendorUrl : ''
    }));
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

  /** The user may record verdicts: Apex says they may edit this checksheet. */
  get reviewable(): boolean {
    return this.summary?.canEdit === true;
  }

  get showReadOnlyReason(): boolean {
    return this.hasSummary && !this.loading && !this.reviewable;
  }

  get unsavedTotal(): number {
    return unsavedCount(this.drafts);
  }

  get saveLabel(): string {
    return formatLabel(LABELS.Review_Save, this.unsavedTotal);
  }

  get saveDisabled(): boolean {
    return this.saving || this.unsavedTotal === 0;
  }

  get selectedCount(): number {
    return this.selection.selected.size;
  }

  get selectedText(): string {
    return formatLabel(LABELS.Review_Selected, this.selectedCount);
  }

  get noSelection(): boolean {
    return this.selectedCount === 0;
  }

  get applyDisabled(): boolean {
    return this.selectedCount === 0 || this.saving;
  }

  get bulkVerdictOptions() {
    return verdictOptions();
  }

  private savedOf = (id: string): SavedReview => {
    const item = this.items.find((candidate) => candidate.id === id);
    return { verdict: toVerdict(item?.reviewerVerdict), comment: item?.reviewerComment ?? '' };
  };

  handleReviewEdit(event: CustomEvent<{ ids: string[]; change: ReviewDraft }>): void {
    this.drafts = editReviews(this.drafts, event.detail.ids, event.detail.change, this.savedOf);
    this.withoutCarried(event.detail.ids);
    this.saveMessage = '';
  }

  /** Items the reviewer changed or saved are theirs now, no longer carried proposals. */
  private withoutCarried(ids: readonly string[]): void {
    if (this.carried.size === 0) return;
    const next = new Set(this.carried);
    for (const id of ids) next.delete(id);
    this.carried = next;
  }

  get carriedCount(): number {
    return this.carried.size;
  }

  get carriedText(): string {
    return formatLabel(
      LABELS.Review_Carried_Count,
      this.carried.size,
      this.summary?.supersedesVersion ?? ''
    );
  }

  /** The version the carried reviews come from, as the item list labels them. */
  get carriedFrom(): string {
    return this.summary?.supersedesVersion ?? '';
  }

  handleConfirmAllCarried(): void {
    this.saveChanges([...this.carried]);
  }

  handleConfirmCarried(event: CustomEvent<{ ids: string[] }>): void {
    this.saveChanges(event.detail.ids);
  }

  handleSelectItem(
    event: CustomEvent<{ id: string; on: boolean; shift: boolean; shownIds: string[] }>
  ): void {
    const { id, on, shift, shownIds } = event.detail;
    this.selection = shift
      ? selectRange(this.selection, shownIds, id, on)
      : toggleItem(this.selection, id, on);
  }

  handleSelectAllShown(event: CustomEvent<{ on: boolean; shownIds: string[] }>): void {
    const { on, shownIds } = event.detail;
    if (on) {
      this.selection = selectAllShown(this.selection, shownIds);
    } else {
      const shown = new Set(shownIds);
      this.selection = {
        selected: new Set([...this.selection.selected].filter((id) => !shown.has(id)))
      };
    }
  }

  handleBulkVerdict(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.bulkVerdict = event.detail.value ?? '';
  }

  /** One verdict on every selected item, recorded as unsaved like any other edit. */
  handleApplyVerdict(): void {
    const ids = [...this.selection.selected];
    this.drafts = editReviews(
      this.drafts,
      ids,
      { verdict: toVerdict(this.bulkVerdict) },
      this.savedOf
    );
    this.withoutCarried(ids);
    this.saveMessage = '';
  }

  handleClearSelection(): void {
    this.selection = clearSelection();
  }

  /** Saves every unsaved change; a failure keeps the reviewer's text and says why. */
  handleSave(): void {
    this.saveChanges();
  }

  /** Saves the unsaved changes (of `only` these items when given). */
  private async saveChanges(only?: readonly string[]): Promise<void> {
    const wanted = only === undefined ? undefined : new Set(only);
    const changes: VerdictChange[] = pendingChanges(this.drafts, this.savedOf).filter(
      (change) => wanted === undefined || wanted.has(change.itemId)
    );
    if (changes.length === 0) return;
    this.saving = true;
    this.saveMessage = '';
    this.saveError = '';
    const result = await saveInBatches(changes, (batch) => saveVerdicts(batch));
    this.items = withSaved(this.items, result.saved);
    this.counts = statusCounts(this.items);
    this.drafts = markSaved(this.drafts, result.savedIds);
    this.withoutCarried(result.savedIds);
    if (result.error !== undefined) {
      const reason = toChecksheetApiError(result.error).message;
      this.drafts = markFailed(this.drafts, result.failedIds, reason);
      this.saveError = formatLabel(LABELS.Review_Save_Failed, reason);
    }
    if (result.savedIds.length > 0) {
      this.saveMessage = formatLabel(LABELS.Review_Saved, result.savedIds.length);
      this.historyVersion++;
    }
    this.saving = false;
  }

  handleCorrectionOpen(event: CustomEvent<{ id: string }>): void {
    const item = this.items.find((candidate) => candidate.id === event.detail.id);
    if (item === undefined) return;
    this.corrections = openCorrection(this.corrections, item.id, readingOf(item));
  }

  handleCorrectionEdit(
    event: CustomEvent<{ id: string; field: ReadingField; value: string }>
  ): void {
    const { id, field, value } = event.detail;
    this.corrections = editCorrection(this.corrections, id, field, value);
  }

  handleCorrectionCancel(event: CustomEvent<{ id: string }>): void {
    this.corrections = cancelCorrection(this.corrections, event.detail.id);
  }

  /**
   * Saves one item's correction through Apex; the item then shows the stored values and its
   * "Corrected" badge. A failure keeps the editor open with what was typed and says why.
   */
  async handleCorrectionSave(event: CustomEvent<{ id: string }>): Promise<void> {
    const id = event.detail.id;
    const reading = this.corrections.open[id];
    if (reading === undefined || this.corrections.saving.has(id)) return;
    this.corrections = correctionSaving(this.corrections, id);
    this.saveMessage = '';
    try {
      const saved = await correctItems([toItemCorrection(id, reading)]);
      this.items = withCorrected(this.items, saved);
      this.counts = statusCounts(this.items);
      this.corrections = correctionSaved(this.corrections, id);
      const item = this.items.find((candidate) => candidate.id === id);
      this.saveMessage = formatLabel(LABELS.Correction_Saved, item?.itemNumber ?? '');
    } catch (error) {
      this.corrections = correctionFailed(
        this.corrections,
        id,
        formatLabel(LABELS.Correction_Failed, toChecksheetApiError(error).message)
      );
    }
  }

  get progress(): ProgressView {
    return progressView(this.items);
  }

  handleFollowUpDue(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.followUpDue = event.detail.value ?? '';
  }

  handleFollowUpSelected(): void {
    this.createFollowUpsFor([...this.selection.selected]);
  }

  handleFollowUpItem(event: CustomEvent<{ ids: string[] }>): void {
    this.createFollowUpsFor(event.detail.ids);
  }

  /**
   * A follow-up Task per item, due on the toolbar's date (blank: none), through Apex; the items
   * show them at once, and those without a verdict take Follow_Up, as Apex sets it.
   */
  private async createFollowUpsFor(ids: string[]): Promise<void> {
    if (ids.length === 0 || this.saving) return;
    this.saving = true;
    this.saveMessage = '';
    this.saveError = '';
    try {
      const created = await createFollowUps(ids, this.followUpDue || null);
      this.followUps = addFollowUps(this.followUps, created);
      this.items = withFollowUpVerdicts(
        this.items,
        created.map((task) => task.itemId)
      );
      this.saveMessage = formatLabel(LABELS.Review_Follow_Ups_Created, created.length);
      this.historyVersion++;
    } catch (error) {
      this.saveError = formatLabel(
        LABELS.Review_Follow_Up_Failed,
        toChecksheetApiError(error).message
      );
    } finally {
      this.saving = false;
    }
  }

  /** A move on the review path: Apex checks it and answers with the checksheet as it now is. */
  async handleStatusChange(
    event: CustomEvent<{ reviewStatus: ReviewStatusValue; nextReviewOn: string | null }>
  ): Promise<void> {
    const id = this.currentId;
    if (id === undefined) return;
    this.statusBusy = true;
    this.statusMessage = '';
    this.statusError = '';
    try {
      const { reviewStatus, nextReviewOn } = event.detail;
      this.summary = await setReviewStatus(id, reviewStatus, nextReviewOn);
      this.statusMessage = formatLabel(
        LABELS.Review_Status_Changed,
        reviewStatusText(this.summary.reviewStatus ?? reviewStatus)
      );
      this.historyVersion++;
    } catch (error) {
      this.statusError = formatLabel(
        LABELS.Review_Status_Failed,
        toChecksheetApiError(error).message
      );
    } finally {
      this.statusBusy = false;
    }
  }

  /** The owner may discard the checksheet while it is Received (Apex checks it again). */
  get canDiscard(): boolean {
    return this.summary?.canDiscard === true && !this.loading;
  }

  get discardQuestion(): string {
    return formatLabel(LABELS.Review_Discard_Confirm, this.summary?.itemCount ?? this.items.length);
  }

  handleDiscard(): void {
    this.confirmingDiscard = true;
    this.discardError = '';
  }

  handleKeep(): void {
    this.confirmingDiscard = false;
  }

  /** Deletes the checksheet through Apex, then goes to the vendor's page. */
  async handleConfirmDiscard(): Promise<void> {
    const id = this.currentId;
    const vendorId = this.summary?.vendorId;
    if (id === undefined) return;
    this.discarding = true;
    try {
      await discardChecksheet(id);
      this.confirmingDiscard = false;
      if (vendorId) navigate(this, recordPage(vendorId));
    } catch (error) {
      this.discardError = formatLabel(
        LABELS.Review_Discard_Failed,
        toChecksheetApiError(error).message
      );
    } finally {
      this.discarding = false;
    }
  }

  get itemCountText(): string {
    return formatLabel(LABELS.Items_Count, this.items.length);
  }

  /**
   * A version that supersedes a reviewed one: its unchanged items take the earlier verdict and
   * comment as unsaved drafts marked "carried" until the reviewer confirms them.
   */
  private async carryForward(
    request: number,
    summary: ChecksheetSummary,
    items: readonly ChecksheetItemDto[]
  ): Promise<void> {
    if (!summary.supersedesId || summary.canEdit !== true) return;
    const previous = await loadAllItems(summary.supersedesId);
    if (request !== this.request) return;
    const carried = carriedReviews(previous.items, items);
    let drafts = this.drafts;
    for (const [id, review] of Object.entries(carried)) {
      drafts = editReviews(drafts, [id], review, this.savedOf);
    }
    this.drafts = drafts;
    this.carried = new Set(Object.keys(carried));
  }

  private async linkVendor(vendorId: string | null | undefined): Promise<void> {
    this.vendorUrl = vendorId ? await generateUrl(this, recordPage(vendorId)) : '';
  }

  /** Reads the checksheet and all its items; an answer for an earlier record is dropped. */
  private async load(checksheetId: string): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    this.error = '';
    this.loaded = 0;
    this.drafts = EMPTY_DRAFTS;
    this.selection = NO_SELECTION;
    this.followUps = NO_FOLLOW_UPS;
    this.carried = new Set();
    this.corrections = NO_CORRECTIONS;
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
      this.linkVendor(result.checksheet.vendorId);
      this.items = toListItems(result.items);
      this.counts = statusCounts(this.items);
      const followUps = await getOpenFollowUps(checksheetId);
      if (request !== this.request) return;
      this.followUps = addFollowUps(NO_FOLLOW_UPS, followUps);
      await this.carryForward(request, result.checksheet, result.items);
    } catch (error) {
      if (request !== this.request) return;
      this.error = formatLabel(LABELS.Error_Generic, toChecksheetApiError(error).message);
    } finally {
      if (request === this.request) this.loading = false;
    }
  }
}
