import { LightningElement, api } from 'lwc';
import {
  LABELS,
  answerFlagText,
  formatLabel,
  responsibilityText,
  statusOptions,
  verdictOptions,
  verdictText
} from 'c/checksheetLabels';
import type {
  CorrectionState,
  FollowUpsByItem,
  ItemSelection,
  Reading,
  ReadingField,
  ReviewDrafts,
  SavedReview
} from 'c/checksheetReview';
import {
  EMPTY_DRAFTS,
  NO_CORRECTIONS,
  NO_FOLLOW_UPS,
  NO_SELECTION,
  allShownSelected,
  effectiveReview,
  hasOpenFollowUp,
  toVerdict
} from 'c/checksheetReview';
import { ANSWER_FLAG_VALUES, RESPONSIBILITY_VALUES } from 'c/checksheetSchema';
import type { ListItem } from './itemFilter';
import {
  ALL_INSIGHTS,
  ALL_VERDICTS,
  ANY_FLAG,
  FOLLOW_UPS,
  NOT_REVIEWED,
  filterItems,
  flagCriterion,
  isFlagged,
  responsibilityCriterion,
  sectionsOf
} from './itemFilter';
import type { PageView } from './itemPages';
import { pageOfIndex, pagePosition, pageView } from './itemPages';
import { ITEM_KEYSHORTCUTS, itemKeyAction } from './itemKeys';
import {
  answerFlagOptions,
  correctedDetail,
  isCorrected,
  responsibilityOptions
} from './correctionText';
import type { TextSegment } from './textSegments';
import { linkSegments } from './textSegments';

export type { ListItem } from './itemFilter';
export { correctedDetail } from './correctionText';

const FIRST_ITEM = ':first';
const LAST_ITEM = ':last';

interface ItemRow {
  key: string;
  id: string;
  selectLabel: string;
  selected: boolean;
  verdict: string;
  verdictLabel: string;
  comment: string;
  hasComment: boolean;
  showComment: boolean;
  unsaved: boolean;
  error: string;
  rowClass: string;
  itemNumber: string;
  question: string;
  status: string;
  statusMark: string;
  hasMark: boolean;
  hasAnswer: boolean;
  segments: TextSegment[];
  followUpLabel: string;
  followUps: { key: string; text: string }[];
  hasFollowUps: boolean;
  responsibilityBadge: string;
  flagBadge: string;
  flagReason: string;
  partyText: string;
  carriedText: string;
  confirmLabel: string;
  tabIndex: string;
  corrected: boolean;
  correctedDetail: string;
  correctedTipId: string;
  correctLabel: string;
  correcting: boolean;
  correction?: Reading;
  correctionLabel: string;
  correctionError: string;
  correctionSaving: boolean;
  /** Field history (issue 8): the item's History is open; its button's state and name. */
  historyOpen: boolean;
  historyExpanded: string;
  historyLabel: string;
}

interface RowContext {
  drafts: ReviewDrafts;
  selection: ItemSelection;
  openComments: ReadonlySet<string>;
  followUps: FollowUpsByItem;
  carried: ReadonlySet<string>;
  carriedFrom: string;
  /** Items whose History is open. */
  openHistories: ReadonlySet<string>;
  /** The item that takes the keyboard focus when the list is tabbed into. */
  activeId: string;
  corrections: CorrectionState;
}

/**
 * Who the answer says is responsible, as a badge, where it says more than the usual "the vendor
 * does it" (every item would carry that one); the filter still offers every value.
 */
function responsibilityBadge(item: ListItem): string {
  const value = item.responsibility ?? '';
  if (value === '' || value === 'Vendor') return '';
  return formatLabel(LABELS.Insight_Responsibility, responsibilityText(value));
}

function savedReview(item: ListItem): SavedReview {
  return { verdict: toVerdict(item.reviewerVerdict), comment: item.reviewerComment ?? '' };
}

