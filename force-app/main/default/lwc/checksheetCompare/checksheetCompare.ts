/**
 * Comparing checksheets: several vendors side by side (`compareChecksheets`), or two versions of
 * one vendor's sheet (`diffVersions`). The public face of the bundle; everything it returns is
 * plain JSON-serialisable data.
 */
export {
  alignRows,
  cellOf,
  compareChecksheets,
  classify,
  DIFFERENCE_CLASSES
} from './compareChecksheets';
export type {
  Comparison,
  ComparisonCell,
  ComparisonRow,
  DifferenceClass,
  AlignedRow,
  RowSlot
} from './compareChecksheets';
export {
  LINK_RELATIONSHIPS,
  linkRows,
  linkedComparison,
  samePair,
  withDecision
} from './linkDecisions';
export type {
  IdentifiedItem,
  LinkDecision,
  LinkMethod,
  LinkRelationship,
  LinkedCell,
  LinkedComparison,
  LinkedRow,
  PairMethod
} from './linkDecisions';
export { characterDiff } from './characterDiff';
export type { TextChange } from './characterDiff';
export { diffVersions, changedFields } from './diffVersions';
export type { ChangedField, VersionChange, VersionDiff, VersionDiffEntry } from './diffVersions';
export { mergeOrder } from './mergeOrder';
export type { MergedSlot } from './mergeOrder';
