/**
 * What the compare view shows, made from the Apex DTOs: the checksheets as the engine takes them,
 * the aligned rows (with the reviewer's corrections) filtered and cut into pages, and each visible
 * row as the template binds it. Pure functions, tested without a DOM; the component only presents.
 */
import type {
  DifferenceClass,
  LinkedCell,
  LinkedComparison,
  LinkedRow,
  PairMethod
} from 'c/checksheetCompare';
import { DIFFERENCE_CLASSES } from 'c/checksheetCompare';
import type { ItemLinkDto } from 'c/checksheetApi';
import type { TextSegment } from 'c/checksheetHtml';
import { linkSegments } from 'c/checksheetHtml';
import { LABELS, formatLabel, topicText } from 'c/checksheetLabels';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';
import type { LoadedSheet } from './compareFilters';
import { presentCells, topicsOf } from './compareFilters';

export {
  MAX_SHEETS,
  NO_FILTERS,
  PAGE_SIZE,
  filterRows,
  idsFromState,
  rowPage,
  sheetLabel,
  toIdentifiedItems,
  topicsOf
} from './compareFilters';
export type { GridFilters, LoadedSheet, RowPage } from './compareFilters';

export interface Option {
  value: string;
  label: string;
}

/** The sections rows are in, in order of first appearance, after "All sections". */
export function sectionOptions(rows: readonly LinkedRow[]): Option[] {
  const sections = [...new Set(rows.map((row) => row.section).filter((section) => section !== ''))];
  return [
    { value: '', label: LABELS.Compare_All_Sections },
    ...sections.map((section) => ({ value: section, label: section }))
  ];
}

