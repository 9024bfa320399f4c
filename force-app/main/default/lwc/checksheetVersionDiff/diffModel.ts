/**
 * What the version diff shows: two versions of one vendor's sheet (the Supersedes__c chain)
 * compared item by item by `c/checksheetCompare`'s `diffVersions`, each entry as the template
 * binds it, with the changed answer's characters marked. Pure functions, tested without a DOM.
 */
import type {
  ChangedField,
  IdentifiedItem,
  TextChange,
  VersionChange,
  VersionDiff,
  VersionDiffEntry
} from 'c/checksheetCompare';
import { characterDiff, diffVersions } from 'c/checksheetCompare';
import { LABELS, formatLabel } from 'c/checksheetLabels';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';

/** Entries per page: what is rendered, whatever the sheets' size. */
export const DIFF_PAGE_SIZE = 50;

export const CHANGES: readonly VersionChange[] = ['changed', 'added', 'removed', 'unchanged'];

export const CHANGE_TEXT: Readonly<Record<VersionChange, string>> = Object.freeze({
  added: LABELS.Diff_Added,
  removed: LABELS.Diff_Removed,
  changed: LABELS.Diff_Changed,
  unchanged: LABELS.Diff_Unchanged
});

const FIELD_TEXT: Readonly<Record<ChangedField, string>> = Object.freeze({
  question: LABELS.Field_Question,
  status: LABELS.Field_Status,
  mark: LABELS.Field_Mark,
  answer: LABELS.Field_Answer
});

/** Compares the older and the newer version's items. */
export function diffSheets(
  older: readonly IdentifiedItem[],
  newer: readonly IdentifiedItem[]
): VersionDiff {
  return diffVersions({ items: [...older] }, { items: [...newer] });
}

/** A run of answer text; `changed` marks what the other version lacks. */
export interface TextRun {
  key: string;
  text: string;
  changed: boolean;
}

export interface DiffSide {
  present: boolean;
  number: string;
  status: string;
  mark: string;
  hasMark: boolean;
  runs: TextRun[];
  hasAnswer: boolean;
}

export interface DiffRowView {
  key: string;
  change: VersionChange;
  changeText: string;
  changeClass: string;
  rowClass: string;
  renumbered: boolean;
  renumberText: string;
  fieldsText: string;
  question: string;
  section: string;
  older: DiffSide;
  newer: DiffSide;
}

const runs = (changes: TextChange[], keep: 'delete' | 'insert'): TextRun[] =>
  changes
    .filter((change) => change.kind === 'equal' || change.kind === keep)
    .map((change, index) => ({
      key: `r${index}`,
      text: change.text,
      changed: change.kind !== 'equal'
    }));

function side(item: IdentifiedItem | undefined, answerRuns: TextRun[] | undefined): DiffSide {
  if (!item) {
    return {
      present: false,
      number: '',
      status: '',
      mark: '',
      hasMark: false,
      runs: [],
      hasAnswer: false
    };
  }
  return {
    present: true,
    number: item.number,
    status: STATUS_PICKLIST_VALUES[item.status],
    mark: item.mark,
    hasMark: item.mark !== '',
    runs: answerRuns ?? [{ key: 'r0', text: item.answer, changed: false }],
    hasAnswer: item.answer.trim() !== ''
  };
}

/** One entry as the template binds it; a changed answer's characters are marked on each side. */
export function diffRowView(entry: VersionDiffEntry, index: number): DiffRowView {
  const older = entry.older as IdentifiedItem | undefined;
  const newer = entry.newer as IdentifiedItem | undefined;
  let olderRuns: TextRun[] | undefined;
  let newerRuns: TextRun[] | undefined;
  if (older && newer && entry.fields.includes('answer')) {
    const changes = characterDiff(older.answer, newer.answer);
    olderRuns = runs(changes, 'delete');
    newerRuns = runs(changes, 'insert');
  }
  const current = newer ?? older;
  return {
    key: `${older?.id ?? ''}|${newer?.id ?? ''}|${index}`,
    change: entry.change,
    changeText: CHANGE_TEXT[entry.change],
    changeClass: `slds-badge diff-change diff-change_${entry.change}`,
    rowClass: `diff-grid__row diff-grid__row_${entry.change}`,
    renumbered: entry.renumbered,
    renumberText: entry.renumbered
      ? formatLabel(LABELS.Diff_Renumbered, older?.number ?? '', newer?.number ?? '')
      : '',
    fieldsText:
      entry.fields.length > 0
        ? formatLabel(
            LABELS.Diff_Changed_Fields,
            entry.fields.map((field) => FIELD_TEXT[field]).join(', ')
          )
        : '',
    question: current?.question ?? '',
    section: current?.section ?? '',
    older: side(older, olderRuns),
    newer: side(newer, newerRuns)
  };
}

export interface ChangeCount {
  key: VersionChange;
  text: string;
  badgeClass: string;
}

/** Entries per change, and how many were renumbered. */
export function changeCounts(diff: VersionDiff): ChangeCount[] {
  return CHANGES.map((key) => ({
    key,
    text: formatLabel(LABELS.Compare_Count, CHANGE_TEXT[key], diff.counts[key]),
    badgeClass: `slds-badge diff-change diff-change_${key}`
  }));
}

/** The entries shown: every one, or only those that changed (added, removed, changed, renumbered). */
export function shownEntries(diff: VersionDiff, changesOnly: boolean): VersionDiffEntry[] {
  return changesOnly
    ? diff.entries.filter((entry) => entry.change !== 'unchanged' || entry.renumbered)
    : diff.entries;
}