function toRow(item: ListItem, context: RowContext): ItemRow {
  const review = effectiveReview(context.drafts, item.id, savedReview(item));
  const unsaved = context.drafts.drafts[item.id] !== undefined;
  const error = context.drafts.errors[item.id] ?? '';
  return {
    key: item.id,
    id: item.id,
    selectLabel: formatLabel(LABELS.Review_Select_Item, item.itemNumber),
    selected: context.selection.selected.has(item.id),
    verdict: review.verdict ?? '',
    verdictLabel: verdictText(review.verdict),
    comment: review.comment,
    hasComment: review.comment !== '',
    showComment: review.comment !== '' || context.openComments.has(item.id),
    unsaved,
    error,
    rowClass: `item-list__item${unsaved ? ' item-list__item_unsaved' : ''}${error ? ' item-list__item_error' : ''}`,
    itemNumber: item.itemNumber,
    question: item.question,
    status: item.status,
    statusMark: item.statusMark,
    hasMark: item.statusMark !== '',
    hasAnswer: item.answer.trim() !== '',
    segments: linkSegments(item.answer),
    followUpLabel: formatLabel(LABELS.Review_Follow_Up_Item, item.itemNumber),
    followUps: (context.followUps[item.id] ?? []).map((task) => ({
      key: task.id,
      text: formatLabel(
        LABELS.Review_Follow_Up_Line,
        task.subject ?? '',
        task.activityDate ?? LABELS.Review_No_Due_Date,
        task.ownerName ?? ''
      )
    })),
    hasFollowUps: hasOpenFollowUp(context.followUps, item.id),
    responsibilityBadge: responsibilityBadge(item),
    flagBadge: isFlagged(item) ? answerFlagText(item.answerFlag) : '',
    flagReason:
      isFlagged(item) && item.answerFlagReason
        ? formatLabel(LABELS.Insight_Flag_Reason, item.answerFlagReason)
        : '',
    carriedText: context.carried.has(item.id)
      ? formatLabel(LABELS.Review_Carried, context.carriedFrom)
      : '',
    confirmLabel: formatLabel(LABELS.Review_Confirm_Carried_Item, item.itemNumber),
    tabIndex: item.id === context.activeId ? '0' : '-1',
    corrected: isCorrected(item),
    correctedDetail: correctedDetail(item),
    correctedTipId: `corrected-${item.id}`,
    correctLabel: formatLabel(LABELS.Correction_Action_Item, item.itemNumber),
    correcting: context.corrections.open[item.id] !== undefined,
    correction: context.corrections.open[item.id],
    correctionLabel: formatLabel(LABELS.Correction_Editor, item.itemNumber),
    correctionError: context.corrections.errors[item.id] ?? '',
    correctionSaving: context.corrections.saving.has(item.id),
    partyText: item.responsibleParty
      ? formatLabel(LABELS.Insight_Party, item.responsibleParty)
      : '',
    historyOpen: context.openHistories.has(item.id),
    historyExpanded: String(context.openHistories.has(item.id)),
    historyLabel: formatLabel(LABELS.History_Item_Title, item.itemNumber)
  };
}

/**
 * A checksheet's items grouped by section: search, status filter, section jump, one page of
 * 100 items at a time. Presents what it is given; loading is the record page's job.
 */
export default class ChecksheetItemList extends LightningElement {
  /** The checksheet's items in document order (`ChecksheetItemDto` of `c/checksheetApi`). */
  @api items: ListItem[] = [];
  /** Shows the verdict, comment and selection controls (the user may edit the checksheet). */
  @api reviewable = false;
  /** Unsaved verdicts and comments, owned by the page (`c/checksheetReview`). */
  @api drafts: ReviewDrafts = EMPTY_DRAFTS;
  /** The items selected for a bulk verdict, owned by the page. */
  @api selection: ItemSelection = NO_SELECTION;
  /** Open follow-up Tasks by item Id, owned by the page (`c/checksheetReview`). */
  @api followUps: FollowUpsByItem = NO_FOLLOW_UPS;
  /** Items whose unsaved review was carried from the previous version, not yet confirmed. */
  @api carried: ReadonlySet<string> = new Set();
  /** The version they were carried from. */
  @api carriedFrom = '';
  /** Open correction editors, their typed values and save failures, owned by the page. */
  @api corrections: CorrectionState = NO_CORRECTIONS;

