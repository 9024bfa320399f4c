import { LABELS, formatLabel, statusOptions, statusStyle, statusText } from 'c/checksheetLabels';

describe('checksheetLabels', () => {
  it('gives the real English text of each label', () => {
    expect(LABELS.Search_Items).toBe('Search items');
    expect(formatLabel(LABELS.List_Showing, 1, 100, 250)).toBe('Showing 1–100 of 250 items');
  });

  it('fills placeholders by position and keeps those without an argument', () => {
    expect(formatLabel('{1} / {0} / {2}', 'a', 'b')).toBe('b / a / {2}');
  });

  it('names each status value in words, and shows an unknown value as it is', () => {
    expect(statusText('Not_Implemented')).toBe('Not implemented');
    expect(statusText('Something_Else')).toBe('Something_Else');
    expect(statusOptions().map((option) => option.value)).toEqual([
      'Implemented',
      'Partial',
      'Not_Implemented',
      'Not_Applicable',
      'None'
    ]);
  });

  it('styles each status, and an unknown value as no answer', () => {
    expect(statusStyle('Partial')).toBe('partial');
    expect(statusStyle('Not_Applicable')).toBe('not-applicable');
    expect(statusStyle('?')).toBe('none');
  });
});
