/**
 * What is wrong with an answer, by its mark:
 *
 * - a positive mark (○, Yes) is contradicted by a denial of what the question asks ("…機能が提供
 *   されていること" answered "…機能を提供しておりません"), and hedged by an admitted limitation
 *   or a denial of something else;
 * - a negative mark (×, No) is contradicted by a text that describes the control in place and has
 *   no negative wording at all;
 * - a partial mark (△) is never flagged for its text: a limitation is what △ says;
 * - any mark without remarks has no text, and "not applicable" (-) without remarks, or with
 *   nothing but "not applicable" words, has no reason;
 * - no mark at all is no answer, which the status already shows.
 */
import { isSpace, trimmedEnd } from './clauses';
import { cellEvidence, evidenceOf } from './evidence';
import type { Evidence } from './evidence';
import type { FlagRule } from './rules';
import { FLAG_TABLES, searchAll } from './search';
import type { Answer, Find } from './search';
import type { AnswerFlag } from './vocabulary';
import type { AnalysedItem } from './analyse';

export interface FlagFinding {
  flag: AnswerFlag;
  flagEvidence: Evidence | null;
}

const NO_FLAG: FlagFinding = { flag: 'none', flagEvidence: null };

/** Endings after a Japanese requirement's predicate: "…提供されていること", "…ことが望ましい". */
const REQUIREMENT_ENDINGS = ['ことが望ましい', 'こと', '事'];

/** How far before its ending a Japanese requirement's predicate is looked for, in characters. */
const PREDICATE_SPAN = 12;

/** Echoes seen so far: English ones compiled (compared with the whole question, ignoring case), null for Japanese. */
const ECHOES = new Map<string, RegExp | null>();

/**
 * Whether the question asks for what a denial's `echoes` names: anywhere in an English question,
 * in the last predicate of a Japanese one (its requirement comes last: "…が提供されていること").
 */
export function questionAsks(question: string, echoes: string): boolean {
  if (echoes === '*') return true;
  let pattern = ECHOES.get(echoes);
  if (pattern === undefined) {
    pattern = /^[a-z]+$/.test(echoes) ? new RegExp(echoes, 'i') : null;
    ECHOES.set(echoes, pattern);
  }
  if (pattern !== null) return pattern.test(question);
  let end = trimmedEnd(question);
  for (const ending of REQUIREMENT_ENDINGS) {
    if (end >= ending.length && question.startsWith(ending, end - ending.length)) {
      end -= ending.length;
      break;
    }
  }
  const at = question.indexOf(echoes, Math.max(0, end - PREDICATE_SPAN));
  return at !== -1 && at + echoes.length <= end;
}

/** Letters, digits, kana or kanji: what is left of an N/A answer that gives a reason. */
const SUBSTANCE = /[A-Za-z0-9ぁ-んァ-ヴ一-龯]/;

/** An N/A answer's evidence when it holds nothing but "not applicable" words; null when it gives a reason. */
function reasonlessOf(answer: Answer): Evidence | null {
  if (answer.reasonless !== undefined) return answer.reasonless;
  const text = answer.text;
  const finds = searchAll(FLAG_TABLES.naOnly, answer);
  let rest = '';
  let at = 0;
  for (const find of finds) {
    rest += text.slice(at, find.start);
    at = find.end;
  }
  rest += text.slice(at);
  answer.reasonless = SUBSTANCE.test(rest)
    ? null
    : {
        rule: finds[0]?.rule.id ?? 'mark.naWithoutReason',
        text: text.trim(),
        start: text.length - text.trimStart().length,
        end: text.trimEnd().length,
        source: 'answer'
      };
  return answer.reasonless;
}

