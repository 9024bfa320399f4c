/**
 * A comparison that keeps a reviewer's corrections. No automatic alignment is perfect, so a
 * person can say of two items "these answer the same question", "only partly", or "not the same".
 * Those decisions are data (`LinkDecision`, the shape of the org's Item_Link__c ledger): they are
 * applied, in order, over a fresh automatic alignment (`alignRows`) every time, so a comparison
 * re-forms at once when one is added, and a stored decision holds wherever both items appear.
 * Only human decisions are kept; automatic pairs are recomputed.
 *
 * Applying a decision between item A (sheet i) and item B (sheet j, i < j):
 * - Same / Partly_Same: B joins A's row (leaving its own, which is dropped once empty); an item of
 *   sheet j already in A's row leaves it for a row of its own right after. The pair is marked as
 *   decided, with the decision's relationship, method and score.
 * - Not_Same: when A and B share a row, B leaves it for a row of its own right after.
 * A decision naming an item that is not in the comparison, or two items of one sheet, is ignored
 * (reported in `ignored`): the ledger holds decisions for other comparisons too.
 */
import type { AlignMethod, AlignOptions } from 'c/checksheetAlign';
import type { ChecksheetItem } from 'c/checksheetModel';
import type { LinkMethodValue, LinkRelationshipValue } from 'c/checksheetSchema';
import { LINK_RELATIONSHIP_VALUES } from 'c/checksheetSchema';
import { alignRows, cellOf, classify } from './compareChecksheets';
import type { AlignedRow, DifferenceClass } from './compareChecksheets';

/** Item_Link__c.Relationship__c values (`c/checksheetSchema`, the one source of these words). */
export type LinkRelationship = LinkRelationshipValue;

/** Item_Link__c.Method__c values: a person confirmed an automatic pair, or made it by hand. */
export type LinkMethod = LinkMethodValue;

export const LINK_RELATIONSHIPS: readonly LinkRelationship[] = LINK_RELATIONSHIP_VALUES;

/** One decision about a pair of items, as the ledger stores it. */
export interface LinkDecision {
  itemAId: string;
  itemBId: string;
  relationship: LinkRelationship;
  method: LinkMethod;
  /** The pair's similarity when decided, 0..1; null when unknown. */
  score: number | null;
}

/** An item with the record Id a decision names it by. */
export interface IdentifiedItem extends ChecksheetItem {
  id: string;
}

/** How a cell joined its row: the engine's evidence, or a person's link. */
export type PairMethod = AlignMethod | 'manual';

export interface LinkedCell {
  item: IdentifiedItem;
  /** The item this one was paired with (the row's opener); absent for the row's first item. */
  partnerId?: string;
  /** Similarity with the partner, 0..1; 1 for the row's first item; null when a person linked it unmeasured. */
  score: number | null;
  /** null for the row's first item. */
  method: PairMethod | null;
  /** Partly_Same only where a person said so. */
  relationship: 'Same' | 'Partly_Same';
  /** A person's decision placed (or kept, or took) this item here. */
  decided: boolean;
}

export interface LinkedRow {
  /** The Id of the row's first item: stable while that item stays first. */
  key: string;
  /** One per sheet, in the sheets' order; null where the sheet has no item in the row. */
  cells: (LinkedCell | null)[];
  /** As the first sheet in the row that has the item words it. */
  question: string;
  section: string;
  difference: DifferenceClass;
  /** Lowest score with which a cell joined the row; 0 when only one sheet has it. */
  score: number;
  /** Some pair in the row is only partly the same. */
  partly: boolean;
}

export interface LinkedComparison {
  rows: LinkedRow[];
  summary: Record<DifferenceClass, number> & { rows: number; partly: number };
  /** Decisions that changed or confirmed something, in the order applied. */
  applied: LinkDecision[];
  /** Decisions naming an item outside the comparison, or two items of one sheet. */
  ignored: LinkDecision[];
}

interface WorkRow {
  cells: (LinkedCell | null)[];
}

function soloRow(cell: LinkedCell, sheet: number, columns: number): WorkRow {
  const cells = new Array<LinkedCell | null>(columns).fill(null);
  cells[sheet] = cell;
  return { cells };
}

/** The same pair, in either order. */
export function samePair(decision: LinkDecision, itemAId: string, itemBId: string): boolean {
  return (
    (decision.itemAId === itemAId && decision.itemBId === itemBId) ||
    (decision.itemAId === itemBId && decision.itemBId === itemAId)
  );
}

/** The decisions with `decision` in place of any earlier one about the same pair, last. */
export function withDecision(
  decisions: readonly LinkDecision[],
  decision: LinkDecision
): LinkDecision[] {
  return [
    ...decisions.filter((other) => !samePair(other, decision.itemAId, decision.itemBId)),
    decision
  ];
}

class Applier {
  readonly rows: WorkRow[];
  private readonly sheetOf = new Map<string, number>();
  private readonly rowOf = new Map<string, WorkRow>();
  private readonly columns: number;

  constructor(rows: WorkRow[], columns: number) {
    this.rows = rows;
    this.columns = columns;
    for (const row of rows) {
      row.cells.forEach((cell, sheet) => {
        if (!cell) return;
        this.sheetOf.set(cell.item.id, sheet);
        this.rowOf.set(cell.item.id, row);
      });
    }
  }

