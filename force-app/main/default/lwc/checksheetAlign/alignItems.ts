/**
 * One-to-one alignment of two item lists by what the questions say.
 *
 * 1. Every item becomes a TF-IDF vector of character n-grams (./features).
 * 2. Candidates: an inverted index from n-gram to B's items. For each A item, its n-grams are
 *    looked up rarest first, until `maxLookups` postings have been read; n-grams held by more than
 *    `maxPostings` B items are never looked up (those most items share, "こと", "する", say
 *    nothing). The partial dot products accumulate and the best `maxCandidates` B items are kept;
 *    B items with the identical normalised question are always candidates. The work per item is
 *    bounded by a constant, so the whole is linear in the number of items.
 * 3. Each candidate gets its exact cosine similarity; those below `threshold` are dropped.
 * 4. Greedy one-to-one assignment, best pair first. The rank adds small tie-breaking bonuses for the
 *    same item number, the same section and a similar relative position: never enough to overturn
 *    a real difference in wording, because numbering shifts between vendors' versions.
 */
import type { ChecksheetItem } from 'c/checksheetModel';
import {
  DEFAULT_FEATURE_OPTIONS,
  GramDictionary,
  cosine,
  documentFrequencies,
  questionCounts,
  toVector,
  topicCounts
} from './features';
import type { FeatureOptions, SparseVector } from './features';
import { normalizeQuestion } from './normalize';

export interface AlignedPair {
  /** Index into the first list. */
  a: number;
  /** Index into the second list. */
  b: number;
  /** Cosine similarity of the two items, 0..1, rounded to 3 decimals. */
  score: number;
}

export interface Alignment {
  /** In the first list's order. */
  pairs: AlignedPair[];
  /** Indices of the first list's items without a partner, ascending. */
  onlyA: number[];
  /** Indices of the second list's items without a partner, ascending. */
  onlyB: number[];
}

export interface AlignOptions extends Partial<FeatureOptions> {
  /**
   * Lowest similarity that still pairs two items (default 0.3). Calibrated on made-up sheets and the
   * METI seeds: reworded questions score 0.45 and up; a question with no counterpart scores at most
   * about 0.2 against every item of the other sheet. Sibling questions of one guideline ("稼働監視"
   * and "障害監視") can score 0.8: one-to-one assignment, not the threshold, keeps them apart.
   */
  threshold?: number;
  /** Candidates kept per item before the exact similarity is computed. */
  maxCandidates?: number;
  /** N-grams held by more of B's items than this are not used to find candidates. */
  maxPostings?: number;
  /** Postings read per item when finding candidates, rarest n-grams first. */
  maxLookups?: number;
}

export const DEFAULT_THRESHOLD = 0.3;
const DEFAULT_MAX_CANDIDATES = 8;
const DEFAULT_MAX_POSTINGS = 256;
const DEFAULT_MAX_LOOKUPS = 1024;

/** Tie-breaking bonuses: small against any real difference in similarity. */
const SAME_NUMBER_BONUS = 0.02;
const SAME_SECTION_BONUS = 0.01;
const POSITION_BONUS = 0.02;

interface Candidate {
  a: number;
  b: number;
  similarity: number;
  rank: number;
}

/** One side's items as vectors. */
interface Side {
  /** Normalised questions. */
  questions: string[];
  /** Question n-grams only. */
  question: SparseVector[];
  /** Question plus answer prefix for short questions (else the question vector): finds candidates. */
  topic: SparseVector[];
}

function vectorize(
  a: readonly ChecksheetItem[],
  b: readonly ChecksheetItem[],
  features: FeatureOptions
): { a: Side; b: Side } {
  const dictionary = new GramDictionary();
  const count = (items: readonly ChecksheetItem[]) =>
    items.map((item) => {
      const normalized = normalizeQuestion(item.question);
      const question = questionCounts(normalized, dictionary);
      const topic = topicCounts(item, question, normalized, dictionary, features);
      return { normalized, question, topic };
    });
  const countsA = count(a);
  const countsB = count(b);
  const all = [...countsA, ...countsB];
  const df = documentFrequencies(
    all.map((counts) => counts.topic ?? counts.question),
    dictionary.size
  );
  const side = (counts: typeof all): Side => {
    const question = counts.map((c) => toVector(c.question, df, all.length));
    return {
      questions: counts.map((c) => c.normalized),
      question,
      topic: counts.map((c, i) => {
        return c.topic ? toVector(c.topic, df, all.length) : question[i];
      })
    };
  };
  return { a: side(countsA), b: side(countsB) };
}

/** Similarity of two items: by question, or by topic when that says more (short headings). */
function similarity(a: Side, ai: number, b: Side, bi: number): number {
  const byQuestion = cosine(a.question[ai], b.question[bi]);
  if (a.topic[ai] === a.question[ai] && b.topic[bi] === b.question[bi]) {
    return byQuestion;
  }
  return Math.max(byQuestion, cosine(a.topic[ai], b.topic[bi]));
}

/** Gram id → B items holding it, with their weights. */
interface Posting {
  items: number[];
  weights: number[];
}

function invertedIndex(vectors: readonly SparseVector[]): Map<number, Posting> {
  const index = new Map<number, Posting>();
  vectors.forEach((vector, item) => {
    for (let i = 0; i < vector.ids.length; i += 1) {
      let posting = index.get(vector.ids[i]);
      if (!posting) {
        posting = { items: [], weights: [] };
        index.set(vector.ids[i], posting);
      }
      posting.items.push(item);
      posting.weights.push(vector.weights[i]);
    }
  });
  return index;
}

/** B items with exactly the same normalised question, by that question. */
function exactIndex(questions: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  questions.forEach((question, item) => {
    if (!question) return;
    const list = index.get(question);
    if (list) list.push(item);
    else index.set(question, [item]);
  });
  return index;
}

