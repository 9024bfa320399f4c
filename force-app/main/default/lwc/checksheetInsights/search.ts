/**
 * Finding the rules' phrases in an answer. The tables are compiled once; each answer is scanned
 * once per anchor index for the phrases' anchors (./anchors), and only the phrases whose anchor
 * occurs are matched: a bare anchor is its own match, a name before an anchor is read backwards
 * (./partyBefore), anything else runs its regular expression. Where two finds of one table
 * overlap, the one of the earlier rule (then the earlier phrase) is kept.
 */
import { AnchorIndex } from './anchors';
import { nameBefore } from './partyBefore';
import { partyNames } from './parties';
import { compileRules } from './rules';
import type { CompiledPhrase, FlagRule, Language, ResponsibilityRule } from './rules';
import { ENGLISH_RULES } from './rulesEn';
import { JAPANESE_RULES } from './rulesJa';
import type { Evidence } from './evidence';
import type { FlagFinding } from './flags';
import type { ResponsibilityFinding } from './responsibility';

export interface CompiledTable<Rule> {
  language: Language;
  rules: readonly Rule[];
  phrases: CompiledPhrase[];
  /** The anchor index that holds the table's phrases, and their slots there: [first, end). */
  index: AnchorIndex;
  first: number;
  end: number;
}

/** One phrase found in an answer. */
export interface Find<Rule> {
  rule: Rule;
  phrase: CompiledPhrase;
  start: number;
  end: number;
  /** The names a `{party}` found (never empty for a phrase that has one). */
  parties: string[];
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

function compiled<Rule extends { phrases: readonly string[] }>(
  language: Language,
  rules: readonly Rule[]
): CompiledTable<Rule> {
  return {
    language,
    rules,
    phrases: compileRules(rules, language),
    index: UNINDEXED,
    first: 0,
    end: 0
  };
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
      table.flags.filter((rule) => rule.cue === 'negation')
    )
  ),
  naOnly: TABLES.map((table) =>
    compiled(
      table.language,
      table.flags.filter((rule) => rule.cue === 'naOnly')
    )
  )
};

/**
 * The anchor indexes: per language, one over the phrases every answer is searched for
 * (responsibility, and the flag cues), and one each for the negations and the "not applicable"
 * words, which only some marks need: an answer is scanned for those only when asked.
 */
const INDEXES: AnchorIndex[] = [];

function indexTables(tables: readonly CompiledTable<unknown>[]): void {
  const byLanguage = new Map<Language, AnchorIndex>();
  for (const table of tables) {
    let index = byLanguage.get(table.language);
    if (index === undefined) {
      index = new AnchorIndex(table.language === 'en', INDEXES.length);
      INDEXES.push(index);
      byLanguage.set(table.language, index);
    }
    const { first, end } = index.add(table.phrases);
    Object.assign(table, { index, first, end });
  }
}

indexTables([...RESPONSIBILITY_TABLES, ...FLAG_TABLES.marks] as CompiledTable<unknown>[]);
indexTables(FLAG_TABLES.negation as CompiledTable<unknown>[]);
indexTables(FLAG_TABLES.naOnly as CompiledTable<unknown>[]);

const NO_OCCURRENCES: number[] = [];
const LATIN = /[A-Za-z]/;

/**
 * An answer being analysed: its text, where the anchors of each index occur in it (found once,
 * when first asked; English only when the answer has a Latin letter at all), and what the
 * insight step has worked out from the text alone (see ./analyse).
 */
export class Answer {
  readonly text: string;
  private readonly occurrences: (number[] | undefined)[] = [];
  /** What depends on the text alone, worked out once per text. */
  responsibility: ResponsibilityFinding | undefined;
  markFinds: Find<FlagRule>[] | undefined;
  negated: boolean | undefined;
  /** Whether a positive mark's flag depends on the question (a denial that echoes it), and the flag when it does not. */
  asksQuestion: boolean | undefined;
  positiveFlag: FlagFinding | undefined;
  /** For an N/A answer: the evidence when it gives no reason, null when it gives one. */
  reasonless: Evidence | null | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Anchor occurrences of an index: slot, position, slot, position… */
  anchors(index: AnchorIndex): number[] {
    let found = this.occurrences[index.id];
    if (found === undefined) {
      found = index.caseless && !LATIN.test(this.text) ? NO_OCCURRENCES : index.scan(this.text);
      this.occurrences[index.id] = found;
    }
    return found;
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
    let parties: string[] = [];
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

/** Every find of one table's phrases in the answer, in text order, overlaps resolved. */
function search<Rule>(table: CompiledTable<Rule>, answer: Answer): Find<Rule>[] {
  const occurrences = answer.anchors(table.index);
  const found: Find<Rule>[] = [];
  let matched: number[] | undefined;
  for (let index = 0; index < occurrences.length; index += 2) {
    const slot = occurrences[index];
    if (slot < table.first || slot >= table.end) continue;
    const phrase = table.phrases[slot - table.first];
    if (phrase.literal) {
      const start = occurrences[index + 1];
      const rule = table.rules[phrase.rule];
      found.push({ rule, phrase, start, end: start + phrase.anchor.length, parties: [] });
    } else if (phrase.nameThenAnchor) {
      const at = occurrences[index + 1];
      const named = nameBefore(answer.text, at);
      const parties = named ? partyNames(named.name, false, 'start') : [];
      if (named && parties.length > 0) {
        const rule = table.rules[phrase.rule];
        found.push({ rule, phrase, start: named.start, end: at + phrase.anchor.length, parties });
      }
    } else if (matched === undefined || !matched.includes(slot)) {
      (matched ??= []).push(slot);
      matchPhrase(table, phrase, answer.text, found);
    }
  }
  if (found.length < 2) return found;
  found.sort(byPriority);
  // Keep, in priority order, each find that overlaps none kept before it (in place).
  let kept = 0;
  for (const find of found) {
    if (!overlapsAny(find, found, kept)) found[kept++] = find;
  }
  found.length = kept;
  return found.sort(byPosition);
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
