import {
  NO_FOLLOW_UPS,
  addDays,
  addFollowUps,
  hasOpenFollowUp,
  localToday
} from 'c/checksheetReview';

const task = (id: string, itemId: string, activityDate: string | null, isClosed = false) => ({
  id,
  itemId,
  activityDate,
  isClosed
});

describe('follow-ups by item', () => {
  it('keeps each item its open follow-ups, soonest first and undated last', () => {
    const map = addFollowUps(NO_FOLLOW_UPS, [
      task('t1', 'i1', null),
      task('t2', 'i1', '2026-12-01'),
      task('t3', 'i2', '2026-11-01', true)
    ]);
    expect(map.i1.map((followUp) => followUp.id)).toEqual(['t2', 't1']);
    expect(hasOpenFollowUp(map, 'i1')).toBe(true);
    expect(hasOpenFollowUp(map, 'i2')).toBe(false);
  });

  it('adds new ones without changing the map it was given, a Task already there replaced', () => {
    const first = addFollowUps(NO_FOLLOW_UPS, [task('t1', 'i1', '2026-12-01')]);
    const second = addFollowUps(first, [
      task('t1', 'i1', '2026-12-05'),
      task('t2', 'i1', '2026-12-02')
    ]);
    expect(first.i1).toHaveLength(1);
    expect(second.i1.map((followUp) => [followUp.id, followUp.activityDate])).toEqual([
      ['t2', '2026-12-02'],
      ['t1', '2026-12-05']
    ]);
  });

  it('counts due dates in calendar days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
