/**
 * Security topics: what a questionnaire item is about, as stable codes from our own taxonomy
 * (./taxonomy), in Japanese and English alike. Alignment uses them to pair items worded
 * differently or written in another language; the command line prints them per item, and the UI
 * can show and filter by them. Pure TypeScript: no DOM, no platform modules.
 */
import type { ChecksheetItem } from 'c/checksheetModel';
import { TOPICS } from './taxonomy';
import { topicMatcher } from './topicMatcher';

export { TOPICS } from './taxonomy';
export type { TopicDefinition } from './taxonomy';

/**
 * A question shorter than this (in letters and digits) that does not end as a sentence (。 . ? ？)
 * is a heading — a white-paper section title such as "クロック" — and its topics also come from
 * the start of its answer (the body). A short question ("時刻を同期していること。") keeps its
 * own: its answer is the vendor's remark, not a description of the topic.
 */
export const HEADING_LENGTH = 24;

/** How much of a heading's answer is read for topics (UTF-16 code units). */
export const HEADING_ANSWER_PREFIX = 200;

/**
 * Web addresses and mail domains name places, not topics ("https://…/shared-responsibility/" is
 * no statement about encryption in transit): they are blanked before matching. Both patterns
 * start at a fixed string ("http", "@") and cannot backtrack, so this stays linear.
 */
const ADDRESSES = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*|@[A-Za-z0-9.-]+/gu;

function matchTopics(text: string): number[] {
  return topicMatcher().match(text.replace(ADDRESSES, ' '));
}

/** The codes of the topics `text` mentions, parents included, in taxonomy order. */
export function topicsOf(text: string): string[] {
  return matchTopics(text).map((index) => TOPICS[index].code);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits in `text`, counted up to `limit`. */
function lettersUpTo(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i += 1) {
    if (LETTER_OR_DIGIT.test(text[i])) count += 1;
  }
  return count;
}

const SENTENCE_END = /[。．.?？!！]\s*$/u;

function isHeading(question: string): boolean {
  return lettersUpTo(question, HEADING_LENGTH) < HEADING_LENGTH && !SENTENCE_END.test(question);
}

/**
 * The topics of one item, as every part of the package computes them: those of its question,
 * and, when the question is a short heading, those of the start of its answer too.
 */
export function itemTopics(item: Pick<ChecksheetItem, 'question' | 'answer'>): string[] {
  const found = new Set(matchTopics(item.question));
  if (item.answer && isHeading(item.question)) {
    for (const index of matchTopics(item.answer.slice(0, HEADING_ANSWER_PREFIX))) {
      found.add(index);
    }
  }
  return [...found].sort((x, y) => x - y).map((index) => TOPICS[index].code);
}
