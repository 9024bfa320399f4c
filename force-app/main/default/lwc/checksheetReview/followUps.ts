/**
 * A checksheet's open follow-up Tasks, kept by item Id so that each item shows its own and the
 * "follow-ups" filter can ask whether an item has one. Immutable, like the drafts: every change
 * returns a new map, which a component assigns to re-render.
 */
import type { FollowUpDto } from 'c/checksheetApi';

/** Open follow-ups by item Id, each item's in due-date order (undated last). */
export type FollowUpsByItem = Readonly<Record<string, readonly FollowUpDto[]>>;

export const NO_FOLLOW_UPS: FollowUpsByItem = Object.freeze({});

/** Days from today that a new follow-up is due unless the reviewer picks another date. */
export const FOLLOW_UP_DAYS = 14;

function byDueDate(a: FollowUpDto, b: FollowUpDto): number {
  const left = a.activityDate ?? '9999-99-99';
  const right = b.activityDate ?? '9999-99-99';
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Adds follow-ups to the map (a Task already there by Id is replaced); closed ones are left out. */
export function addFollowUps(
  current: FollowUpsByItem,
  followUps: readonly FollowUpDto[]
): FollowUpsByItem {
  const next: Record<string, FollowUpDto[]> = {};
  for (const [itemId, list] of Object.entries(current)) next[itemId] = [...list];
  for (const followUp of followUps) {
    if (followUp.isClosed === true) continue;
    const list = (next[followUp.itemId] ?? []).filter((task) => task.id !== followUp.id);
    list.push(followUp);
    next[followUp.itemId] = list.sort(byDueDate);
  }
  return next;
}

/** Whether the item has an open follow-up Task. */
export function hasOpenFollowUp(followUps: FollowUpsByItem, itemId: string): boolean {
  return (followUps[itemId]?.length ?? 0) > 0;
}

/** `today` ('YYYY-MM-DD') plus `days`, as a 'YYYY-MM-DD' date (calendar days, no time zone). */
export function addDays(today: string, days: number): string {
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** Today in the browser's calendar, as 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
