/**
 * Finding the taxonomy's terms in a text in one pass: the text is normalised once (rules below)
 * and run through an Aho-Corasick automaton built once from every term, so the cost
 * is linear in the text whatever the number of terms (a 5,000-item sheet is read in the browser).
 *
 * Normalisation keeps letters and digits only, in NFKC and lower case, and drops every
 * separator — spaces, hyphens, slashes, punctuation — while remembering where each word starts:
 * "multi-factor", "multi factor" and "multifactor" become the same characters, yet a Latin term
 * still matches whole words only. A word starts after a separator, where the script changes
 * (Latin, digits, katakana, other) and at every kanji or kana other than katakana. An English
 * possessive "'s" is dropped.
 */
import { TOPICS } from './taxonomy';
import type { TopicDefinition } from './taxonomy';

/** Character classes (plain numbers: the build's type stripper keeps no enums). */
const CharClass = { Separator: 0, Letter: 1, Digit: 2, Katakana: 3, Other: 4 } as const;
type CharClassValue = (typeof CharClass)[keyof typeof CharClass];

const LONG_VOWEL = 0x30fc;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x30fd && code <= 0x30ff);
}

/**
 * The class of one (NFKC, lower-cased) UTF-16 code unit; long-vowel marks are decided by the
 * caller. The common ranges are decided by comparison; only rare characters reach the regexes.
 */
function classOf(text: string, i: number): CharClassValue {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return CharClass.Letter;
    if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
    return CharClass.Separator;
  }
  if (isKatakana(code)) return CharClass.Katakana;
  if ((code >= 0x3040 && code <= 0x309f) || (code >= 0x3400 && code <= 0x9fff)) {
    return CharClass.Other; // hiragana, kanji
  }
  if (code >= 0x3000 && code <= 0x303f) {
    return code >= 0x3005 && code <= 0x3007 ? CharClass.Other : CharClass.Separator; // 々〆〇
  }
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Other; // astral kanji: kept, a word each
  const ch = text[i];
  if (LETTER.test(ch)) return code < 0x2000 ? CharClass.Letter : CharClass.Other;
  if (NUMBER.test(ch)) return CharClass.Digit;
  return CharClass.Separator;
}

/** A normalised text: its kept characters and, for each, whether a word starts there. */
export interface NormalizedText {
  /** The kept UTF-16 code units. */
  codes: Uint16Array;
  /** How many code units were kept (the arrays may be longer). */
  length: number;
  /** 1 where a word starts; entries from `length` on are 1. */
  wordStart: Uint8Array;
  /** Class of each kept character. */
  classes: Uint8Array;
}

/** See the module comment. Linear in the text. */
export function normalizeForTopics(text: string): NormalizedText {
  const source = text.normalize('NFKC').toLowerCase();
  const codes = new Uint16Array(source.length);
  const wordStart = new Uint8Array(source.length + 3).fill(1);
  const classes = new Uint8Array(source.length);
  let length = 0;
  let previous: CharClassValue = CharClass.Separator;
  let broken = true;
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    let cls: CharClassValue;
    if (code === LONG_VOWEL) {
      const next = i + 1 < source.length ? source.charCodeAt(i + 1) : 0;
      cls =
        previous === CharClass.Katakana && !broken && (isKatakana(next) || next === LONG_VOWEL)
          ? CharClass.Katakana
          : CharClass.Separator;
    } else {
      cls = classOf(source, i);
    }
    if (cls === CharClass.Separator) {
      broken = true;
      // An English possessive ("customer's") is the word itself: "customer's responsibility"
      // reads as "customer responsibility".
      if ((code === 0x27 || code === 0x2019) && source.charCodeAt(i + 1) === 0x73) {
        const after = i + 2 < source.length ? classOf(source, i + 2) : CharClass.Separator;
        if (after !== CharClass.Letter && after !== CharClass.Digit) i += 1;
      }
      continue;
    }
    codes[length] = code;
    wordStart[length] = broken || cls !== previous || cls === CharClass.Other ? 1 : 0;
    classes[length] = cls;
    length += 1;
    previous = cls;
    broken = false;
  }
  return { codes, length, wordStart, classes };
}

/** One term of the automaton. */
interface Term {
  topic: number;
  length: number;
  /** The term starts with a Latin letter or digit: the text must start a word there. */
  wholeStart: boolean;
  /**
   * The term ends with a Latin letter or digit, or a short katakana word, and has no `*`: a
   * word must end there.
   */
  wholeEnd: boolean;
  /** The term ends with a Latin letter: a plural "s" or "es" may follow. */
  plural: boolean;
}

