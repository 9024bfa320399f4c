/**
 * The second kind of evidence for a pair, beside the character n-grams: the security topics of
 * the items (c/checksheetTopics), as IDF-weighted unit vectors over topic codes, and the script
 * each item is written in. N-grams say nothing across scripts — a Japanese and an English
 * question about the same control share no bigram — so there topics carry the pairing.
 */
import type { ChecksheetItem } from 'c/checksheetModel';
import { itemTopics } from 'c/checksheetTopics';
import type { SparseVector } from './features';

/** Topic vectors and scripts of one side's items. */
export interface TopicSide {
  vectors: SparseVector[];
  /** True where the item's question is mostly Japanese (kana, kanji). */
  japanese: boolean[];
}

const EMPTY: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Kana, kanji and CJK symbols, after NFKC: everything from U+3040 up that is not a surrogate. */
function isJapanese(code: number): boolean {
  return code >= 0x3040 && (code < 0xd800 || code > 0xdfff) && code < 0xff00;
}

/** Whether at least a third of a normalised question's characters are Japanese. */
export function mostlyJapanese(normalizedQuestion: string): boolean {
  let japanese = 0;
  for (let i = 0; i < normalizedQuestion.length; i += 1) {
    if (isJapanese(normalizedQuestion.charCodeAt(i))) japanese += 1;
  }
  return japanese * 3 >= normalizedQuestion.length && japanese > 0;
}

/**
 * Both sides' topic vectors: each item's topics (`itemTopics`, as the CLI prints them), weighted
 * by smoothed IDF over both sides' items so that a rare topic says more than one most items
 * share, scaled to unit length.
 */
export function topicVectors(
  a: readonly ChecksheetItem[],
  b: readonly ChecksheetItem[],
  questionsA: readonly string[],
  questionsB: readonly string[]
): { a: TopicSide; b: TopicSide } {
  const ids = new Map<string, number>();
  const idsOf = (items: readonly ChecksheetItem[]) =>
    items.map((item) => {
      const list = itemTopics(item).map((code) => {
        let id = ids.get(code);
        if (id === undefined) {
          id = ids.size;
          ids.set(code, id);
        }
        return id;
      });
      return Int32Array.from(list).sort();
    });
  const listsA = idsOf(a);
  const listsB = idsOf(b);
  const df = new Int32Array(ids.size);
  for (const list of [...listsA, ...listsB]) for (const id of list) df[id] += 1;
  const documents = a.length + b.length;
  const vector = (list: Int32Array): SparseVector => {
    if (list.length === 0) return EMPTY;
    const weights = new Float64Array(list.length);
    let norm = 0;
    list.forEach((id, i) => {
      weights[i] = Math.log((documents + 1) / (df[id] + 1)) + 1;
      norm += weights[i] * weights[i];
    });
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < weights.length; i += 1) weights[i] *= scale;
    return { ids: list, weights };
  };
  return {
    a: { vectors: listsA.map(vector), japanese: questionsA.map(mostlyJapanese) },
    b: { vectors: listsB.map(vector), japanese: questionsB.map(mostlyJapanese) }
  };
}

/** Topic id → B items holding it (ascending), with their weights. */
export interface TopicPostings {
  items: Int32Array;
  weights: Float64Array;
}

export function topicIndex(vectors: readonly SparseVector[]): Map<number, TopicPostings> {
  const lists = new Map<number, { items: number[]; weights: number[] }>();
  vectors.forEach((vector, item) => {
    for (let i = 0; i < vector.ids.length; i += 1) {
      let list = lists.get(vector.ids[i]);
      if (!list) {
        list = { items: [], weights: [] };
        lists.set(vector.ids[i], list);
      }
      list.items.push(item);
      list.weights.push(vector.weights[i]);
    }
  });
  const index = new Map<number, TopicPostings>();
  for (const [id, list] of lists) {
    index.set(id, { items: Int32Array.from(list.items), weights: Float64Array.from(list.weights) });
  }
  return index;
}

/** First position in ascending `items` whose value is at least `value`. */
function lowerBound(items: Int32Array, value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The range of a posting list read for an A item: all of it when it holds at most `window`
 * items, else the `window` items nearest the A item's relative place in B (questionnaires about
 * the same controls mostly keep their order), so a topic half the sheet shares costs a constant.
 */
export function postingWindow(
  postings: TopicPostings,
  expected: number,
  window: number
): [number, number] {
  const length = postings.items.length;
  if (length <= window) return [0, length];
  const centre = lowerBound(postings.items, expected);
  const start = Math.max(0, Math.min(length - window, centre - (window >> 1)));
  return [start, start + window];
}