/** The topics the items are about, most rows first, after "All topics". */
export function topicOptions(rows: readonly LinkedRow[]): Option[] {
  const count = new Map<string, number>();
  for (const row of rows) {
    const topics = new Set(presentCells(row).flatMap((cell) => topicsOf(cell.item)));
    for (const topic of topics) count.set(topic, (count.get(topic) ?? 0) + 1);
  }
  const topics = [...count.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return [
    { value: '', label: LABELS.Compare_All_Topics },
    ...topics.map(([code, rowCount]) => ({
      value: code,
      label: `${topicText(code)} (${rowCount})`
    }))
  ];
}

export const DIFFERENCE_TEXT: Readonly<Record<DifferenceClass, string>> = Object.freeze({
  same: LABELS.Difference_Same,
  status: LABELS.Difference_Status,
  answer: LABELS.Difference_Answer,
  missing: LABELS.Difference_Missing
});

export interface DifferenceCount {
  key: DifferenceClass;
  text: string;
  count: number;
  badgeClass: string;
}

/** Rows per difference class, in the vocabulary's order. */
export function differenceCounts(comparison: LinkedComparison): DifferenceCount[] {
  return DIFFERENCE_CLASSES.map((key) => ({
    key,
    text: formatLabel(LABELS.Compare_Count, DIFFERENCE_TEXT[key], comparison.summary[key]),
    count: comparison.summary[key],
    badgeClass: `slds-badge compare-difference compare-difference_${key}`
  }));
}

const METHOD_TEXT: Readonly<Record<PairMethod, string>> = Object.freeze({
  text: LABELS.Method_Text,
  topics: LABELS.Method_Topics,
  number: LABELS.Method_Number,
  manual: LABELS.Method_Manual
});

/** A saved ledger decision on a cell's item, as the cell shows it. */
export interface LedgerNoteView {
  key: string;
  linkId: string;
  /** What was decided, with whom, by whom and when. */
  text: string;
  /** The user may forget it (the row's owner or an admin). */
  canForget: boolean;
  forgetLabel: string;
}

/** A cell as the grid binds it. */
export interface CellView {
  key: string;
  present: boolean;
  itemId: string;
  sheet: number;
  number: string;
  status: string;
  mark: string;
  hasMark: boolean;
  answer: string;
  /** The answer as text runs and web links (never HTML from a document). */
  segments: TextSegment[];
  hasAnswer: boolean;
  question: string;
  /** The item's own question differs from the row's (shown under the number). */
  showQuestion: boolean;
  /** How the cell was paired, in words: shown on hover and focus, read by screen readers. */
  pairText: string;
  pairLabel: string;
  tooltipId: string;
  partly: boolean;
  manual: boolean;
  /** Controls: the cell can be unlinked / marked partly the same (it is paired with the row's first). */
  canUnlink: boolean;
  canMarkPartly: boolean;
  /** Linking: this cell is the one being linked; or it is a place the chosen item can go. */
  isLinkSource: boolean;
  canLinkHere: boolean;
  canLinkStart: boolean;
  linkStartLabel: string;
  linkHereLabel: string;
  unlinkLabel: string;
  partlyLabel: string;
  /** The ledger's saved decisions on this item (each shown once per row). */
  notes: LedgerNoteView[];
  hasNotes: boolean;
  cellClass: string;
}

export interface RowView {
  key: string;
  /** 1-based place among all the rows with the header row first (`aria-rowindex`); set by the grid. */
  rowIndex?: number;
  question: string;
  section: string;
  difference: DifferenceClass;
  differenceText: string;
  differenceClass: string;
  partly: boolean;
  rowClass: string;
  cells: CellView[];
}

/** The item being linked: chosen with "Link", placed with "Link with". */
export interface LinkSource {
  itemId: string;
  sheet: number;
}

export interface RowContext {
  /** Column headings (sheet labels), by sheet. */
  labels: readonly string[];
  /** Every item's number and sheet, by Id (for "paired with 6-7 of …"). */
  itemsById: ReadonlyMap<string, { number: string; sheet: number }>;
  linking?: LinkSource;
  /** The user may correct the alignment. */
  editable: boolean;
  /** The ledger's links by each of their two items (`ledgerByItem`). */
  ledgerByItem?: ReadonlyMap<string, readonly ItemLinkDto[]>;
}

/** The ledger's links under each of their two items. */
export function ledgerByItem(ledger: readonly ItemLinkDto[]): Map<string, ItemLinkDto[]> {
  const byItem = new Map<string, ItemLinkDto[]>();
  for (const link of ledger) {
    for (const id of [link.itemAId, link.itemBId]) {
      const links = byItem.get(id);
      if (links) links.push(link);
      else byItem.set(id, [link]);
    }
  }
  return byItem;
}

const LEDGER_TEXT: Readonly<Record<ItemLinkDto['relationship'], string>> = Object.freeze({
  Same: LABELS.Compare_Ledger_Same,
  Partly_Same: LABELS.Compare_Ledger_Partly,
  Not_Same: LABELS.Compare_Ledger_Not_Same
});

/**
 * The saved decisions on the cell's item. A pair that sits in one row shows once, on its
 * right-hand cell; a pair kept apart (Not_Same) shows in both rows, beside each of its items.
 */
function ledgerNotes(
  row: LinkedRow,
  sheet: number,
  itemId: string,
  name: string,
  context: RowContext
): LedgerNoteView[] {
  const links = context.ledgerByItem?.get(itemId);
  if (!links) return [];
  const notes: LedgerNoteView[] = [];
  for (const link of links) {
    const otherId = link.itemAId === itemId ? link.itemBId : link.itemAId;
    const column = row.cells.findIndex((cell) => cell?.item.id === otherId);
    if (column !== -1 && column > sheet) continue;
    const other = context.itemsById.get(otherId);
    const otherName = other ? `${context.labels[other.sheet] ?? ''} ${other.number}` : '';
    notes.push({
      key: `${itemId}:${link.id}`,
      linkId: link.id,
      text: formatLabel(
        LEDGER_TEXT[link.relationship] ?? LABELS.Compare_Ledger_Same,
        otherName,
        link.confirmedByName ?? '—',
        (link.confirmedOn ?? '').slice(0, 10) || '—'
      ),
      canForget: link.canRemove === true,
      forgetLabel: formatLabel(LABELS.Compare_Forget, name, otherName)
    });
  }
  return notes;
}

function pairText(cell: LinkedCell, context: RowContext, alone: boolean): string {
  if (cell.method === null || cell.partnerId === undefined) {
    return alone ? LABELS.Compare_Pair_Alone : LABELS.Compare_Pair_First;
  }
  const partner = context.itemsById.get(cell.partnerId);
  const words = formatLabel(
    LABELS.Compare_Pair_Info,
    partner ? context.labels[partner.sheet] : '',
    partner?.number ?? '',
    cell.score === null ? '—' : cell.score.toFixed(2),
    METHOD_TEXT[cell.method]
  );
  return cell.relationship === 'Partly_Same' ? `${words} (${LABELS.Compare_Partly_Same})` : words;
}

/** One visible row as the template binds it. */
export function rowView(row: LinkedRow, context: RowContext): RowView {
  const count = row.cells.filter((cell) => cell !== null).length;
  const linking = context.linking;
  const holdsSource = row.cells.some((other) => other?.item.id === linking?.itemId);
  const cells = row.cells.map((cell, sheet): CellView => {
    const label = context.labels[sheet] ?? '';
    if (!cell) {
      // The chosen item can fill its own column's gap: it is linked with the row's first item.
      const canLinkHere =
        context.editable && linking !== undefined && linking.sheet === sheet && !holdsSource;
      const anchor = row.cells.find((other) => other !== null) as LinkedCell;
      return {
        key: `${row.key}:${sheet}`,
        present: false,
        itemId: canLinkHere ? anchor.item.id : '',
        sheet,
        number: '',
        status: '',
        mark: '',
        hasMark: false,
        answer: '',
        segments: [],
        hasAnswer: false,
        question: '',
        showQuestion: false,
        pairText: '',
        pairLabel: '',
        tooltipId: '',
        partly: false,
        manual: false,
        canUnlink: false,
        canMarkPartly: false,
        isLinkSource: false,
        canLinkHere,
        canLinkStart: false,
        linkStartLabel: '',
        linkHereLabel: canLinkHere
          ? formatLabel(
              LABELS.Compare_Link_Here,
              `${context.labels[row.cells.indexOf(anchor)] ?? ''} ${anchor.item.number}`
            )
          : '',
        unlinkLabel: '',
        partlyLabel: '',
        notes: [],
        hasNotes: false,
        cellClass: 'compare-grid__cell compare-grid__cell_missing'
      };
    }
    const item = cell.item;
    const name = `${label} ${item.number}`;
    const paired = cell.method !== null && cell.partnerId !== undefined;
    const isLinkSource = linking?.itemId === item.id;
    const notes = ledgerNotes(row, sheet, item.id, name, context);
    return {
      key: item.id,
      present: true,
      itemId: item.id,
      sheet,
      number: item.number,
      status: STATUS_PICKLIST_VALUES[item.status],
      mark: item.mark,
      hasMark: item.mark !== '',
      answer: item.answer,
      segments: linkSegments(item.answer),
      hasAnswer: item.answer.trim() !== '',
      question: item.question,
      showQuestion: item.question !== row.question,
      pairText: pairText(cell, context, count === 1),
      pairLabel: formatLabel(LABELS.Compare_Pair_Details, name),
      tooltipId: `pair-${item.id}`,
      partly: cell.relationship === 'Partly_Same',
      manual: cell.method === 'manual',
      canUnlink: context.editable && paired && linking === undefined,
      canMarkPartly:
        context.editable && paired && cell.relationship !== 'Partly_Same' && linking === undefined,
      isLinkSource,
      canLinkHere:
        context.editable && linking !== undefined && linking.sheet !== sheet && !holdsSource,
      canLinkStart: context.editable && linking === undefined,
      linkStartLabel: formatLabel(LABELS.Compare_Link_Start, name),
      linkHereLabel: formatLabel(LABELS.Compare_Link_Here, name),
      unlinkLabel: formatLabel(LABELS.Compare_Unlink, name),
      partlyLabel: formatLabel(LABELS.Compare_Mark_Partly, name),
      notes,
      hasNotes: notes.length > 0,
      cellClass: `compare-grid__cell${isLinkSource ? ' compare-grid__cell_source' : ''}`
    };
  });
  return {
    key: row.key,
    question: row.question,
    section: row.section,
    difference: row.difference,
    differenceText: DIFFERENCE_TEXT[row.difference],
    differenceClass: `slds-badge compare-difference compare-difference_${row.difference}`,
    partly: row.partly,
    rowClass: `compare-grid__row compare-grid__row_${row.difference}`,
    cells
  };
}

/** Every item's number and sheet, by Id. */
export function itemIndex(
  sheets: readonly LoadedSheet[]
): Map<string, { number: string; sheet: number }> {
  const index = new Map<string, { number: string; sheet: number }>();
  sheets.forEach((sheet, column) => {
    for (const item of sheet.items) index.set(item.id, { number: item.number, sheet: column });
  });
  return index;
}
