/**
 * Where the phrases of one language can occur in an answer, found in one pass over it: every
 * phrase has an anchor (its longest literal piece, see ./rules), and only phrases whose anchor
 * occurs are searched with their regular expression. A phrase that is nothing but its anchor
 * needs no search at all: the pass has found it. Most answers hold a handful of the hundreds of
 * anchors, so this pass is most of what the insights step costs.
 */
import type { CompiledPhrase } from './rules';

export class AnchorIndex {
  /** Phrases by their slot. */
  readonly phrases: CompiledPhrase[] = [];
  /** For each UTF-16 unit, 1 + the number of the bucket of phrases whose anchor starts with it (0: none). */
  private readonly bucketOf = new Uint16Array(0x10000);
  private readonly buckets: CompiledPhrase[][] = [];

  /** Adds phrases, numbering them (their `slot`) in the order they are added; returns the slots' range. */
  add(phrases: readonly CompiledPhrase[]): { first: number; end: number } {
    const first = this.phrases.length;
    for (const phrase of phrases) {
      phrase.slot = this.phrases.length;
      this.phrases.push(phrase);
      const code = phrase.anchor.charCodeAt(0);
      const bucket = this.bucketOf[code];
      if (bucket !== 0) {
        this.buckets[bucket - 1].push(phrase);
      } else {
        this.buckets.push([phrase]);
        this.bucketOf[code] = this.buckets.length;
      }
    }
    return { first, end: this.phrases.length };
  }

  /**
   * Every anchor occurrence in `text` (lower-cased for English), in text order, as pairs in one
   * flat list: slot, position, slot, position…
   */
  scan(text: string): number[] {
    const occurrences: number[] = [];
    for (let index = 0; index < text.length; index += 1) {
      const bucket = this.bucketOf[text.charCodeAt(index)];
      if (bucket === 0) continue;
      for (const phrase of this.buckets[bucket - 1]) {
        if (text.startsWith(phrase.anchor, index)) occurrences.push(phrase.slot, index);
      }
    }
    return occurrences;
  }
}
