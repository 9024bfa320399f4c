/**
 * Finding the rules' phrases in an answer. The tables are compiled once, all the tables of a
 * language into one anchor index (./anchors); each answer is scanned once per language for the
 * phrases' anchors (English only when it has a Latin letter), and only the phrases whose anchor
 * occurs are matched: a bare anchor is its own match, a name before an anchor is read backwards
 * (./partyBefore), anything else runs its regular expression. Where two finds of one table
 * overlap, the one of the earlier rule (then the earlier phrase) is kept.
 */
import { AnchorIndex, occurrenceBuffer } from './anchors';
import { nameBefore } from './partyBefore';
import { partyNames } from './parties';
import { compileRules } from './rules';
import type { CompiledPhrase, FlagRule, Language, ResponsibilityRule } from './rules';
import { ENGLISH_RULES } from './rulesEn';
import { JAPANESE_RULES } from './rulesJa';
import type { Evidence } from './evidence';
import type { FlagFinding, PositiveFlags } from './flags';
import type { ResponsibilityFinding } from './responsibility';
import type { ItemInsight } from './analyse';

export interface CompiledTable<Rule> {
  language: Language;
  rules: readonly Rule[];
  phrases: CompiledPhrase[];
  /** The anchor index that holds the table's phrases, and their slots there: [first, end). */
  index: AnchorIndex;
  first: number;
  end: number;
  /** Number of the table, under which an answer keeps its finds. */
  id: number;
  /** Searched only when asked (negations, "not applicable" words): see `searchIndex`. */
  lazy: boolean;
}

/** One phrase found in an answer. */
export interface Find<Rule> {
  rule: Rule;
  phrase: CompiledPhrase;
  start: number;
  end: number;
  /** The names a `{party}` found (never empty for a phrase that has one). */
  parties: readonly string[];
  /** This find's evidence, once asked for (./evidence). */
  evidence?: Evidence;
}

/**
 * Flag rules are searched in three groups: the cues that decide a flag (hedges, denials,
 * affirmations), negations (asked only to clear a × whose text affirms) and the words that only
 * say "not applicable" (asked only for "-"). Apart, a negation never hides a hedge it overlaps.
 */
export type FlagGroup = 'marks' | 'negation' | 'naOnly';

const TABLES = [JAPANESE_RULES, ENGLISH_RULES];

/** Placeholder until the tables are indexed below. */
const UNINDEXED = new AnchorIndex(false, -1);

/** Every table, by its id. */
const ALL_TABLES: CompiledTable<unknown>[] = [];

function compiled<Rule extends { phrases: readonly string[] }>(
  language: Language,
  rules: readonly Rule[],
  lazy = false
): CompiledTable<Rule> {
  const table: CompiledTable<Rule> = {
    language,
    rules,
    phrases: compileRules(rules, language),
    index: UNINDEXED,
    first: 0,
    end: 0,
    id: ALL_TABLES.length,
    lazy
  };
  ALL_TABLES.push(table as CompiledTable<unknown>);
  return table;
}

/** The responsibility rules of each language. */
export const RESPONSIBILITY_TABLES: CompiledTable<ResponsibilityRule>[] = TABLES.map((table) =>
  compiled(table.language, table.responsibility)
);

/** The flag rules of each language, in the three groups searched apart (see ./groups). */
export const FLAG_TABLES: Record<FlagGroup, CompiledTable<FlagRule>[]> = {
  marks: TABLES.map((table) =>
    compiled(
      table.language,
      table.flags.filter((rule) => rule.cue !== 'negation' && rule.cue !== 'naOnly')
    )
  ),
  negation: TABLES.map((table) =>
    compiled(
      table.language,
      table.flags.filter((rule) => rule.cue === 'negation'),
      true
    )
  ),
  naOnly: TABLES.map((table) =>
    compiled(
      table.language,
      table.flags.filter((rule) => rule.cue === 'naOnly'),
      true
    )
  )
};

/**
 * The anchor indexes, one per language over all its tables: an answer is scanned once per
 * language. The responsibility and flag-cue tables, which every answer needs, are searched at
 * once; the negations and the "not applicable" words only some marks need, so their anchor
 * occurrences are kept and searched only when asked.
 */
const INDEXES: AnchorIndex[] = [];

/** The tables each index holds, by the index's id, in slot order. */
const TABLES_OF_INDEX: CompiledTable<unknown>[][] = [];

