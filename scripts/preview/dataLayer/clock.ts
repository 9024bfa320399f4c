/**
 * Dates as Apex sees them: `Date.today()` in the user's time zone (the browser's), dates as
 * 'YYYY-MM-DD' strings (how a Date reaches JavaScript), `Date.addMonths` clamping to the end
 * of a shorter month.
 */

/** A clock the layer reads; tests pass a fixed one. */
export type Clock = () => Date;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The local calendar date of `moment`, 'YYYY-MM-DD'. */
export function dateOf(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const moment = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(moment.getUTCFullYear(), 4)}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())}`;
}

/** Apex `Date.addMonths`: 2025-01-31 + 1 month is 2025-02-28. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** True for a 'YYYY-MM-DD' string naming a real calendar date. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = parts(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * CreatedDate / LastModifiedDate stamps: the clock's milliseconds, but always later than the
 * previous stamp, so records made in the same millisecond still have an order.
 */
export class Stamps {
  private last = 0;
  private readonly clock: Clock;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  next(): number {
    this.last = Math.max(this.clock().getTime(), this.last + 1);
    return this.last;
  }
}

/** A stamp as an Apex Datetime reaches JavaScript: ISO 8601 in UTC with milliseconds. */
export function datetimeText(stamp: number): string {
  return new Date(stamp).toISOString();
}
