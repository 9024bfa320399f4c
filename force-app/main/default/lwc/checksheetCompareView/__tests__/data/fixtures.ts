/** Two made-up vendors' checksheets as ChecksheetReadController.getItemPage returns them. */
import type { ChecksheetItemDto, ItemPage } from 'c/checksheetApi';

export const RAY = {
  id: 'a00000000000001AAA',
  name: 'Ray 2024',
  vendorName: 'Ray Co.',
  serviceName: 'RaySheet',
  documentVersion: '1.0'
};
export const KREW = {
  id: 'a00000000000002AAA',
  name: 'Krew 2024',
  vendorName: 'Krew Co.',
  serviceName: 'krewData',
  documentVersion: '2.0'
};

export const QUESTIONS = {
  policy: '情報セキュリティ方針を定め、文書化すること。',
  backup: '定期的にバックアップを取得し、検査すること。',
  monitor: 'サーバーとネットワーク機器の稼働監視をすること。',
  label: '情報のラベル付けをする機能が提供されていること。',
  mobile: '認可されていないモバイルコードを実行できないようにすること。'
};

let next = 0;
function dto(
  checksheetId: string,
  itemNumber: string,
  question: string,
  fields: Partial<ChecksheetItemDto> = {}
): ChecksheetItemDto {
  next += 1;
  return {
    id: `a01${String(next).padStart(15, '0')}`,
    checksheetId,
    itemNumber,
    section: '6 運用',
    question,
    status: 'Implemented',
    statusMark: '○',
    answer: '実施しています。',
    sortOrder: next,
    ...fields
  };
}

export const RAY_PAGE: ItemPage = {
  checksheet: RAY,
  items: [
    dto(RAY.id, '6-6', QUESTIONS.policy),
    dto(RAY.id, '6-7', QUESTIONS.backup, { answer: '利用者側の責任範囲です。https://example.com/backup' }),
    dto(RAY.id, '6-8', QUESTIONS.monitor),
    dto(RAY.id, '11-6', QUESTIONS.label, { section: '11 情報', answer: '提供しておりません。' })
  ],
  nextAfterSortOrder: null
};

export const KREW_PAGE: ItemPage = {
  checksheet: KREW,
  items: [
    dto(KREW.id, '6-6', QUESTIONS.policy),
    dto(KREW.id, '6-7', QUESTIONS.mobile),
    dto(KREW.id, '6-8', QUESTIONS.backup, { answer: '日次でバックアップを取得しています。' }),
    dto(KREW.id, '6-9', QUESTIONS.monitor),
    dto(KREW.id, '11-6', QUESTIONS.label, {
      section: '11 情報',
      status: 'Not_Implemented',
      statusMark: '×',
      answer: '提供しておりません。'
    })
  ],
  nextAfterSortOrder: null
};

export const PAGES: Record<string, ItemPage> = { [RAY.id]: RAY_PAGE, [KREW.id]: KREW_PAGE };
