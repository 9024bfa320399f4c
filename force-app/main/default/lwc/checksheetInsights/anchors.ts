/**
 * Where the phrases of an index can occur in an answer, found in one pass over it: every phrase
 * has an anchor (its longest literal piece, see ./rules), and only phrases whose anchor occurs
 * are matched further. A phrase that is nothing but its anchor needs nothing more: the pass has
 * found it.
 *
 * The anchors of an index are compiled, once, into one Aho–Corasick automaton: a trie of the
 * anchors whose every state knows the longest anchor prefix that is also a suffix of it (its
 * fallback) and every anchor that ends there. The pass reads each character of the answer once
 * and follows one transition, however many anchors there are; most characters of an answer
 * start no anchor and cost one table look-up. The pass writes into a buffer the caller owns
 * (./search reuses one for every answer), so scanning allocates nothing.
 */
import type { CompiledPhrase } from './rules';

/** Anchor occurrences, as pairs in `data`: slot, position, slot, position… (`length` numbers). */
export interface Occurrences {
  data: Int32Array;
  length: number;
}

export function occurrenceBuffer(): Occurrences {
  return { data: new Int32Array(256), length: 0 };
}

function push(into: Occurrences, slot: number, position: number): void {
  if (into.length + 2 > into.data.length) {
    const grown = new Int32Array(into.data.length * 2);
    grown.set(into.data);
    into.data = grown;
  }
  into.data[into.length] = slot;
  into.data[into.length + 1] = position;
  into.length += 2;
}

/** A state's `onlyCode` when it has no transition, or several. */
const NONE = -1;
const SEVERAL = -2;

/**
 * The automaton of a list of anchors. Transitions from the root are a table by character;
 * the others, a few per state, sit in one open-addressing hash table keyed by state and
 * character.
 */
class Automaton {
  /** Next state from the root by character; 0 (the root) when no anchor starts with it. */
  private readonly fromRoot = new Uint16Array(0x10000);
  /** A state's one transition, when it has only one (most states of a trie): its character and target. */
  private readonly onlyCode: Int32Array;
  private readonly onlyTarget: Int32Array;
  private readonly keys: Int32Array;
  private readonly targets: Int32Array;
  private readonly mask: number;
  private readonly fallback: Int32Array;
  /** Anchors ending at each state, longest first: `ends[endsFrom[s] … endsFrom[s + 1])`. */
  private readonly endsFrom: Int32Array;
  private readonly ends: Int32Array;
  /** Per anchor: its length and where it sorts among anchors found at one position. */
  private readonly lengths: Int32Array;
  private readonly ranks: Int32Array;

  constructor(anchors: readonly string[]) {
    // The trie, with transitions in a Map while it is built.
    const next: Map<number, number>[] = [new Map()];
    const ending: number[] = [-1];
    anchors.forEach((anchor, entry) => {
      let state = 0;
      for (let index = 0; index < anchor.length; index += 1) {
        const code = anchor.charCodeAt(index);
        let target = next[state].get(code);
        if (target === undefined) {
          target = next.length;
          next.push(new Map());
          ending.push(-1);
          next[state].set(code, target);
        }
        state = target;
      }
      ending[state] = entry;
    });
    const states = next.length;
    // A transition's key (state × 0x10000 + character) must stay a 32-bit integer.
    if (states > 0x7fff) throw new Error(`${states} anchor states: more than the automaton holds`);
    let transitions = 0;
    for (const map of next) transitions += map.size;
    let size = 16;
    while (size < transitions * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
    this.onlyCode = new Int32Array(states).fill(NONE);
    this.onlyTarget = new Int32Array(states);
    for (let state = 0; state < states; state += 1) {
      if (next[state].size > 1) this.onlyCode[state] = SEVERAL;
      for (const [code, target] of next[state]) {
        if (state === 0) {
          this.fromRoot[code] = target;
        } else if (next[state].size === 1) {
          this.onlyCode[state] = code;
          this.onlyTarget[state] = target;
        } else {
          this.insert(state, code, target);
        }
      }
    }
    // Fallbacks, breadth first: a state's fallback is found from its parent's.
    this.fallback = new Int32Array(states);
    const order: number[] = [];
    for (const target of next[0].values()) order.push(target);
    for (let head = 0; head < order.length; head += 1) {
      const state = order[head];
      for (const [code, target] of next[state]) {
        let back = this.fallback[state];
        let found = this.step(back, code);
        while (found < 0) {
          back = this.fallback[back];
          found = this.step(back, code);
        }
        this.fallback[target] = found;
        order.push(target);
      }
    }
    // Anchors ending at each state: its own, then those of its fallback chain (shorter ones).
    const lists: number[][] = new Array<number[]>(states);
    lists[0] = [];
    for (const state of order) {
      const own = ending[state] >= 0 ? [ending[state]] : [];
      lists[state] = own.concat(lists[this.fallback[state]]);
    }
    this.endsFrom = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let state = 0; state < states; state += 1) {
      this.endsFrom[state] = flat.length;
      flat.push(...lists[state]);
    }
    this.endsFrom[states] = flat.length;
    this.ends = Int32Array.from(flat);
    this.lengths = Int32Array.from(anchors, (anchor) => anchor.length);
    // Anchors found at one position keep the order the index had them in: a one-character
    // anchor first, then the others in the order they were added.
    this.ranks = Int32Array.from(anchors, (anchor, entry) => (anchor.length === 1 ? -1 : entry));
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 0;
  }

