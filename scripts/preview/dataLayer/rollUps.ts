/**
 * The roll-up summary fields of Checksheet__c and its Coverage__c formula, computed as the org
 * computes them (`objects/Checksheet__c/fields/*.field-meta.xml`; a test reads those files and
 * checks this table against them).
 */
import { CHECKSHEET_FIELDS, CHECKSHEET_ITEM_FIELDS } from 'c/checksheetSchema';
import { STATUS_PICKLIST_VALUES } from 'c/checksheetStatus';
import type { ItemRecord } from './records';
import { FOLLOW_UP_VERDICT } from './vocabulary';

/** A COUNT roll-up, with its one "equals" filter when it has one. */
export interface RollUp {
  /** The Checksheet__c summary field. */
  field: string;
  filter?: {
    itemField: string;
    operation?: 'equals' | 'notEqual';
    value: string;
    property: 'status' | 'reviewerVerdict' | 'answerFlag' | 'responsibility';
  };
}

export const ROLL_UPS = {
  itemCount: { field: CHECKSHEET_FIELDS.itemCount },
  implementedCount: {
    field: CHECKSHEET_FIELDS.implementedCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.status,
      value: STATUS_PICKLIST_VALUES.implemented,
      property: 'status'
    }
  },
  partialCount: {
    field: CHECKSHEET_FIELDS.partialCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.status,
      value: STATUS_PICKLIST_VALUES.partial,
      property: 'status'
    }
  },
  notImplementedCount: {
    field: CHECKSHEET_FIELDS.notImplementedCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.status,
      value: STATUS_PICKLIST_VALUES.not_implemented,
      property: 'status'
    }
  },
  notApplicableCount: {
    field: CHECKSHEET_FIELDS.notApplicableCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.status,
      value: STATUS_PICKLIST_VALUES.not_applicable,
      property: 'status'
    }
  },
  followUpCount: {
    field: CHECKSHEET_FIELDS.followUpCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.reviewerVerdict,
      value: FOLLOW_UP_VERDICT,
      property: 'reviewerVerdict'
    }
  },
  flaggedCount: {
    field: CHECKSHEET_FIELDS.flaggedCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.answerFlag,
      operation: 'notEqual',
      value: 'None',
      property: 'answerFlag'
    }
  },
  platformDelegatedCount: {
    field: CHECKSHEET_FIELDS.platformDelegatedCount,
    filter: {
      itemField: CHECKSHEET_ITEM_FIELDS.responsibility,
      value: 'Platform',
      property: 'responsibility'
    }
  }
} as const satisfies Record<string, RollUp>;

export type RollUpCounts = Record<keyof typeof ROLL_UPS, number>;

const KEYS = Object.keys(ROLL_UPS) as (keyof typeof ROLL_UPS)[];

export function emptyCounts(): RollUpCounts {
  return Object.fromEntries(KEYS.map((key) => [key, 0])) as RollUpCounts;
}

function counts(rollUp: RollUp, item: ItemRecord): boolean {
  if (rollUp.filter === undefined) return true;
  const equal = item[rollUp.filter.property] === rollUp.filter.value;
  return rollUp.filter.operation === 'notEqual' ? !equal : equal;
}

/**
 * Applies an item's change to the counts: `before` undefined for an insert, `after` undefined
 * for a delete. Returns true when any count changed.
 */
export function applyItemChange(
  totals: RollUpCounts,
  before: ItemRecord | undefined,
  after: ItemRecord | undefined
): boolean {
  let changed = false;
  for (const key of KEYS) {
    const rollUp: RollUp = ROLL_UPS[key];
    const delta =
      (after !== undefined && counts(rollUp, after) ? 1 : 0) -
      (before !== undefined && counts(rollUp, before) ? 1 : 0);
    if (delta !== 0) {
      totals[key] += delta;
      changed = true;
    }
  }
  return changed;
}

/** Coverage__c's scale: one decimal place. */
const COVERAGE_SCALE = 1;

/**
 * Coverage__c: IF(Item_Count__c - Not_Applicable_Count__c = 0, NULL,
 * Implemented_Count__c / (Item_Count__c - Not_Applicable_Count__c)), a Percent with scale 1,
 * which Apex reads as a percentage (0.5 → 50.0), rounded half up.
 */
export function coverage(totals: RollUpCounts): number | null {
  const applicable = totals.itemCount - totals.notApplicableCount;
  if (applicable === 0) return null;
  const factor = 10 ** COVERAGE_SCALE;
  return Math.round((totals.implementedCount * 100 * factor) / applicable) / factor;
}