  labels = LABELS;
  /** The correction editor's options, made once (a new options array redraws a combobox). */
  correctionStatusOptions = statusOptions();
  responsibilityOptions = responsibilityOptions();
  answerFlagOptions = answerFlagOptions();
  query = '';
  status = '';
  verdict = ALL_VERDICTS;
  insight = ALL_INSIGHTS;
  pageIndex = 0;
  openComments: ReadonlySet<string> = new Set();
  /** Field history (issue 8): the checksheet the items belong to, for their History. */
  @api checksheetId?: string;
  /** Goes up after each save on the page, so an open History reads again. */
  @api historyVersion = 0;
  /** Items whose History is open. */
  openHistories: ReadonlySet<string> = new Set();

  /** Saved items (of a checksheet) have a History; the import wizard's preview has none. */
  get showHistory(): boolean {
    return Boolean(this.checksheetId);
  }

  /** Opens or closes an item's History. */
  handleToggleHistory(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    const next = new Set(this.openHistories);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.openHistories = next;
  }
  sectionChoice = '';

  private filteredFor?: {
    items: ListItem[];
    query: string;
    status: string;
    verdict: string;
    insight: string;
    drafts: ReviewDrafts;
    followUps: FollowUpsByItem;
  };
  private filteredItems: ListItem[] = [];
  private focusSection?: string;
  private focusComment?: string;
  /** An item whose correction editor takes the focus once it shows. */
  private focusCorrection?: string;
  /** An item whose "Correct reading" button takes the focus back once its editor closes. */
  private focusCorrectButton?: string;
  /** An item to focus after the next render (by Id, or the first or last of a new page). */
  private focusItem?: string;
  /** The item the keyboard is on. */
  activeId = '';
  keyShortcuts = ITEM_KEYSHORTCUTS;

  get filtered(): ListItem[] {
    const items = this.items ?? [];
    const memo = this.filteredFor;
    const drafts = this.drafts ?? EMPTY_DRAFTS;
    const followUps = this.followUps ?? NO_FOLLOW_UPS;
    if (
      memo === undefined ||
      memo.items !== items ||
      memo.query !== this.query ||
      memo.status !== this.status ||
      memo.verdict !== this.verdict ||
      memo.insight !== this.insight ||
      (this.verdict !== ALL_VERDICTS && memo.drafts !== drafts) ||
      (this.verdict === FOLLOW_UPS && memo.followUps !== followUps)
    ) {
      this.filteredItems = filterItems(
        items,
        { query: this.query, status: this.status, verdict: this.verdict, insight: this.insight },
        (item) => effectiveReview(drafts, item.id, savedReview(item)).verdict ?? '',
        (item) => hasOpenFollowUp(followUps, item.id)
      );
      this.filteredFor = {
        items,
        query: this.query,
        status: this.status,
        verdict: this.verdict,
        insight: this.insight,
        drafts,
        followUps
      };
    }
    return this.filteredItems;
  }