function indexTables(tables: readonly CompiledTable<unknown>[]): void {
  const byLanguage = new Map<Language, AnchorIndex>();
  for (const table of tables) {
    let index = byLanguage.get(table.language);
    if (index === undefined) {
      index = new AnchorIndex(table.language === 'en', INDEXES.length);
      INDEXES.push(index);
      TABLES_OF_INDEX.push([]);
      byLanguage.set(table.language, index);
    }
    const { first, end } = index.add(table.phrases);
    Object.assign(table, { index, first, end });
    TABLES_OF_INDEX[index.id].push(table);
  }
}

indexTables([
  ...RESPONSIBILITY_TABLES,
  ...FLAG_TABLES.marks,
  ...FLAG_TABLES.negation,
  ...FLAG_TABLES.naOnly
] as CompiledTable<unknown>[]);

const LATIN = /[A-Za-z]/;

/** No finds, and no names: shared, never changed. */
const NO_FINDS: Find<unknown>[] = [];
const NO_NAMES: readonly string[] = [];

/** Where the anchors of the index being searched occur: one buffer, reused for every answer. */
const OCCURRENCES = occurrenceBuffer();

/**
 * An answer being analysed: its text, the finds of each table (searched when first asked; every
 * table of an index at once, from one scan; English only when the answer has a Latin letter at
 * all), and what the insight step has worked out from the text alone (see ./analyse).
 */
export class Answer {
  readonly text: string;
  /** Finds by table id. */
  readonly finds: (Find<unknown>[] | undefined)[] = new Array(ALL_TABLES.length);
  /** Occurrences of the lazy tables' anchors, by index, until those tables are searched (see `searchIndex`). */
  readonly pending: (number[] | undefined)[] = new Array(INDEXES.length);
  latin: boolean | undefined;
  /** What depends on the text alone, worked out once per text. */
  responsibility: ResponsibilityFinding | undefined;
  markFinds: Find<FlagRule>[] | undefined;
  /** Whether the text is only white space, and then its flag by mark (see ./flags). */
  empty: boolean | undefined;
  noTextFlags: Map<string, FlagFinding> | undefined;
  /** The flag under each mark that does not depend on the question (see ./flags). */
  naFlag: FlagFinding | undefined;
  negativeFlag: FlagFinding | undefined;
  positiveFlags: PositiveFlags | undefined;
  /** For an N/A answer: the evidence when it gives no reason, null when it gives one. */
  reasonless: Evidence | null | undefined;
  /** The last insight made for the text (see ./analyse), and the flag finding it was made with. */
  insight: ItemInsight | undefined;
  insightFlag: FlagFinding | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Lets go of the finds of tables that will not be asked again (after `search` has run). */
  forget(tables: readonly CompiledTable<unknown>[]): void {
    for (const table of tables) this.finds[table.id] = NO_FINDS;
  }
}