function normalizedSection(item: ChecksheetItem): string {
  return normalizeQuestion(item.section);
}

/** The `k` touched items with the highest accumulated score (ties: lower index), best first. */
function topCandidates(touched: readonly number[], accumulated: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) =>
    accumulated[x] > accumulated[y] || (accumulated[x] === accumulated[y] && x < y);
  for (const item of touched) {
    if (top.length === k && !better(item, top[k - 1])) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && better(item, top[at - 1])) at -= 1;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The candidate B items of every A item, with exact similarities, at or above the threshold. */
function findCandidates(
  a: readonly ChecksheetItem[],
  b: readonly ChecksheetItem[],
  vectors: { a: Side; b: Side },
  threshold: number,
  maxCandidates: number,
  maxPostings: number,
  maxLookups: number
): Candidate[] {
  const index = invertedIndex(vectors.b.topic);
  const exact = exactIndex(vectors.b.questions);
  const sectionsB = b.map(normalizedSection);
  const accumulated = new Float64Array(b.length);
  const touched: number[] = [];
  const order: number[] = [];
  const postingOf: Posting[] = [];
  const candidates: Candidate[] = [];

  for (let ai = 0; ai < a.length; ai += 1) {
    const vector = vectors.a.topic[ai];
    // Rarest n-grams first: they say most about the item; stop when the budget is spent.
    order.length = 0;
    for (let i = 0; i < vector.ids.length; i += 1) {
      const posting = index.get(vector.ids[i]);
      if (posting && posting.items.length <= maxPostings) {
        postingOf[i] = posting;
        order.push(i);
      }
    }
    order.sort((x, y) => postingOf[x].items.length - postingOf[y].items.length || x - y);
    let spent = 0;
    for (const i of order) {
      const posting = postingOf[i];
      spent += posting.items.length;
      if (spent > maxLookups) break;
      const weight = vector.weights[i];
      for (let p = 0; p < posting.items.length; p += 1) {
        const bi = posting.items[p];
        if (accumulated[bi] === 0) touched.push(bi);
        accumulated[bi] += weight * posting.weights[p];
      }
    }
    const chosen = new Set(topCandidates(touched, accumulated, maxCandidates));
    for (const bi of exact.get(vectors.a.questions[ai]) ?? []) chosen.add(bi);
    for (const bi of touched) accumulated[bi] = 0;
    touched.length = 0;

    const sectionA = normalizedSection(a[ai]);
    for (const bi of chosen) {
      const score = similarity(vectors.a, ai, vectors.b, bi);
      if (score < threshold) continue;
      candidates.push({
        a: ai,
        b: bi,
        similarity: score,
        rank: score + tieBreak(a, b, ai, bi, sectionA, sectionsB[bi])
      });
    }
  }
  return candidates;
}

function tieBreak(
  a: readonly ChecksheetItem[],
  b: readonly ChecksheetItem[],
  ai: number,
  bi: number,
  sectionA: string,
  sectionB: string
): number {
  let bonus = 0;
  if (a[ai].number && a[ai].number === b[bi].number) bonus += SAME_NUMBER_BONUS;
  if (sectionA && sectionA === sectionB) bonus += SAME_SECTION_BONUS;
  const positionA = a.length > 1 ? ai / (a.length - 1) : 0;
  const positionB = b.length > 1 ? bi / (b.length - 1) : 0;
  bonus += POSITION_BONUS * (1 - Math.abs(positionA - positionB));
  return bonus;
}

function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Aligns two item lists one to one; see the module comment for how. */
export function alignItems(
  a: readonly ChecksheetItem[],
  b: readonly ChecksheetItem[],
  options: AlignOptions = {}
): Alignment {
  const features: FeatureOptions = {
    shortQuestion: options.shortQuestion ?? DEFAULT_FEATURE_OPTIONS.shortQuestion,
    answerPrefix: options.answerPrefix ?? DEFAULT_FEATURE_OPTIONS.answerPrefix,
    answerWeight: options.answerWeight ?? DEFAULT_FEATURE_OPTIONS.answerWeight
  };
  const vectors = vectorize(a, b, features);
  const candidates = findCandidates(
    a,
    b,
    vectors,
    options.threshold ?? DEFAULT_THRESHOLD,
    options.maxCandidates ?? DEFAULT_MAX_CANDIDATES,
    options.maxPostings ?? DEFAULT_MAX_POSTINGS,
    options.maxLookups ?? DEFAULT_MAX_LOOKUPS
  );
  candidates.sort((x, y) => y.rank - x.rank || x.a - y.a || x.b - y.b);

  const partnerOfA = new Int32Array(a.length).fill(-1);
  const partnerOfB = new Int32Array(b.length).fill(-1);
  const similarityOfA = new Float64Array(a.length);
  for (const candidate of candidates) {
    if (partnerOfA[candidate.a] !== -1 || partnerOfB[candidate.b] !== -1) continue;
    partnerOfA[candidate.a] = candidate.b;
    partnerOfB[candidate.b] = candidate.a;
    similarityOfA[candidate.a] = candidate.similarity;
  }

  const pairs: AlignedPair[] = [];
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  for (let ai = 0; ai < a.length; ai += 1) {
    if (partnerOfA[ai] === -1) onlyA.push(ai);
    else
      pairs.push({
        a: ai,
        b: partnerOfA[ai],
        score: roundScore(similarityOfA[ai])
      });
  }
  for (let bi = 0; bi < b.length; bi += 1) {
    if (partnerOfB[bi] === -1) onlyB.push(bi);
  }
  return { pairs, onlyA, onlyB };
}
