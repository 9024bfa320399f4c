/**
 * Which items a reviewer sees: search by words of the number, section, question or answer, and
 * filters by status, verdict (or none, or to follow up) and reviewer insight. Pure functions over the items the page loaded; a 5,000-item checksheet is
 * filtered in a few milliseconds because each item's search text is built once per list.
 */

/** The item fields the list shows: `ChecksheetItemDto` of `c/checksheetApi` has all of them. */
export interface ListItem {
  id: string;
  itemNumber: string;
  section: string;
  question: string;
  /** `Status__c` picklist API value (`Implemented`, `Partial`, …). */
  status: string;
  /** The mark as the vendor wrote it (○, △, ×, -, YES…). */
  statusMark: string;
  /** 備考: the vendor's answer text. */
  answer: string;
  sourceSheet?: string;
  /** The reviewer's verdict (`Reviewer_Verdict__c` API value), '' or absent when none. */
  reviewerVerdict?: string;
  reviewerComment?: string;
  /** `Responsibility__c` as stored (the engine's finding, or a reviewer's correction). */
  responsibility?: string;
  /** The parties the answer names, joined by ", ". */
  responsibleParty?: string;
  /** `Answer_Flag__c` as stored; `None` or '' when nothing was found. */
  answerFlag?: string;
  answerFlagReason?: string;
  /** What the document said before a reviewer corrected the item (JSON), '' or absent when never. */
  originalReading?: string;
  /** Who last corrected the reading, and when (ISO 8601). */
  correctedByName?: string;
  correctedOn?: string;
}

/** Verdict filter values besides a verdict's API value: every item, or those without one. */
export const ALL_VERDICTS = '';
export const NOT_REVIEWED = '-';
/** Verdict filter: items to follow up (verdict Follow_Up, or an open follow-up Task). */
export const FOLLOW_UPS = '+';

/** Insight filter values: every item, any flagged answer, or `flag:<value>` / `responsibility:<value>`. */
export const ALL_INSIGHTS = '';
export const ANY_FLAG = 'flag:*';
export const flagCriterion = (value: string): string => `flag:${value}`;
export const responsibilityCriterion = (value: string): string => `responsibility:${value}`;

/** Whether an item's stored answer flag is one worth a look (not None, not blank). */
export function isFlagged(item: ListItem): boolean {
  return Boolean(item.answerFlag) && item.answerFlag !== 'None';
}

export interface ItemCriteria {
  /** Words to find; every word must appear (in any field, any case, full- or half-width). */
  query: string;
  /** A `Status__c` API value, or '' for every status. */
  status: string;
  /**
   * A verdict API value, `NOT_REVIEWED` for items without a verdict, or `ALL_VERDICTS`. The
   * verdict compared is `verdictOf(item)`: a reviewer's unsaved choice counts.
   */
  verdict?: string;
  /** `ALL_INSIGHTS`, `ANY_FLAG`, `flagCriterion(value)` or `responsibilityCriterion(value)`. */
  insight?: string;
}

/** Folds case and full/half width, so that "ＡＷＳ", "aws" and "AWS" are one word. */
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const SEARCH_TEXTS = new WeakMap<readonly ListItem[], string[]>();

/** Each item's searchable text, built once per list of items. */
function searchTexts(items: readonly ListItem[]): string[] {
  let texts = SEARCH_TEXTS.get(items);
  if (texts === undefined) {
    texts = items.map((item) =>
      searchForm(`${item.itemNumber}\n${item.section}\n${item.question}\n${item.answer}`)
    );
    SEARCH_TEXTS.set(items, texts);
  }
  return texts;
}

/** The words of a query, folded; blank queries have none. */
export function queryWords(query: string): string[] {
  return searchForm(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

function matchesVerdict(verdict: string, wanted: string, followedUp: boolean): boolean {
  if (wanted === ALL_VERDICTS) return true;
  if (wanted === NOT_REVIEWED) return verdict === '';
  if (wanted === FOLLOW_UPS) return verdict === 'Follow_Up' || followedUp;
  return verdict === wanted;
}

function matchesInsight(item: ListItem, wanted: string): boolean {
  if (wanted === ALL_INSIGHTS) return true;
  if (wanted === ANY_FLAG) return isFlagged(item);
  if (wanted === flagCriterion(item.answerFlag ?? '')) return true;
  return wanted === responsibilityCriterion(item.responsibility ?? '');
}

/**
 * The items that match, in their order. `verdictOf` gives the verdict an item shows (by default
 * its saved one; the review page passes the reviewer's unsaved choice where there is one);
 * `followedUp` says whether an item has an open follow-up Task (for `FOLLOW_UPS`).
 */
export function filterItems(
  items: readonly ListItem[],
  criteria: ItemCriteria,
  verdictOf: (item: ListItem) => string = (item) => item.reviewerVerdict ?? '',
  followedUp: (item: ListItem) => boolean = () => false
): ListItem[] {
  const words = queryWords(criteria.query);
  const verdict = criteria.verdict ?? ALL_VERDICTS;
  const insight = criteria.insight ?? ALL_INSIGHTS;
  if (
    words.length === 0 &&
    criteria.status === '' &&
    verdict === ALL_VERDICTS &&
    insight === ALL_INSIGHTS
  ) {
    return [...items];
  }
  const texts = words.length > 0 ? searchTexts(items) : [];
  const out: ListItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (criteria.status !== '' && item.status !== criteria.status) continue;
    if (verdict !== ALL_VERDICTS && !matchesVerdict(verdictOf(item), verdict, followedUp(item))) {
      continue;
    }
    if (!matchesInsight(item, insight)) continue;
    if (words.length > 0 && !words.every((word) => texts[i].includes(word))) continue;
    out.push(item);
  }
  return out;
}

export interface SectionEntry {
  /** The section heading as the document wrote it; '' for items before any section. */
  section: string;
  /** Position of its first item in the list. */
  firstIndex: number;
  count: number;
}

/** The sections of a list in order of first appearance, with where each starts. */
export function sectionsOf(items: readonly ListItem[]): SectionEntry[] {
  const bySection = new Map<string, SectionEntry>();
  items.forEach((item, index) => {
    const entry = bySection.get(item.section);
    if (entry) entry.count++;
    else bySection.set(item.section, { section: item.section, firstIndex: index, count: 1 });
  });
  return [...bySection.values()];
}

/** How many items have each status value. */
export function countByStatus(items: readonly ListItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return counts;
}
