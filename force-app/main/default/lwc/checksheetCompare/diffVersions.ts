/**
 * What changed between two versions of one vendor's checksheet.
 *
 * Items are aligned by their questions (c/checksheetAlign), never by number, because a new item
 * renumbers everything after it. A pair whose question, status, mark and answer are the same is
 * `unchanged` even when its number changed: renumbering is reported in the separate `renumbered`
 * flag (and counted), never in `fields`, so that inserting one item does not turn the rest of the
 * sheet into "changed". Questions and answers are compared after normalisation (white space, width
 * and punctuation are not changes); marks are compared as written, trimmed.
 */
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';
import { alignItems, normalizeQuestion } from 'c/checksheetAlign';
import type { AlignOptions } from 'c/checksheetAlign';
import { mergeOrder } from './mergeOrder';

export type VersionChange = 'added' | 'removed' | 'changed' | 'unchanged';

/** The parts of an item a new version can change; a new number is the `renumbered` flag. */
export type ChangedField = 'question' | 'status' | 'mark' | 'answer';

export interface VersionDiffEntry {
  change: VersionChange;
  /** The item in the older version; absent when added. */
  older?: ChecksheetItem;
  /** The item in the newer version; absent when removed. */
  newer?: ChecksheetItem;
  /** What differs between the two, in this order: question, status, mark, answer. */
  fields: ChangedField[];
  /** True when a paired item's number changed (e.g. 6-7 became 6-8). */
  renumbered: boolean;
  /** Similarity of the paired questions, 0..1; absent when added or removed. */
  score?: number;
}

export interface VersionDiff {
  /** In the older version's order; added items after their nearest preceding paired neighbour (./mergeOrder). */
  entries: VersionDiffEntry[];
  counts: Record<VersionChange, number> & { renumbered: number };
}

export function changedFields(older: ChecksheetItem, newer: ChecksheetItem): ChangedField[] {
  const fields: ChangedField[] = [];
  if (normalizeQuestion(older.question) !== normalizeQuestion(newer.question)) {
    fields.push('question');
  }
  if (older.status !== newer.status) fields.push('status');
  if (older.mark.trim() !== newer.mark.trim()) fields.push('mark');
  if (normalizeQuestion(older.answer) !== normalizeQuestion(newer.answer)) {
    fields.push('answer');
  }
  return fields;
}

/** Compares an older and a newer version of one vendor's checksheet item by item. */
export function diffVersions(
  older: Pick<ParsedChecksheet, 'items'>,
  newer: Pick<ParsedChecksheet, 'items'>,
  options?: AlignOptions
): VersionDiff {
  const alignment = alignItems(older.items, newer.items, options);
  const paired = new Map(alignment.pairs.map((pair) => [pair.a, pair]));
  const partnerOfNewer = new Array<number>(newer.items.length).fill(-1);
  for (const pair of alignment.pairs) partnerOfNewer[pair.b] = pair.a;

  const counts = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    renumbered: 0
  };
  const entries = mergeOrder(older.items.length, partnerOfNewer).map((slot): VersionDiffEntry => {
    if ('other' in slot) {
      counts.added += 1;
      return {
        change: 'added',
        newer: newer.items[slot.other],
        fields: [],
        renumbered: false
      };
    }
    const olderItem = older.items[slot.base];
    const pair = paired.get(slot.base);
    if (!pair) {
      counts.removed += 1;
      return {
        change: 'removed',
        older: olderItem,
        fields: [],
        renumbered: false
      };
    }
    const newerItem = newer.items[pair.b];
    const fields = changedFields(olderItem, newerItem);
    const renumbered = olderItem.number !== newerItem.number;
    const change = fields.length > 0 ? 'changed' : 'unchanged';
    counts[change] += 1;
    if (renumbered) counts.renumbered += 1;
    return {
      change,
      older: olderItem,
      newer: newerItem,
      fields,
      renumbered,
      score: pair.score
    };
  });
  return { entries, counts };
}
