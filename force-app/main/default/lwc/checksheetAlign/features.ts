/**
 * Turning items into weighted character n-gram vectors (TF-IDF, unit length), so that the
 * similarity of two items is one dot product.
 *
 * Character bigrams of the normalised question suit Japanese (no word breaks) and still work for
 * English, whose normalised form has no spaces either. Measured on made-up rewordings and the METI
 * seeds, bigrams alone separate reworded from unrelated questions better than adding trigrams
 * (rewordings lose too much) or unigrams (unrelated questions gain too much). White-paper "questions" are
 * section headings, often a few characters long: for those, a prefix of the answer (the section
 * body) is added at a lower weight, so that two vendors' sections on the same topic still meet.
 */
import type { ChecksheetItem } from "c/checksheetModel";
import { normalizeQuestion } from "./normalize";

/** A unit-length sparse vector: gram ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface FeatureOptions {
  /** Questions whose normalised form is shorter than this also use a prefix of their answer. */
  shortQuestion: number;
  /** How many normalised characters of the answer a short question borrows. */
  answerPrefix: number;
  /** Weight of a borrowed answer n-gram relative to a question n-gram. */
  answerWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  shortQuestion: 24,
  answerPrefix: 160,
  answerWeight: 0.4
};

/** Gram strings to small integers, shared by both sides of an alignment. */
export class GramDictionary {
  private readonly ids = new Map<string, number>();

  idOf(gram: string): number {
    let id = this.ids.get(gram);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(gram, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Adds the bigrams of `text` (a unigram when it is one character) to `counts`. */
function addGrams(
  text: string,
  weight: number,
  dictionary: GramDictionary,
  counts: Map<number, number>
): void {
  if (text.length === 1) {
    const id = dictionary.idOf(text);
    counts.set(id, (counts.get(id) ?? 0) + weight);
    return;
  }
  for (let i = 0; i + 1 < text.length; i += 1) {
    const bigram = dictionary.idOf(text.slice(i, i + 2));
    counts.set(bigram, (counts.get(bigram) ?? 0) + weight);
  }
}

/** Raw term counts of one item's question. */
export function questionCounts(
  normalizedQuestion: string,
  dictionary: GramDictionary
): Map<number, number> {
  const counts = new Map<number, number>();
  addGrams(normalizedQuestion, 1, dictionary, counts);
  return counts;
}

/**
 * Raw term counts of a short question together with a prefix of its answer (weighted lower), or
 * undefined when the question is long enough to stand alone or there is no answer.
 */
export function topicCounts(
  item: ChecksheetItem,
  question: Map<number, number>,
  normalizedQuestion: string,
  dictionary: GramDictionary,
  options: FeatureOptions
): Map<number, number> | undefined {
  if (normalizedQuestion.length >= options.shortQuestion || !item.answer) {
    return undefined;
  }
  const answer = normalizeQuestion(item.answer).slice(0, options.answerPrefix);
  if (!answer) return undefined;
  const counts = new Map(question);
  addGrams(answer, options.answerWeight, dictionary, counts);
  return counts;
}

/** Document frequency of every gram over all the given items' term counts. */
export function documentFrequencies(
  allCounts: readonly Map<number, number>[],
  gramCount: number
): Int32Array {
  const df = new Int32Array(gramCount);
  for (const counts of allCounts) {
    for (const id of counts.keys()) df[id] += 1;
  }
  return df;
}

/** TF-IDF with smoothed IDF (ln((n + 1) / (df + 1)) + 1), scaled to unit length. */
export function toVector(
  counts: Map<number, number>,
  df: Int32Array,
  documents: number
): SparseVector {
  const ids = Int32Array.from(counts.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const idf = Math.log((documents + 1) / (df[ids[i]] + 1)) + 1;
    const weight = (counts.get(ids[i]) ?? 0) * idf;
    weights[i] = weight;
    norm += weight * weight;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < weights.length; i += 1) weights[i] *= scale;
  }
  return { ids, weights };
}

/** Cosine similarity of two unit vectors: a merge join over their sorted ids. */
export function cosine(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i];
    const b = y.ids[j];
    if (a === b) {
      dot += x.weights[i] * y.weights[j];
      i += 1;
      j += 1;
    } else if (a < b) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return Math.min(1, dot);
}