function isEmpty(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (!isSpace(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * What a positive mark's flag is made of, worked out once per text: the denials that contradict
 * the mark when the question asks for what they deny (in text order), and the flag when none
 * does (the first hedge, or none).
 */
export interface PositiveFlags {
  denials: readonly Find<FlagRule>[];
  /** The `contradicts` flag of each denial, made when first asked (items with this text share it). */
  contradictions: (FlagFinding | undefined)[];
  otherwise: FlagFinding;
}

function positiveFlags(answer: Answer, finds: readonly Find<FlagRule>[]): PositiveFlags {
  const denials: Find<FlagRule>[] = [];
  let hedge: Find<FlagRule> | undefined;
  for (const find of finds) {
    const { cue, echoes, otherwise } = find.rule;
    if (cue === 'denial' && echoes !== undefined) {
      denials.push(find);
      // A denial of anything contradicts whatever the question: no later find can matter.
      if (echoes === '*') break;
    }
    if (hedge === undefined && (cue === 'hedge' || (cue === 'denial' && otherwise === 'hedged'))) {
      hedge = find;
    }
  }
  return {
    denials,
    contradictions: [],
    otherwise: hedge ? { flag: 'hedged', flagEvidence: evidenceOf(answer.text, hedge) } : NO_FLAG
  };
}

/** A positive mark's flag: the first denial of what the question asks, else the first hedge. */
function positiveFlag(item: AnalysedItem, answer: Answer, flags: PositiveFlags): FlagFinding {
  const { denials, contradictions } = flags;
  for (let index = 0; index < denials.length; index += 1) {
    const denial = denials[index];
    if (questionAsks(item.question, denial.rule.echoes as string)) {
      return (contradictions[index] ??= {
        flag: 'contradicts',
        flagEvidence: evidenceOf(answer.text, denial)
      });
    }
  }
  return flags.otherwise;
}

function negativeFlag(answer: Answer, finds: readonly Find<FlagRule>[]): FlagFinding {
  let affirmation: Find<FlagRule> | undefined;
  let negated = false;
  for (const find of finds) {
    if (find.rule.cue === 'affirmation') affirmation ??= find;
    else negated = true;
  }
  if (affirmation === undefined) return NO_FLAG;
  negated ||= searchAll(FLAG_TABLES.negation, answer).length > 0;
  return negated
    ? NO_FLAG
    : { flag: 'contradicts', flagEvidence: evidenceOf(answer.text, affirmation) };
}

/** The flag of a mark without remarks (one per mark: the evidence is the mark itself). */
function noTextFlag(item: AnalysedItem, answer: Answer): FlagFinding {
  const na = item.status === 'not_applicable';
  const key = na ? `-${item.mark}` : `+${item.mark}`;
  const byMark = (answer.noTextFlags ??= new Map<string, FlagFinding>());
  let finding = byMark.get(key);
  if (finding === undefined) {
    finding = na
      ? {
          flag: 'unexplained_na',
          flagEvidence: cellEvidence('mark.naWithoutText', item.mark, 'mark')
        }
      : { flag: 'no_text', flagEvidence: cellEvidence('mark.noText', item.mark, 'mark') };
    byMark.set(key, finding);
  }
  return finding;
}

/**
 * The flag of an item whose answer is `answer`. All but a positive mark's echo of the question
 * depends on the text and the mark alone, so it is worked out once per text (./search's Answer)
 * and items with the same text share it.
 */
export function flagOf(item: AnalysedItem, answer: Answer): FlagFinding {
  const status = item.status;
  if (status === 'none') return NO_FLAG;
  if ((answer.empty ??= isEmpty(answer.text))) return noTextFlag(item, answer);
  switch (status) {
    case 'partial':
      return NO_FLAG;
    case 'not_applicable':
      return (answer.naFlag ??= naFlag(answer));
    case 'not_implemented':
      return (answer.negativeFlag ??= negativeFlag(answer, markFinds(answer)));
    default:
      return positiveFlag(
        item,
        answer,
        (answer.positiveFlags ??= positiveFlags(answer, markFinds(answer)))
      );
  }
}

function markFinds(answer: Answer): Find<FlagRule>[] {
  return (answer.markFinds ??= searchAll(FLAG_TABLES.marks, answer));
}

function naFlag(answer: Answer): FlagFinding {
  const reasonless = reasonlessOf(answer);
  return reasonless ? { flag: 'unexplained_na', flagEvidence: reasonless } : NO_FLAG;
}
