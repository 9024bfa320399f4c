/**
 * What a rule is, and how its phrases become searches.
 *
 * Rules are data (./rulesJa, ./rulesEn): each is a list of phrases, what finding one decides and a
 * sentence saying why. A phrase is written as the text it finds, with two placeholders:
 *
 * - `{party}`: a named party, a Latin or katakana name ("Salesforce", "Microsoft Azure",
 *   "セールスフォース"); the name becomes the evidence's party. A phrase with `{party}` finds
 *   nothing when no name stands there ("当社の…" is not a party: see ./parties).
 * - `…`: a short gap inside one clause (up to 16 characters in Japanese, 40 in English).
 * - A leading `^` finds the phrase only at the start of the answer ("いいえ", "No,").
 *
 * Everything else is literal. English phrases ignore case, a space stands for any white space,
 * and a phrase that starts or ends with a letter matches whole words only ("not" never finds
 * "another"). Within a table, earlier rules and earlier phrases win where two finds overlap, so a
 * specific phrase ("当社の管理範囲") is listed before a general one ("の管理範囲").
 */

export type Language = 'ja' | 'en';

/** What a responsibility rule decides. */
export type ResponsibilityCue = 'vendor' | 'platform' | 'customer' | 'shared';

export interface ResponsibilityRule {
  /** Stable id ("ja.platform.managedScope"): named in the evidence and in the rule tests. */
  id: string;
  decides: ResponsibilityCue;
  /**
   * `says`: the phrase says who does it. `context`: it only says where the service runs ("runs on
   * Salesforce"); it decides only when nothing else in the answer does.
   */
  weight: 'says' | 'context';
  /**
   * `sentence`: the party the phrase names is the subject of its whole sentence ("サイボウズ社では、
   * …、…明記しております"), so the vendor actions after it in that sentence are the party's.
   * Otherwise a find covers its own clause only. The last such subject before an action wins.
   */
  reach?: 'sentence';
  phrases: readonly string[];
  /** Why the phrase means what the rule decides, for whoever extends the table. */
  why: string;
}

/**
 * What a flag rule's phrase tells about the answer:
 * - `hedge`: a limitation, a gap, a plan, "not regularly" — a positive mark with it is hedged;
 * - `denial`: the answer says something is not done — it contradicts a positive mark when it
 *   denies what the question asks for (see `echoes`), otherwise it is `otherwise`;
 * - `affirmation`: the answer says something is done — it contradicts a negative mark, unless
 *   the answer also has a `negation`;
 * - `negation`: negative wording of any kind (only keeps an affirmation from contradicting);
 * - `naOnly`: words that only say "not applicable"; an N/A answer with nothing else is unexplained.
 */
export type FlagCue = 'hedge' | 'denial' | 'affirmation' | 'negation' | 'naOnly';

export interface FlagRule {
  id: string;
  cue: FlagCue;
  phrases: readonly string[];
  /**
   * Denials only: the word (a verb or its stem) that the question's requirement must contain for
   * the denial to contradict a positive mark ("提供" for "提供しておりません" against "…機能が
   * 提供されていること"); `*` for a denial of anything ("未実施").
   */
  echoes?: string;
  /** Denials only: what a denial that does not echo the question makes of a positive mark. */
  otherwise?: 'hedged' | 'none';
  why: string;
}

export interface RuleTable {
  language: Language;
  responsibility: readonly ResponsibilityRule[];
  flags: readonly FlagRule[];
}

/** One phrase, ready to search for. */
export interface CompiledPhrase {
  /** Index of the rule in its table: the lower, the higher its priority. */
  rule: number;
  /** Order among all phrases of the table: breaks ties between overlapping finds. */
  priority: number;
  /** The longest literal piece of the phrase: only texts containing it are searched. */
  anchor: string;
  /** Global search; group 1 is the party when `partyAt` is set. */
  pattern: RegExp;
  /** Where the `{party}` placeholder stands, if any: names are trimmed from that side. */
  partyAt: 'start' | 'inside' | undefined;
  /** Number of the phrase among all phrases of its language (see ./anchors); -1 until indexed. */
  slot: number;
  /**
   * True when the phrase is its anchor and nothing else (a Japanese phrase without placeholders):
   * where the anchor occurs, the phrase does, and no regular expression needs to run.
   */
  literal: boolean;
  /**
   * True for a Japanese phrase that is a name and then its anchor ("{party}の管理範囲"): the name
   * is read backwards from where the anchor occurs (./partyBefore), without the regular expression.
   */
  nameThenAnchor: boolean;
}

