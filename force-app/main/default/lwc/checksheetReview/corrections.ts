/**
 * A reviewer's corrections of how items were read from the document (status, mark, question,
 * answer, responsibility, answer flag): which items have an editor open with what was typed, which
 * are being saved, and why a save failed — kept by item Id so that a failed save keeps the typed
 * text. Immutable: every change returns a new state. Also reads what Apex keeps of the document's
 * original reading (`ChecksheetItemDto.originalReading`).
 */
import type { ItemCorrection } from 'c/checksheetApi';
import { NO_ANSWER_FLAG, READING_FIELDS } from 'c/checksheetSchema';

/** A read field a reviewer may correct (c/checksheetSchema's `READING_FIELDS`). */
export type ReadingField = (typeof READING_FIELDS)[number];

/** An item's reading as the editor holds it: '' for blank. */
export type Reading = Record<ReadingField, string>;

/** What an item has of its reading (a `ListItem` of `c/checksheetItemList` has all of it). */
export interface ReadItem {
  status: string;
  statusMark: string;
  question: string;
  answer: string;
  responsibility?: string;
  answerFlag?: string;
}

export interface CorrectionState {
  /** Open editors by item Id, with the values typed so far. */
  open: Readonly<Record<string, Reading>>;
  /** Why the last save of an item's correction failed (cleared when it is edited or saved). */
  errors: Readonly<Record<string, string>>;
  /** Items whose correction is being saved. */
  saving: ReadonlySet<string>;
}

export const NO_CORRECTIONS: CorrectionState = Object.freeze({
  open: {},
  errors: {},
  saving: new Set<string>()
});

/** The reading an item has now, as the editor starts from it. */
export function readingOf(item: ReadItem): Reading {
  return {
    status: item.status,
    statusMark: item.statusMark,
    question: item.question,
    answer: item.answer,
    responsibility: item.responsibility ?? '',
    answerFlag: item.answerFlag || NO_ANSWER_FLAG
  };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function withoutId(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const copy = new Set(set);
  copy.delete(id);
  return copy;
}

/** Opens the editor of an item on `reading` (an editor already open keeps what was typed). */
export function openCorrection(
  state: CorrectionState,
  id: string,
  reading: Reading
): CorrectionState {
  if (state.open[id] !== undefined) return state;
  return { ...state, open: { ...state.open, [id]: { ...reading } } };
}

/** One field typed or chosen in an open editor. */
export function editCorrection(
  state: CorrectionState,
  id: string,
  field: ReadingField,
  value: string
): CorrectionState {
  const current = state.open[id];
  if (current === undefined || !(READING_FIELDS as readonly string[]).includes(field)) {
    return state;
  }
  return {
    ...state,
    open: { ...state.open, [id]: { ...current, [field]: value } },
    errors: without(state.errors, id)
  };
}

/** Closes an editor without saving. */
export function cancelCorrection(state: CorrectionState, id: string): CorrectionState {
  return {
    open: without(state.open, id),
    errors: without(state.errors, id),
    saving: withoutId(state.saving, id)
  };
}

export function isCorrecting(state: CorrectionState, id: string): boolean {
  return state.open[id] !== undefined;
}

/** A save has started: the editor stays open, its fields kept. */
export function correctionSaving(state: CorrectionState, id: string): CorrectionState {
  return { ...state, errors: without(state.errors, id), saving: new Set([...state.saving, id]) };
}

/** The save succeeded: the editor closes. */
export function correctionSaved(state: CorrectionState, id: string): CorrectionState {
  return cancelCorrection(state, id);
}

/** The save failed: the editor stays open with what was typed, and says why. */
export function correctionFailed(
  state: CorrectionState,
  id: string,
  reason: string
): CorrectionState {
  return {
    ...state,
    errors: { ...state.errors, [id]: reason },
    saving: withoutId(state.saving, id)
  };
}

const blankToNull = (value: string): string | null => (value === '' ? null : value);

/** What `correctItems` is sent for an open editor: blank text clears a field. */
export function toItemCorrection(id: string, reading: Reading): ItemCorrection {
  return {
    itemId: id,
    status: reading.status,
    statusMark: blankToNull(reading.statusMark),
    question: blankToNull(reading.question),
    answer: blankToNull(reading.answer),
    responsibility: blankToNull(reading.responsibility),
    answerFlag: reading.answerFlag || NO_ANSWER_FLAG
  };
}

/**
 * What the document said before the item was corrected: the corrected fields only, in
 * `READING_FIELDS` order ('' for a field the document left blank). Empty when the item was never
 * corrected or the stored reading cannot be read.
 */
export function originalReadingOf(
  json: string | null | undefined
): { field: ReadingField; value: string }[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  const reading = parsed as Record<string, unknown>;
  return READING_FIELDS.filter((field) => field in reading).map((field) => ({
    field,
    value: reading[field] === null || reading[field] === undefined ? '' : String(reading[field])
  }));
}
