import { carriedReviews } from 'c/checksheetReview';
import type { VersionItem } from 'c/checksheetReview';

const item = (id: string, n: string, question: string, fields: Partial<VersionItem> = {}) => ({
  id,
  itemNumber: n,
  section: '1 組織',
  question,
  status: 'Implemented',
  statusMark: '○',
  answer: `${question}について規程を定めています。`,
  ...fields
});

const PREVIOUS: VersionItem[] = [
  item('old1', '1-1', '情報セキュリティ基本方針を文書化しているか', {
    reviewerVerdict: 'Acceptable',
    reviewerComment: 'Policy seen.'
  }),
  item('old2', '1-2', '方針を年に一度見直しているか', { reviewerVerdict: 'Follow_Up' }),
  item('old3', '1-3', '委託先の管理を行っているか', { reviewerVerdict: 'Risk_Accepted' }),
  item('old4', '1-4', 'バックアップを取得しているか', { reviewerVerdict: 'Acceptable' }),
  item('old5', '1-5', '鍵を管理しているか')
];

describe('carry forward', () => {
  it('carries verdict and comment to unchanged items only; changed and new items start unreviewed', () => {
    const current: VersionItem[] = [
      item('new1', '1-1', '情報セキュリティ基本方針を文書化しているか'),
      // The answer changed: reviewed again.
      item('new2', '1-2', '方針を年に一度見直しているか', { answer: '見直しは2年ごとです。' }),
      // Unchanged, but already given a verdict of its own: kept.
      item('new3', '1-3', '委託先の管理を行っているか', { reviewerVerdict: 'Unacceptable' }),
      // Renumbered, otherwise the same: carried.
      item('new4', '1-5', 'バックアップを取得しているか'),
      // Unchanged, but nothing to carry.
      item('new5', '1-6', '鍵を管理しているか'),
      item('new6', '1-7', '脆弱性診断を実施しているか')
    ];
    expect(carriedReviews(PREVIOUS, current)).toEqual({
      new1: { verdict: 'Acceptable', comment: 'Policy seen.' },
      new4: { verdict: 'Acceptable', comment: '' }
    });
  });

  it('carries nothing from a version without verdicts', () => {
    const unreviewed = PREVIOUS.map((entry) => ({ ...entry, reviewerVerdict: null }));
    expect(
      carriedReviews(
        unreviewed,
        PREVIOUS.map((entry) => ({ ...entry, id: `n${entry.id}`, reviewerVerdict: null }))
      )
    ).toEqual({});
  });
});
