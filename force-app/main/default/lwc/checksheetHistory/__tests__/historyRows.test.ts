/**
 * What a reviewer reads in the History section: the field's label (after the item number for an
 * item's change), values in the words of the one vocabulary, blank said so, a long text as
 * "changed", the moment in their locale and time zone.
 */
import type { HistoryRowDto } from 'c/checksheetApi';
import { CHECKSHEET_FIELDS, TRACKED_FIELD_KINDS } from 'c/checksheetSchema';
import {
  TRACKED_FIELD_LABELS,
  fieldLabel,
  historyLines,
  valueText,
  whenText
} from '../historyRows';
import FIXTURE from './data/ChecksheetReadController.getChecksheetHistory.json';

const ROWS = FIXTURE.rows as HistoryRowDto[];

describe('historyLines', () => {
  it('says when, who, what and from → to for each row, newest first', () => {
    expect(historyLines(ROWS, 'en-US', 'Asia/Tokyo')).toEqual([
      {
        key: '017000000000003AAA',
        changedAt: '2026-03-10T03:05:00.000Z',
        when: 'Mar 10, 2026, 12:05 PM',
        who: 'Riko Reviewer',
        what: 'Item 1-1: Comment',
        change: 'Changed (history keeps no text for this field)'
      },
      expect.objectContaining({ what: 'Item 1-1: Verdict', change: '(blank) → Follow up' }),
      expect.objectContaining({
        who: 'Riko Reviewer',
        what: 'Review status',
        change: 'Received → In review'
      })
    ]);
  });

  it('leaves the item number out when the list is one item', () => {
    const [, verdict] = historyLines(ROWS, 'en-US', 'UTC', false);
    expect(verdict.what).toBe('Verdict');
  });

  it('names an unknown user with a dash', () => {
    const [line] = historyLines([{ ...ROWS[2], changedByName: null }], 'en-US', 'UTC');
    expect(line.who).toBe('—');
  });

  it('keeps a value as text, markup included', () => {
    const [line] = historyLines(
      [
        {
          ...ROWS[2],
          field: CHECKSHEET_FIELDS.documentVersion,
          newValue: '<img src=x onerror=alert(1)>'
        }
      ],
      'en-US',
      'UTC'
    );
    expect(line.change).toBe('Received → <img src=x onerror=alert(1)>');
  });
});

describe('valueText', () => {
  it('reads picklist API values in the vocabulary', () => {
    expect(valueText('Review_Status__c', 'Approved_With_Conditions')).toBe(
      'Approved with conditions'
    );
    expect(valueText('Reviewer_Verdict__c', 'Risk_Accepted')).toBe('Risk accepted');
    expect(valueText('Status__c', 'Not_Implemented')).toBe('Not implemented');
    expect(valueText('Responsibility__c', 'Platform')).toBe('Platform');
  });

  it('says a blank value is blank, and so the answer flag None', () => {
    expect(valueText('Reviewer_Verdict__c', null)).toBe('(blank)');
    expect(valueText('Reviewer_Verdict__c', undefined)).toBe('(blank)');
    expect(valueText('Answer_Flag__c', 'None')).toBe('(blank)');
  });

  it('shows text, dates and names as they are', () => {
    expect(valueText('Next_Review_On__c', '2027-03-31')).toBe('2027-03-31');
    expect(valueText('Reviewer__c', 'Riko Reviewer')).toBe('Riko Reviewer');
    expect(valueText('Review_Status__c', 'Some_New_Value')).toBe('Some_New_Value');
  });
});

describe('fieldLabel', () => {
  it('has a label for every tracked field', () => {
    expect(Object.keys(TRACKED_FIELD_LABELS).sort()).toEqual(
      Object.keys(TRACKED_FIELD_KINDS).sort()
    );
    expect(fieldLabel('Next_Review_On__c')).toBe('Next review');
  });

  it('reads an unknown field as its API name', () => {
    expect(fieldLabel('Other__c')).toBe('Other__c');
  });
});

describe('whenText', () => {
  it('formats in the locale and time zone given', () => {
    expect(whenText('2026-03-10T03:05:00.000Z', 'ja-JP', 'Asia/Tokyo')).toBe('2026/03/10 12:05');
  });

  it('keeps what it cannot format', () => {
    expect(whenText(undefined, 'en-US', 'UTC')).toBe('');
    expect(whenText('not a date', 'en-US', 'UTC')).toBe('not a date');
    expect(whenText('2026-03-10T03:05:00.000Z', 'en-US', 'Nowhere/Else')).toBe(
      '2026-03-10T03:05:00.000Z'
    );
  });
});
