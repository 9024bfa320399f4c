/**
 * The insights step, run after parsing: for each item, who its answer says is responsible
 * (./responsibility) and whether the answer takes back its own mark (./flags), each with the
 * phrase that decided it (./evidence). Everything they decide comes from the rule tables
 * (./rulesJa, ./rulesEn); a CAIQ sheet's "SSRM Control Ownership" column, when present, decides
 * the responsibility instead (./ownership).
 */
import type { ChecksheetItem } from 'c/checksheetModel';
import { cellEvidence } from './evidence';
import type { Evidence } from './evidence';
import { flagOf } from './flags';
import type { FlagFinding } from './flags';
import { OWNERSHIP_COLUMN, responsibilityFromOwnership } from './ownership';
import { responsibilityOf } from './responsibility';
import type { ResponsibilityFinding } from './responsibility';
import { Answer } from './search';
import type { AnswerFlag, Responsibility } from './vocabulary';

export type { Evidence } from './evidence';

export interface ItemInsight {
  responsibility: Responsibility;
  /** Parties the answer names as doing the item (platforms), in order of appearance. */
  responsibleParty: readonly string[];
  responsibilityEvidence: readonly Evidence[];
  flag: AnswerFlag;
  /** The evidence phrase of the flag ("" when the flag is none). */
  flagReason: string;
  flagEvidence: Evidence | null;
}

/** What the step reads of an item. */
export type AnalysedItem = Pick<
  ChecksheetItem,
  'question' | 'status' | 'mark' | 'answer' | 'extra'
>;

const NO_PARTIES: readonly string[] = [];

/** An item's insight made of who is responsible and its flag. */
function insightFrom(stated: ResponsibilityFinding, finding: FlagFinding): ItemInsight {
  const { flag, flagEvidence } = finding;
  return {
    responsibility: stated.responsibility,
    responsibleParty: stated.responsibleParty,
    responsibilityEvidence: stated.responsibilityEvidence,
    flag,
    flagReason: flagEvidence === null ? '' : flagEvidence.text,
    flagEvidence
  };
}

/** The insight for an item whose answer is `answer`. */
function insightOf(item: AnalysedItem, answer: Answer): ItemInsight {
  const stated = (answer.responsibility ??= responsibilityOf(answer));
  const finding = flagOf(item, answer);
  const ownership = item.extra?.[OWNERSHIP_COLUMN];
  const owned = ownership === undefined ? undefined : responsibilityFromOwnership(ownership);
  if (ownership !== undefined && owned !== undefined) {
    // The sheet's own ownership column decides; the answer may still name the platform.
    return insightFrom(
      {
        responsibility: owned,
        responsibleParty:
          owned === 'platform' || owned === 'shared' ? stated.responsibleParty : NO_PARTIES,
        responsibilityEvidence: [cellEvidence('caiq.ownership', ownership, 'ownership')]
      },
      finding
    );
  }
  // Items with the same text and the same flag (the finding objects are shared, see ./flags)
  // share one insight: read it, do not change it.
  if (answer.insight === undefined || answer.insightFlag !== finding) {
    answer.insight = insightFrom(stated, finding);
    answer.insightFlag = finding;
  }
  return answer.insight;
}

/** The insight for one item. */
export function analyseItem(item: AnalysedItem): ItemInsight {
  return insightOf(item, new Answer(item.answer));
}

/**
 * The insights for a parsed document's items, in the same order. Vendors repeat their answers
 * word for word ("本事項はSalesforceに準じます" under a dozen items): each distinct text is read
 * once, and items with the same text share its evidence objects, and their insight when their
 * flag is the same too (read them, do not change them).
 */
export function analyseItems(items: readonly AnalysedItem[]): ItemInsight[] {
  const answers = new Map<string, Answer>();
  const insights: ItemInsight[] = new Array<ItemInsight>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    let answer = answers.get(item.answer);
    if (answer === undefined) {
      answer = new Answer(item.answer);
      answers.set(item.answer, answer);
    }
    insights[index] = insightOf(item, answer);
  }
  return insights;
}
