/**
 * Where the phrases of an index can occur in an answer, found in one pass over it: every phrase
 * has an anchor (its longest literal piece, see ./rules), and only phrases whose anchor occurs
 * are matched further. A phrase that is nothing but its anchor needs nothing more: the pass has
 * found it. Most answers hold a handful of the hundreds of anchors, so this pass is most of what
 * the insights step costs: anchors are looked up by their first two characters (few candidates
 * per position) and each distinct anchor is compared once, for all the phrases that share it.
 */
import type { CompiledPhrase } from './rules';

/** One distinct anchor and the slots of the phrases that share it. */
interface AnchorEntry {
  anchor: string;
  slots: number[];
}

/** Size of the table of buckets by the first two characters (a hash, so buckets may be shared). */
const PAIR_TABLE_SIZE = 1 << 14;

function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_TABLE_SIZE - 1);
}

/** ASCII letters in lower case (English anchors are lower-case). */
function folded(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether `anchor` (lower-case) occurs at text[index], ASCII letters compared without case. */
function occursCaseless(text: string, anchor: string, index: number): boolean {
  if (index + anchor.length > text.length) return false;
  for (let offset = 0; offset < anchor.length; offset += 1) {
    if (folded(text.charCodeAt(index + offset)) !== anchor.charCodeAt(offset)) return false;
  }
  return true;
}

export class AnchorIndex {
  /** Phrases by their slot. */
  readonly phrases: CompiledPhrase[] = [];
  /** English anchors are lower-case and found whatever the case of the text (no lower-cased copy). */
  readonly caseless: boolean;
  /** Number of the index, under which an answer keeps what a scan found. */
  readonly id: number;
  private readonly entries = new Map<string, AnchorEntry>();
  /** Buckets of anchors of two or more characters, by the hash of their first two. */
  private readonly pairs: (AnchorEntry[] | undefined)[] = new Array(PAIR_TABLE_SIZE);
  /** Anchors of one character, by that character. */
  private readonly singles = new Map<number, AnchorEntry>();
  /** 1 for every character an anchor starts with (upper and lower case for English). */
  private readonly starts = new Uint8Array(0x10000);
  /** 1 for every character that is the second of an anchor (upper and lower case for English). */
  private readonly seconds = new Uint8Array(0x10000);

  constructor(caseless: boolean, id: number) {
    this.caseless = caseless;
    this.id = id;
  }

  /** Adds phrases, numbering them (their `slot`) in the order they are added; returns the slots' range. */
  add(phrases: readonly CompiledPhrase[]): { first: number; end: number } {
    const first = this.phrases.length;
    for (const phrase of phrases) {
      phrase.slot = this.phrases.length;
      this.phrases.push(phrase);
      let entry = this.entries.get(phrase.anchor);
      if (entry === undefined) {
        entry = { anchor: phrase.anchor, slots: [] };
        this.entries.set(phrase.anchor, entry);
        const { anchor } = entry;
        const code = anchor.charCodeAt(0);
        this.starts[code] = 1;
        if (this.caseless && code >= 0x61 && code <= 0x7a) this.starts[code - 0x20] = 1;
        if (anchor.length === 1) {
          this.singles.set(anchor.charCodeAt(0), entry);
        } else {
          const second = anchor.charCodeAt(1);
          this.seconds[second] = 1;
          if (this.caseless && second >= 0x61 && second <= 0x7a) this.seconds[second - 0x20] = 1;
          const hash = pairHash(anchor.charCodeAt(0), anchor.charCodeAt(1));
          (this.pairs[hash] ??= []).push(entry);
        }
      }
      entry.slots.push(phrase.slot);
    }
    return { first, end: this.phrases.length };
  }

  /**
   * Every anchor occurrence in `text`, in text order, as pairs in one flat list: slot, position,
   * slot, position…
   */
  scan(text: string): number[] {
    const occurrences: number[] = [];
    const { starts, seconds, pairs, singles, caseless } = this;
    const hasSingles = singles.size > 0;
    const length = text.length;
    for (let index = 0; index < length; index += 1) {
      let code = text.charCodeAt(index);
      if (starts[code] === 0) continue;
      if (caseless) code = folded(code);
      if (hasSingles) {
        const single = singles.get(code);
        if (single) for (const slot of single.slots) occurrences.push(slot, index);
      }
      if (index + 1 === length) break;
      const second = text.charCodeAt(index + 1);
      if (seconds[second] === 0) continue;
      const bucket = pairs[pairHash(code, caseless ? folded(second) : second)];
      if (bucket === undefined) continue;
      for (const entry of bucket) {
        const occurs = caseless
          ? occursCaseless(text, entry.anchor, index)
          : text.startsWith(entry.anchor, index);
        if (occurs) for (const slot of entry.slots) occurrences.push(slot, index);
      }
    }
    return occurrences;
  }
}