function isWordClass(cls: number): boolean {
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

/**
 * Katakana runs of at most this many characters at the end of a term must end the text's
 * katakana word ("ログ" is not "ログイン"); longer ones may go on ("バックアップ" is in
 * "バックアップデータ").
 */
const SHORT_KATAKANA = 3;

function shortKatakanaEnd(classes: Uint8Array, length: number): boolean {
  let run = 0;
  while (run < length && classes[length - 1 - run] === CharClass.Katakana) run += 1;
  return run > 0 && run <= SHORT_KATAKANA;
}

/** An Aho-Corasick automaton over UTF-16 code units. */
class Automaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Terms ending at each node (its own, not its suffixes'). */
  private readonly ends: number[][] = [[]];
  /** Nearest node on the failure chain with terms of its own, -1 when none. */
  private output: Int32Array = new Int32Array(1);
  readonly terms: Term[] = [];

  add(codes: Uint16Array, length: number, term: Term): void {
    let node = 0;
    for (let i = 0; i < length; i += 1) {
      const code = codes[i];
      let child = this.next[node].get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.ends.push([]);
        this.next[node].set(code, child);
      }
      node = child;
    }
    this.ends[node].push(this.terms.length);
    this.terms.push(term);
  }

  /** Transitions from the root, by code unit: most characters of a text start from there. */
  private root: Int32Array = new Int32Array(0);
  /** Transitions from the other nodes, keyed by node × 65536 + code unit. */
  private readonly flat = new Map<number, number>();
  /** First node with terms on each node's suffix chain (itself included), -1 when none. */
  private report: Int32Array = new Int32Array(0);

  /** Failure and output links, breadth first. */
  build(): void {
    const size = this.next.length;
    this.fail = new Int32Array(size);
    this.output = new Int32Array(size).fill(-1);
    this.root = new Int32Array(0x10000);
    for (const [code, child] of this.next[0]) this.root[code] = child;
    const queue: number[] = [];
    for (const child of this.next[0].values()) queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const node = queue[head];
      for (const [code, child] of this.next[node]) {
        let f = this.fail[node];
        while (f > 0 && !this.next[f].has(code)) f = this.fail[f];
        const target = this.next[f].get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const via = this.fail[child];
        this.output[child] = this.ends[via].length > 0 ? via : this.output[via];
        queue.push(child);
      }
    }
    for (let node = 1; node < size; node += 1) {
      for (const [code, child] of this.next[node]) this.flat.set(node * 0x10000 + code, child);
    }
    this.report = new Int32Array(size);
    for (let node = 0; node < size; node += 1) {
      this.report[node] = this.ends[node].length > 0 ? node : this.output[node];
    }
  }

  /** Calls `found(term, end)` for every occurrence of every term; `end` is exclusive. */
  scan(text: NormalizedText, found: (term: number, end: number) => void): void {
    const codes = text.codes;
    const root = this.root;
    const report = this.report;
    const flat = this.flat;
    let node = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = codes[i];
      let child = node === 0 ? root[code] : flat.get(node * 0x10000 + code);
      while (child === undefined && node > 0) {
        node = this.fail[node];
        child = node === 0 ? root[code] : flat.get(node * 0x10000 + code);
      }
      node = child ?? 0;
      for (let at = report[node]; at > 0; at = this.output[at]) {
        for (const term of this.ends[at]) found(term, i + 1);
      }
    }
  }
}

/** Whether an occurrence of `term` ending at `end` (exclusive) stands on word boundaries. */
function onBoundaries(text: NormalizedText, term: Term, end: number): boolean {
  if (term.wholeStart && !text.wordStart[end - term.length]) return false;
  if (!term.wholeEnd || text.wordStart[end]) return true;
  if (!term.plural || end >= text.length) return false;
  const codes = text.codes;
  if (codes[end] === 0x73) return text.wordStart[end + 1] === 1; // "s"
  return codes[end] === 0x65 && codes[end + 1] === 0x73 && text.wordStart[end + 2] === 1; // "es"
}

/** Prebuilt from a taxonomy: which topics (by index) a text mentions, parents included. */
export class TopicMatcher {
  private readonly automaton = new Automaton();
  /** For each topic, itself and its ancestors' indices. */
  private readonly lineage: number[][];
  private readonly seen: Uint8Array;

  constructor(topics: readonly TopicDefinition[]) {
    const indexOf = new Map(topics.map((topic, index) => [topic.code, index]));
    this.lineage = topics.map((topic, index) => {
      const chain = [index];
      for (let parent = topic.parent; parent !== undefined;) {
        const at = indexOf.get(parent);
        if (at === undefined) throw new Error(`topic ${topic.code}: unknown parent ${parent}`);
        if (chain.includes(at)) throw new Error(`topic ${topic.code}: parent cycle`);
        chain.push(at);
        parent = topics[at].parent;
      }
      return chain;
    });
    this.seen = new Uint8Array(topics.length);
    topics.forEach((topic, index) => {
      const added = new Set<string>();
      for (const written of [...topic.ja, ...topic.en]) {
        const prefix = written.endsWith('*');
        const normalized = normalizeForTopics(prefix ? written.slice(0, -1) : written);
        const { codes, length, classes } = normalized;
        if (length === 0) throw new Error(`topic ${topic.code}: empty term "${written}"`);
        const key = `${prefix ? '*' : ''}${String.fromCharCode(...codes.subarray(0, length))}`;
        if (added.has(key)) continue;
        added.add(key);
        const last = classes[length - 1];
        this.automaton.add(codes, length, {
          topic: index,
          length,
          wholeStart: isWordClass(classes[0]),
          wholeEnd: !prefix && (isWordClass(last) || shortKatakanaEnd(classes, length)),
          plural: !prefix && last === CharClass.Letter
        });
      }
    });
    this.automaton.build();
  }

  /** Indices of the topics `text` mentions, with their ancestors, in taxonomy order. */
  match(text: string): number[] {
    const normalized = normalizeForTopics(text);
    const seen = this.seen;
    const terms = this.automaton.terms;
    let any = false;
    this.automaton.scan(normalized, (index, end) => {
      const term = terms[index];
      if (seen[term.topic] || !onBoundaries(normalized, term, end)) return;
      for (const topic of this.lineage[term.topic]) seen[topic] = 1;
      any = true;
    });
    const found: number[] = [];
    if (!any) return found;
    for (let i = 0; i < seen.length; i += 1) {
      if (seen[i]) {
        found.push(i);
        seen[i] = 0;
      }
    }
    return found;
  }
}

let defaultMatcher: TopicMatcher | undefined;

/** The matcher of the package's taxonomy, built on first use. */
export function topicMatcher(): TopicMatcher {
  defaultMatcher ??= new TopicMatcher(TOPICS);
  return defaultMatcher;
}