/** Adds to `found` every match of a phrase's regular expression (with a name where it needs one). */
function matchPhrase<Rule>(
  table: CompiledTable<Rule>,
  phrase: CompiledPhrase,
  text: string,
  found: Find<Rule>[]
): void {
  const pattern = phrase.pattern;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    let parties = NO_NAMES;
    if (phrase.partyAt !== undefined) {
      const name = match[1] ?? '';
      parties = partyNames(name, table.language === 'en', phrase.partyAt);
      if (parties.length === 0) {
        // No name where the phrase needs one: look again after the word that is not a name.
        pattern.lastIndex = start + Math.max(1, name.length);
        continue;
      }
    }
    found.push({
      rule: table.rules[phrase.rule],
      phrase,
      start,
      end: start + match[0].length,
      parties
    });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

/** Whether `find` overlaps one of the first `count` finds of `kept`. */
function overlapsAny<Rule>(find: Find<Rule>, kept: readonly Find<Rule>[], count: number): boolean {
  for (let index = 0; index < count; index += 1) {
    const other = kept[index];
    if (find.start < other.end && other.start < find.end) return true;
  }
  return false;
}

function byPriority<Rule>(a: Find<Rule>, b: Find<Rule>): number {
  return a.phrase.priority - b.phrase.priority || a.start - b.start;
}

function byPosition<Rule>(a: Find<Rule>, b: Find<Rule>): number {
  return a.start - b.start;
}

/**
 * Searches the answer for the phrases of every table of `index` that is not lazy (one scan for
 * them all) and keeps each table's finds on the answer; the occurrences of the lazy tables' anchors
 * are kept for `search` (none kept: those tables find nothing).
 */
function searchIndex(index: AnchorIndex, answer: Answer): void {
  const tables = TABLES_OF_INDEX[index.id];
  if (index.caseless && !(answer.latin ??= LATIN.test(answer.text))) {
    for (const table of tables) answer.finds[table.id] = NO_FINDS;
    return;
  }
  index.scan(answer.text, OCCURRENCES);
  const { data, length } = OCCURRENCES;
  let pending: number[] | undefined;
  for (let at = 0; at < length; at += 2) {
    if (tables[tableAt(tables, data[at])].lazy) (pending ??= []).push(data[at], data[at + 1]);
  }
  if (pending) answer.pending[index.id] = pending;
  for (const table of tables) {
    if (!table.lazy || !pending) answer.finds[table.id] = NO_FINDS;
  }
  collect(index, tables, false, data, length, answer);
}

/** Which of an index's tables holds `slot`. */
function tableAt(tables: readonly CompiledTable<unknown>[], slot: number): number {
  let which = 0;
  while (slot >= tables[which].end) which += 1;
  return which;
}

/**
 * Matches the phrases whose anchors occur (`data`, `length`: slot, position…) for the tables
 * of `index` that are lazy or not (as `lazy` says), and keeps each such table's finds on the
 * answer (tables with none keep what they had).
 */
function collect(
  index: AnchorIndex,
  tables: readonly CompiledTable<unknown>[],
  lazy: boolean,
  data: ArrayLike<number>,
  length: number,
  answer: Answer
): void {
  const found: (Find<unknown>[] | undefined)[] = new Array(tables.length);
  let matched: number[] | undefined;
  for (let at = 0; at < length; at += 2) {
    const slot = data[at];
    const which = tableAt(tables, slot);
    const table = tables[which];
    if (table.lazy !== lazy) continue;
    const phrase = index.phrases[slot];
    const finds = (found[which] ??= []);
    if (phrase.literal) {
      const start = data[at + 1];
      const rule = table.rules[phrase.rule];
      finds.push({ rule, phrase, start, end: start + phrase.anchor.length, parties: NO_NAMES });
    } else if (phrase.nameThenAnchor) {
      const anchorAt = data[at + 1];
      const named = nameBefore(answer.text, anchorAt);
      const parties = named ? partyNames(named.name, false, 'start') : NO_NAMES;
      if (named && parties.length > 0) {
        const rule = table.rules[phrase.rule];
        finds.push({
          rule,
          phrase,
          start: named.start,
          end: anchorAt + phrase.anchor.length,
          parties
        });
      }
    } else if (matched === undefined || !matched.includes(slot)) {
      (matched ??= []).push(slot);
      matchPhrase(table, phrase, answer.text, finds);
    }
  }
  for (let at = 0; at < tables.length; at += 1) {
    const finds = found[at];
    if (finds !== undefined) {
      answer.finds[tables[at].id] = finds.length === 0 ? NO_FINDS : resolved(finds);
    }
  }
}

/**
 * Whether the finds are already in text order and none overlaps the next (the usual case:
 * then every find is kept and the order stays, so nothing needs sorting).
 */
function inOrderApart<Rule>(found: readonly Find<Rule>[]): boolean {
  for (let index = 1; index < found.length; index += 1) {
    if (found[index].start < found[index - 1].end) return false;
  }
  return true;
}

/** Finds of one table in text order, overlaps resolved (in place). */
function resolved<Rule>(found: Find<Rule>[]): Find<Rule>[] {
  if (found.length < 2 || inOrderApart(found)) return found;
  found.sort(byPriority);
  // Keep, in priority order, each find that overlaps none kept before it (in place).
  let kept = 0;
  for (const find of found) {
    if (!overlapsAny(find, found, kept)) found[kept++] = find;
  }
  found.length = kept;
  return found.sort(byPosition);
}

/** Every find of one table's phrases in the answer, in text order, overlaps resolved. */
function search<Rule>(table: CompiledTable<Rule>, answer: Answer): Find<Rule>[] {
  const { index } = table;
  if (answer.finds[table.id] === undefined) searchIndex(index, answer);
  if (answer.finds[table.id] === undefined) {
    // A lazy table, first asked: its anchors' occurrences were kept by the scan.
    const tables = TABLES_OF_INDEX[index.id];
    const pending = answer.pending[index.id] as number[];
    for (const other of tables) if (other.lazy) answer.finds[other.id] = NO_FINDS;
    collect(index, tables, true, pending, pending.length, answer);
    answer.pending[index.id] = undefined;
  }
  return answer.finds[table.id] as Find<Rule>[];
}

/** The finds of each language's table, merged in text order. */
export function searchAll<Rule>(
  tables: readonly CompiledTable<Rule>[],
  answer: Answer
): Find<Rule>[] {
  let all: Find<Rule>[] | undefined;
  for (let index = 0; index < tables.length; index += 1) {
    const finds = search(tables[index], answer);
    if (all === undefined) all = finds;
    else if (finds.length > 0) all = all.concat(finds).sort(byPosition);
  }
  return all ?? [];
}