  /** Applies one decision; false when it names an item outside the comparison or one sheet twice. */
  apply(decision: LinkDecision): boolean {
    const sheetA = this.sheetOf.get(decision.itemAId);
    const sheetB = this.sheetOf.get(decision.itemBId);
    if (sheetA === undefined || sheetB === undefined || sheetA === sheetB) return false;
    const [stayId, moveId, moveSheet] =
      sheetA < sheetB
        ? [decision.itemAId, decision.itemBId, sheetB]
        : [decision.itemBId, decision.itemAId, sheetA];
    const target = this.rowOf.get(stayId) as WorkRow;
    const source = this.rowOf.get(moveId) as WorkRow;
    if (decision.relationship === 'Not_Same') {
      if (target === source) this.detach(source, moveSheet, source);
      return true;
    }
    const cell = source.cells[moveSheet] as LinkedCell;
    if (target !== source) {
      source.cells[moveSheet] = null;
      if (source.cells.every((other) => other === null)) {
        this.rows.splice(this.rows.indexOf(source), 1);
      }
      if (target.cells[moveSheet]) this.detach(target, moveSheet, target);
      target.cells[moveSheet] = cell;
      this.rowOf.set(moveId, target);
    }
    const kept = target === source && cell.partnerId === stayId;
    const automatic = kept ? cell.method : null;
    target.cells[moveSheet] = {
      ...cell,
      partnerId: stayId,
      score: decision.score ?? (kept ? cell.score : null),
      method: decision.method === 'Automatic' && automatic ? automatic : 'manual',
      relationship: decision.relationship,
      decided: true
    };
    return true;
  }

  /** Moves the item of `sheet` out of `row` into a row of its own right after `after`. */
  private detach(row: WorkRow, sheet: number, after: WorkRow): void {
    const cell = row.cells[sheet] as LinkedCell;
    row.cells[sheet] = null;
    const alone = soloRow(
      { item: cell.item, score: 1, method: null, relationship: 'Same', decided: true },
      sheet,
      this.columns
    );
    this.rows.splice(this.rows.indexOf(after) + 1, 0, alone);
    this.rowOf.set(cell.item.id, alone);
  }
}

function finish(row: WorkRow): LinkedRow {
  const first = row.cells.findIndex((cell) => cell !== null);
  const opener = (row.cells[first] as LinkedCell).item;
  // The first item pairs with nobody in the row (its partner may have been linked elsewhere).
  const cells = row.cells.map((cell, sheet) => {
    if (!cell || sheet !== first || cell.method === null) return cell;
    return { ...cell, partnerId: undefined, method: null, score: 1 };
  });
  let score: number | undefined;
  for (const cell of cells) {
    if (cell && cell.method !== null && cell.score !== null) {
      score = Math.min(score ?? 1, cell.score);
    }
  }
  return {
    key: opener.id,
    cells,
    question: opener.question,
    section: opener.section,
    difference: classify(cells.map((cell) => (cell ? cellOf(cell.item) : null))),
    score: score ?? 0,
    partly: cells.some((cell) => cell?.relationship === 'Partly_Same')
  };
}

/**
 * Compares the sheets (items with their record Ids) and applies the decisions over the automatic
 * alignment, in order; a later decision about an item overrides an earlier one.
 */
export function linkedComparison(
  sheets: readonly (readonly IdentifiedItem[])[],
  decisions: readonly LinkDecision[] = [],
  options?: AlignOptions
): LinkedComparison {
  return linkRows(sheets, alignRows(sheets, options), decisions);
}

/**
 * The decisions applied over an automatic alignment already made (`alignRows` of the same
 * sheets): what a view calls after each correction, since aligning is the costly part.
 */
export function linkRows(
  sheets: readonly (readonly IdentifiedItem[])[],
  alignment: readonly AlignedRow[],
  decisions: readonly LinkDecision[] = []
): LinkedComparison {
  const columns = sheets.length;
  const rows: WorkRow[] = alignment.map((aligned) => {
    const opener = aligned.slots[aligned.openerSheet];
    const openerId = opener ? sheets[aligned.openerSheet][opener.item].id : undefined;
    return {
      cells: aligned.slots.map((slot, sheet) => {
        if (!slot) return null;
        const item = sheets[sheet][slot.item];
        return slot.method === null
          ? { item, score: 1, method: null, relationship: 'Same', decided: false }
          : {
              item,
              partnerId: openerId,
              score: slot.score,
              method: slot.method,
              relationship: 'Same',
              decided: false
            };
      })
    };
  });
  const applier = new Applier(rows, columns);
  const applied: LinkDecision[] = [];
  const ignored: LinkDecision[] = [];
  for (const decision of decisions) {
    (applier.apply(decision) ? applied : ignored).push(decision);
  }
  const linked = applier.rows.map(finish);
  const summary = { rows: linked.length, partly: 0, same: 0, status: 0, answer: 0, missing: 0 };
  for (const row of linked) {
    summary[row.difference] += 1;
    if (row.partly) summary.partly += 1;
  }
  return { rows: linked, summary, applied, ignored };
}