const GAPS: Readonly<Record<Language, string>> = {
  ja: '[^。、，,.!?！？\\n]{0,16}?',
  en: '[^.;,!?\\n]{0,40}?'
};

/** One name in Japanese text: Latin words (spaces inside: "Microsoft Azure") or a katakana word. */
const JA_NAME = '[A-Za-z][A-Za-z0-9.\\-]*(?: [A-Za-z][A-Za-z0-9.\\-]*)*|[ァ-ヴ][ァ-ヴー・]+';

/**
 * A party name: Latin words (joined by spaces, slashes or "&"; Japanese text puts no space before
 * the particle that follows) or a katakana word; in Japanese several names joined by "/", "&" or "と". A name may carry a suffix that is not part of it ("Salesforce組織", "サイボウズ社"),
 * left out of the group.
 */
const PARTIES: Readonly<Record<Language, string>> = {
  ja: `((?:${JA_NAME})(?:[/／&と](?:${JA_NAME}))*)(?:組織|プラットフォーム|社|基盤|環境|側)?`,
  en: "\\b([A-Za-z][A-Za-z0-9.\\-]*(?:(?: | ?/ ?| & | and )[A-Za-z][A-Za-z0-9.\\-]*){0,4})(?:['’]s)?"
};

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literalPattern(literal: string, language: Language): string {
  if (language === 'ja') return escape(literal);
  return escape(literal).replace(/ +/g, '\\s+').replace(/['’]/g, "['’]");
}

const WORD_CHARACTER = /[A-Za-z0-9]/;

/** Compiles one phrase of a rule (see the module comment for the syntax). */
export function compilePhrase(
  phrase: string,
  language: Language,
  rule: number,
  priority: number
): CompiledPhrase {
  const atStart = phrase.startsWith('^');
  const body = atStart ? phrase.slice(1) : phrase;
  const pieces = body.split(/(\{party\}|…)/);
  let source = atStart ? '^\\s*' : '';
  let anchor = '';
  let partyAt: CompiledPhrase['partyAt'];
  pieces.forEach((piece, index) => {
    if (piece === '{party}') {
      source += PARTIES[language];
      partyAt = index <= 1 && pieces[0] === '' ? 'start' : 'inside';
    } else if (piece === '…') {
      source += GAPS[language];
    } else if (piece !== '') {
      source += literalPattern(piece, language);
      const trimmed = piece.trim();
      if (trimmed.length > anchor.length) anchor = trimmed;
    }
  });
  if (language === 'en') {
    if (!atStart && WORD_CHARACTER.test(body.charAt(0))) source = `\\b${source}`;
    if (WORD_CHARACTER.test(body.charAt(body.length - 1))) source += '\\b';
  }
  if (anchor === '') throw new Error(`phrase "${phrase}" has no literal text to search for`);
  return {
    rule,
    priority,
    anchor: language === 'en' ? anchor.toLowerCase() : anchor,
    pattern: new RegExp(source, language === 'en' ? 'gi' : 'g'),
    partyAt,
    slot: -1,
    literal: language === 'ja' && !atStart && pieces.length === 1 && pieces[0] === anchor,
    nameThenAnchor:
      language === 'ja' &&
      !atStart &&
      pieces.length === 3 &&
      pieces[0] === '' &&
      pieces[1] === '{party}' &&
      pieces[2] === anchor
  };
}

/** Every phrase of a list of rules, compiled, in priority order. */
export function compileRules(
  rules: ReadonlyArray<{ phrases: readonly string[] }>,
  language: Language
): CompiledPhrase[] {
  const compiled: CompiledPhrase[] = [];
  rules.forEach((rule, index) => {
    for (const phrase of rule.phrases) {
      compiled.push(compilePhrase(phrase, language, index, compiled.length));
    }
  });
  return compiled;
}