  get view(): PageView<ItemRow> & {
    groups: (PageView<ItemRow>['groups'][number] & { heading: string })[];
  } {
    const context: RowContext = {
      drafts: this.drafts ?? EMPTY_DRAFTS,
      selection: this.selection ?? NO_SELECTION,
      openComments: this.openComments,
      followUps: this.followUps ?? NO_FOLLOW_UPS,
      carried: this.carried ?? new Set<string>(),
      carriedFrom: this.carriedFrom ?? '',
      activeId: this.activeId,
      corrections: this.corrections ?? NO_CORRECTIONS,
      openHistories: this.openHistories
    };
    const view = pageView(this.filtered, this.pageIndex, (item) => toRow(item, context));
    const rows = view.groups.flatMap((group) => group.rows);
    // One item of the page is in the tab order (the active one, else the first).
    if (rows.length > 0 && !rows.some((row) => row.tabIndex === '0')) rows[0].tabIndex = '0';
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

  /** The verdict filter helps only where verdicts can be or have been recorded. */
  get showVerdictFilter(): boolean {
    return this.reviewable || (this.items ?? []).some((item) => Boolean(item.reviewerVerdict));
  }

  get verdictFilterOptions() {
    return [
      { value: ALL_VERDICTS, label: LABELS.Review_All_Verdicts },
      { value: NOT_REVIEWED, label: LABELS.Review_Not_Reviewed },
      { value: FOLLOW_UPS, label: LABELS.Review_Filter_Follow_Ups },
      ...verdictOptions().filter((option) => option.value !== '')
    ];
  }

  /** The insight filter helps only where the import stored insights on the items. */
  get showInsightFilter(): boolean {
    return (this.items ?? []).some((item) => Boolean(item.responsibility) || isFlagged(item));
  }

  get insightFilterOptions() {
    return [
      { value: ALL_INSIGHTS, label: LABELS.Insight_All },
      { value: ANY_FLAG, label: LABELS.Insight_Any_Flag },
      ...ANSWER_FLAG_VALUES.filter((value) => value !== 'None').map((value) => ({
        value: flagCriterion(value),
        label: answerFlagText(value)
      })),
      ...RESPONSIBILITY_VALUES.map((value) => ({
        value: responsibilityCriterion(value),
        label: formatLabel(LABELS.Insight_Responsibility, responsibilityText(value))
      }))
    ];
  }

  get verdictOptions() {
    return verdictOptions();
  }

  get allShownSelected(): boolean {
    return allShownSelected(
      this.selection ?? NO_SELECTION,
      this.filtered.map((item) => item.id)
    );
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
    const view = pagePosition(this.filtered.length, this.pageIndex);
    return formatLabel(LABELS.List_Showing, view.first, view.last, view.total);
  }

  get pagerPage(): number {
    return pagePosition(this.filtered.length, this.pageIndex).page;
  }

  get pagerPageCount(): number {
    return pagePosition(this.filtered.length, this.pageIndex).pageCount;
  }

  get isFirstPage(): boolean {
    return this.pageIndex <= 0;
  }

  get isLastPage(): boolean {
    const view = pagePosition(this.filtered.length, this.pageIndex);
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

  handleVerdictFilter(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.verdict = event.detail.value ?? ALL_VERDICTS;
    this.pageIndex = 0;
    this.sectionChoice = '';
  }

  handleInsightFilter(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.insight = event.detail.value ?? ALL_INSIGHTS;
    this.pageIndex = 0;
    this.sectionChoice = '';
  }

  /** The items of the page shown, in order. */
  private pageIds(): string[] {
    return pageView(this.filtered, this.pageIndex, (item) => item.id).groups.flatMap(
      (group) => group.rows
    );
  }

  handleItemFocus(event: FocusEvent): void {
    if (event.target !== event.currentTarget) return;
    this.activeId = (event.currentTarget as HTMLElement).dataset.id ?? '';
  }

  /**
   * The shortcuts on a focused item (`itemKeys`): move, set a verdict, open the comment, select.
   * Inside the item's own controls only Escape counts: it brings the focus back to the item.
   */
  handleItemKeydown(event: KeyboardEvent): void {
    const element = event.currentTarget as HTMLElement;
    const id = element.dataset.id ?? '';
    if (event.target !== element) {
      if (event.key === 'Escape') {
        this.activeId = id;
        element.focus();
      }
      return;
    }
    const action = itemKeyAction(event);
    if (action === undefined) return;
    if (action.kind === 'move') {
      event.preventDefault();
      this.moveFrom(id, action.delta);
      return;
    }
    if (!this.reviewable) return;
    event.preventDefault();
    if (action.kind === 'verdict') {
      this.dispatchEvent(
        new CustomEvent('reviewedit', {
          detail: { ids: [id], change: { verdict: action.verdict } }
        })
      );
    } else if (action.kind === 'comment') {
      this.openComments = new Set([...this.openComments, id]);
      this.focusComment = id;
    } else {
      this.dispatchEvent(
        new CustomEvent('selectitem', {
          detail: {
            id,
            on: !(this.selection ?? NO_SELECTION).selected.has(id),
            shift: event.shiftKey,
            shownIds: this.filtered.map((item) => item.id)
          }
        })
      );
    }
  }

  /** The next or previous item, on the next or previous page at a page's end. */
  private moveFrom(id: string, delta: 1 | -1): void {
    const ids = this.pageIds();
    const target = ids.indexOf(id) + delta;
    if (target >= 0 && target < ids.length) {
      this.activeId = ids[target];
      this.focusItem = ids[target];
    } else if (delta === 1 && !this.isLastPage) {
      this.pageIndex += 1;
      this.focusItem = FIRST_ITEM;
    } else if (delta === -1 && !this.isFirstPage) {
      this.pageIndex -= 1;
      this.focusItem = LAST_ITEM;
    }
  }

  /** "Confirm" on a carried review: the page saves it. */
  handleConfirmCarried(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.dispatchEvent(new CustomEvent('confirmcarried', { detail: { ids: [id] } }));
  }

  /** "Follow up" on one item: the page creates its Task. */
  handleFollowUp(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.dispatchEvent(new CustomEvent('followup', { detail: { ids: [id] } }));
  }

  /** "Correct reading": the page opens the item's editor on its reading as stored. */
  handleCorrectOpen(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.focusCorrection = id;
    this.dispatchEvent(new CustomEvent('correctionopen', { detail: { id } }));
  }

  /** A field of an open correction editor typed or chosen (`data-field` names it). */
  handleCorrectionEdit(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const element = event.currentTarget as HTMLElement;
    this.dispatchEvent(
      new CustomEvent('correctionedit', {
        detail: {
          id: element.dataset.id ?? '',
          field: element.dataset.field as ReadingField,
          value: event.detail.value ?? ''
        }
      })
    );
  }

  handleCorrectionSave(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.focusCorrectButton = id;
    this.dispatchEvent(new CustomEvent('correctionsave', { detail: { id } }));
  }

  handleCorrectionCancel(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.focusCorrectButton = id;
    this.dispatchEvent(new CustomEvent('correctioncancel', { detail: { id } }));
  }

  /** A verdict chosen on one item: the page records it as unsaved. */
  handleVerdict(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.dispatchEvent(
      new CustomEvent('reviewedit', {
        detail: { ids: [id], change: { verdict: event.detail.value || null } }
      })
    );
  }

  handleComment(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.dispatchEvent(
      new CustomEvent('reviewedit', {
        detail: { ids: [id], change: { comment: event.detail.value ?? '' } }
      })
    );
  }

  /** Opens an item's comment box and puts the cursor in it. */
  handleAddComment(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.openComments = new Set([...this.openComments, id]);
    this.focusComment = id;
  }

  /** A selection box clicked; with shift held, the page selects the range. */
  handleSelect(event: MouseEvent): void {
    event.stopPropagation();
    const box = event.currentTarget as HTMLInputElement;
    this.dispatchEvent(
      new CustomEvent('selectitem', {
        detail: {
          id: box.dataset.id ?? '',
          on: box.checked,
          shift: event.shiftKey,
          shownIds: this.filtered.map((item) => item.id)
        }
      })
    );
  }

  handleSelectAllShown(event: Event): void {
    event.stopPropagation();
    const box = event.currentTarget as HTMLInputElement;
    this.dispatchEvent(
      new CustomEvent('selectallshown', {
        detail: { on: box.checked, shownIds: this.filtered.map((item) => item.id) }
      })
    );
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

  handlePageChange(event: CustomEvent<{ page: number }>): void {
    this.pageIndex = event.detail.page;
  }

  /** Focus moves into an editor that opened, and back to its button once it closed. */
  private focusCorrections(): void {
    const editor = this.focusCorrection;
    if (editor !== undefined) {
      const field = this.template?.querySelector<HTMLElement>(
        `.item-list__correct-status[data-id="${editor}"]`
      );
      if (field) {
        this.focusCorrection = undefined;
        field.focus();
      }
    }
    const button = this.focusCorrectButton;
    if (button !== undefined && !(this.corrections ?? NO_CORRECTIONS).open[button]) {
      this.focusCorrectButton = undefined;
      this.template
        ?.querySelector<HTMLElement>(`.item-list__correct[data-id="${button}"]`)
        ?.focus();
    }
  }

  override renderedCallback(): void {
    this.focusCorrections();
    const wanted = this.focusItem;
    if (wanted !== undefined) {
      this.focusItem = undefined;
      const items = [...(this.template?.querySelectorAll<HTMLElement>('li[data-id]') ?? [])];
      const item =
        wanted === FIRST_ITEM
          ? items[0]
          : wanted === LAST_ITEM
            ? items[items.length - 1]
            : items.find((candidate) => candidate.dataset.id === wanted);
      if (item) {
        this.activeId = item.dataset.id ?? '';
        item.focus();
        item.scrollIntoView?.({ block: 'nearest' });
      }
    }
    const comment = this.focusComment;
    if (comment !== undefined) {
      this.focusComment = undefined;
      const boxes = this.template?.querySelectorAll<HTMLElement>('lightning-textarea') ?? [];
      [...boxes].find((box) => box.dataset.id === comment)?.focus();
    }
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
