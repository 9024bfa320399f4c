import type { ListItem } from 'c/checksheetItemList';
import {
  answerFlagOptions,
  correctedDetail,
  dateTimeText,
  isCorrected,
  responsibilityOptions
} from '../correctionText';

const ITEM: ListItem = {
  id: 'a',
  itemNumber: '1-1',
  section: '',
  question: 'Q',
  status: 'Partial',
  statusMark: '△',
  answer: 'Keys rotated yearly.'
};

/** A moment in the test's local time, as Apex would send it (ISO 8601, UTC). */
const localIso = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).toISOString();

describe('correction text', () => {
  it('says nothing for an item never corrected', () => {
    expect(isCorrected(ITEM)).toBe(false);
    expect(correctedDetail(ITEM)).toBe('');
    expect(isCorrected({ ...ITEM, originalReading: '', correctedOn: '' })).toBe(false);
  });

  it('names who, when and what the document said, field by field', () => {
    const item: ListItem = {
      ...ITEM,
      originalReading: JSON.stringify({
        status: 'Implemented',
        statusMark: '○',
        answer: 'AES-256\non evry volume.',
        responsibility: 'Platform',
        answerFlag: 'None',
        question: ''
      }),
      correctedByName: 'Riko Reviewer',
      correctedOn: localIso(2026, 12, 1, 9, 5)
    };
    expect(isCorrected(item)).toBe(true);
    expect(correctedDetail(item)).toBe(
      'Corrected by Riko Reviewer on 2026-12-01 09:05. The document said: status: Implemented; ' +
        'mark: ○; question: (blank); answer: “AES-256 on evry volume.”; responsibility: Platform; ' +
        'answer flag: None'
    );
    expect(
      correctedDetail({
        ...item,
        originalReading: JSON.stringify({ answerFlag: 'Hedged', answer: 'x'.repeat(200) })
      })
    ).toBe(
      `Corrected by Riko Reviewer on 2026-12-01 09:05. The document said: answer: “${'x'.repeat(119)}…”; answer flag: Hedged`
    );
  });

  it('stays readable when what is stored is missing or unreadable', () => {
    expect(correctedDetail({ ...ITEM, correctedOn: 'soon', originalReading: 'not json' })).toBe(
      'Corrected by — on soon. The document said: —'
    );
    expect(dateTimeText(undefined)).toBe('');
  });

  it('offers "—" and every value for responsibility and answer flag', () => {
    expect(responsibilityOptions().map((option) => option.value)).toEqual([
      '',
      'Vendor',
      'Platform',
      'Shared',
      'Customer',
      'Unstated'
    ]);
    expect(answerFlagOptions().map((option) => option.label)).toEqual([
      'None',
      'Hedged',
      'Contradicts',
      'No text',
      'Unexplained N/A'
    ]);
  });
});
