/**
 * Evidence: the phrase of an answer that decided an insight, with its place, so that the UI can
 * highlight it and a reviewer can disagree.
 */
import { clauseAround } from './clauses';
import type { Find } from './search';

export interface Evidence {
  /** Id of the rule that found it ("ja.platform.managedScope", "caiq.ownership", "mark.noText"). */
  rule: string;
  /** The phrase: the clause of the answer around what the rule found. */
  text: string;
  /** Where `text` is in `source` (UTF-16 offsets; end exclusive). */
  start: number;
  end: number;
  /** What `start`/`end` index: the answer, the mark, or the CAIQ ownership cell. */
  source: 'answer' | 'mark' | 'ownership';
}

/** Evidence phrases longer than this are only the find itself (a clause can be a paragraph). */
const LONGEST_PHRASE = 120;

/** The clause around a find as its evidence (made once per find). */
export function evidenceOf(text: string, find: Find<{ id: string }>): Evidence {
  if (find.evidence) return find.evidence;
  let [start, end] = clauseAround(text, find.start, find.end);
  if (end - start > LONGEST_PHRASE || find.start < start || find.end > end) {
    start = find.start;
    end = find.end;
  }
  find.evidence = {
    rule: find.rule.id,
    text: text.slice(start, end),
    start,
    end,
    source: 'answer'
  };
  return find.evidence;
}

/** Evidence that is a whole cell: the mark ("mark.noText") or the CAIQ ownership value. */
export function cellEvidence(rule: string, text: string, source: Evidence['source']): Evidence {
  return { rule, text, start: 0, end: text.length, source };
}