  private insert(state: number, code: number, target: number): void {
    const key = state * 0x10000 + code;
    let at = this.slotOf(key) & this.mask;
    while (this.keys[at] !== -1) at = (at + 1) & this.mask;
    this.keys[at] = key;
    this.targets[at] = target;
  }

  /** The transition from `state` by `code`, or -1; from the root there is always one. */
  private step(state: number, code: number): number {
    if (state === 0) return this.fromRoot[code];
    const only = this.onlyCode[state];
    if (only === code) return this.onlyTarget[state];
    if (only !== SEVERAL) return -1;
    const key = state * 0x10000 + code;
    let at = this.slotOf(key) & this.mask;
    for (;;) {
      const stored = this.keys[at];
      if (stored === key) return this.targets[at];
      if (stored === -1) return -1;
      at = (at + 1) & this.mask;
    }
  }

  /**
   * Every anchor occurrence in `text`, into `found` as pairs (anchor, start), sorted by start
   * (then rank).
   */
  run(text: string, caseless: boolean, found: Occurrences): void {
    found.length = 0;
    const { fromRoot, onlyCode, onlyTarget, fallback, endsFrom, ends, lengths } = this;
    const length = text.length;
    let state = 0;
    for (let index = 0; index < length; index += 1) {
      let code = text.charCodeAt(index);
      // English anchors are lower-case: ASCII capitals are read as small letters.
      if (caseless && code >= 0x41 && code <= 0x5a) code += 0x20;
      if (state === 0) {
        state = fromRoot[code];
        if (state === 0) continue;
      } else {
        // The transition from the state, else from its fallbacks (the root has one for every character).
        for (;;) {
          const only = onlyCode[state];
          if (only === code) {
            state = onlyTarget[state];
            break;
          }
          if (only === SEVERAL) {
            const target = this.step(state, code);
            if (target >= 0) {
              state = target;
              break;
            }
          }
          state = fallback[state];
          if (state === 0) {
            state = fromRoot[code];
            break;
          }
        }
      }
      const last = endsFrom[state + 1];
      for (let at = endsFrom[state]; at < last; at += 1) {
        const entry = ends[at];
        push(found, entry, index + 1 - lengths[entry]);
      }
    }
    if (found.length > 2) this.sortByStart(found);
  }

  /** Insertion sort by (start, rank): the pass finds anchors by where they end, nearly in order. */
  private sortByStart(found: Occurrences): void {
    const { data } = found;
    const { ranks } = this;
    for (let index = 2; index < found.length; index += 2) {
      const entry = data[index];
      const start = data[index + 1];
      let to = index;
      while (
        to > 0 &&
        (data[to - 1] > start || (data[to - 1] === start && ranks[data[to - 2]] > ranks[entry]))
      ) {
        data[to] = data[to - 2];
        data[to + 1] = data[to - 1];
        to -= 2;
      }
      data[to] = entry;
      data[to + 1] = start;
    }
  }
}

export class AnchorIndex {
  /** Phrases by their slot. */
  readonly phrases: CompiledPhrase[] = [];
  /** English anchors are lower-case and found whatever the case of the text (no lower-cased copy). */
  readonly caseless: boolean;
  /** Number of the index. */
  readonly id: number;
  /** Distinct anchors, in the order first added, and the slots of the phrases sharing each. */
  private readonly entries = new Map<string, number>();
  private readonly anchors: string[] = [];
  private readonly slots: number[][] = [];
  /** Built on the first scan after phrases were added. */
  private automaton: Automaton | undefined;
  /** Anchor occurrences of the last scan, before they become slots. */
  private readonly found = occurrenceBuffer();

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
        entry = this.anchors.length;
        this.entries.set(phrase.anchor, entry);
        this.anchors.push(phrase.anchor);
        this.slots.push([]);
      }
      this.slots[entry].push(phrase.slot);
    }
    this.automaton = undefined;
    return { first, end: this.phrases.length };
  }

  /**
   * Every anchor occurrence in `text`, in text order, into `into` as pairs: slot, position,
   * slot, position… (phrases sharing an anchor: each of their slots, in the order added).
   */
  scan(text: string, into: Occurrences): void {
    this.automaton ??= new Automaton(this.anchors);
    const { found, slots } = this;
    this.automaton.run(text, this.caseless, found);
    into.length = 0;
    const { data } = found;
    for (let index = 0; index < found.length; index += 2) {
      const shared = slots[data[index]];
      for (let at = 0; at < shared.length; at += 1) push(into, shared[at], data[index + 1]);
    }
  }
}
