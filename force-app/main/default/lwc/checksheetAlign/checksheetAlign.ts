/**
 * Aligning checksheets: which item of one sheet asks the same question as which item of another.
 * Used to compare vendors side by side, to diff two versions of one vendor's sheet, and (through
 * `matchKey`) to find the same question again across imports in the org.
 */
import type { ParsedChecksheet } from 'c/checksheetModel';
import { alignItems } from './alignItems';
import type { AlignMethod, AlignOptions } from './alignItems';

export { normalizeQuestion, matchKey, stableHash, MATCH_KEY_MAX_LENGTH } from './normalize';
export { alignItems, ALIGN_METHODS, DEFAULT_THRESHOLD } from './alignItems';
export type { AlignedPair, AlignMethod, Alignment, AlignOptions } from './alignItems';

/** The alignment of two parsed sheets by item number, as the command line prints it. */
export interface ChecksheetAlignment {
  /** `method`: the evidence that decided the pair (text, topics or number). */
  pairs: { a: string; b: string; score: number; method: AlignMethod }[];
  onlyA: string[];
  onlyB: string[];
}

/** Aligns two parsed sheets and reports the pairs and the unpaired items by their numbers. */
export function alignChecksheets(
  a: ParsedChecksheet,
  b: ParsedChecksheet,
  options?: AlignOptions
): ChecksheetAlignment {
  const alignment = alignItems(a.items, b.items, options);
  return {
    pairs: alignment.pairs.map((pair) => ({
      a: a.items[pair.a].number,
      b: b.items[pair.b].number,
      score: pair.score,
      method: pair.method
    })),
    onlyA: alignment.onlyA.map((index) => a.items[index].number),
    onlyB: alignment.onlyB.map((index) => b.items[index].number)
  };
}
