import { CHECKSHEET_HEADER, checksheetTable, statusLabel } from 'c/checksheetExport';
import type { ParsedChecksheet } from 'c/checksheetModel';

function parsed(items: ParsedChecksheet['items']): ParsedChecksheet {
  return {
    title: 'Acme Cloud セキュリティチェックシート',
    version: '1.0',
    format: 'meti',
    encoding: 'utf-8',
    preamble: '',
    sections: [],
    items,
    revisions: [],
    diagnostics: [],
    lines: {
      total: 0,
      accounted: 0,
      items: 0,
      sections: 0,
      preamble: 0,
      revisions: 0,
      diagnostics: 0
    },
    fileName: 'acme.txt'
  };
}

describe('checksheetTable', () => {
  it('has a bilingual header and one row per item, in order', () => {
    const table = checksheetTable(
      parsed([
        {
          number: '1-1',
          section: '1 方針',
          question: '基本方針を定めること。',
          status: 'implemented',
          mark: '○',
          answer: '定めております。',
          line: 12
        },
        {
          number: '6-18',
          section: '6 運用',
          question: 'アクセス制御機能を提供すること。',
          status: 'not_applicable',
          mark: '-',
          answer: '基盤に準じます。',
          line: 40
        }
      ])
    );
    expect(table[0]).toEqual([
      '項番 No.',
      'セクション Section',
      '確認事項 Question',
      '実施状況 Status',
      '実施有無 Mark',
      '備考 Answer',
      '行 Line'
    ]);
    expect(table.slice(1)).toEqual([
      [
        '1-1',
        '1 方針',
        '基本方針を定めること。',
        '実施 Implemented',
        '○',
        '定めております。',
        '12'
      ],
      [
        '6-18',
        '6 運用',
        'アクセス制御機能を提供すること。',
        '対象外 Not applicable',
        '-',
        '基盤に準じます。',
        '40'
      ]
    ]);
  });

  it('is only the header for a document without items', () => {
    expect(checksheetTable(parsed([]))).toEqual([[...CHECKSHEET_HEADER]]);
  });
});

describe('statusLabel', () => {
  it.each([
    ['implemented', '実施 Implemented'],
    ['partial', '一部実施 Partial'],
    ['not_implemented', '未実施 Not implemented'],
    ['not_applicable', '対象外 Not applicable'],
    ['none', '回答なし No answer']
  ] as const)('labels %s as %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});
