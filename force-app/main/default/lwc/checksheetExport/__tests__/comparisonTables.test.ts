import { compareChecksheets, diffVersions } from 'c/checksheetCompare';
import type { Comparison, VersionDiff } from 'c/checksheetCompare';
import { comparisonTable, diffTable } from 'c/checksheetExport';
import type { ChecksheetItem, ParsedChecksheet } from 'c/checksheetModel';

function item(
  number: string,
  question: string,
  mark: string,
  status: ChecksheetItem['status'],
  answer: string
): ChecksheetItem {
  return { number, section: '6 運用', question, status, mark, answer, line: 1 };
}

function sheet(title: string, items: ChecksheetItem[]): ParsedChecksheet {
  return {
    title,
    version: '',
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
    fileName: `${title}.txt`
  };
}

describe('comparisonTable', () => {
  const comparison: Comparison = {
    labels: ['Acme', 'Globex'],
    rows: [
      {
        key: 'k1',
        question: 'バックアップを取得すること。',
        section: '6 運用',
        cells: [
          {
            number: '6-7',
            status: 'implemented',
            mark: '○',
            answer: '日次',
            line: 3
          },
          {
            number: '6-7',
            status: 'partial',
            mark: '△',
            answer: '週次',
            line: 5
          }
        ],
        difference: 'status',
        score: 1
      },
      {
        key: 'k2',
        question: 'ラベル付け機能を提供すること。',
        section: '11 その他',
        cells: [
          null,
          {
            number: '11-6',
            status: 'not_implemented',
            mark: '×',
            answer: '',
            line: 9
          }
        ],
        difference: 'missing',
        score: 0
      }
    ],
    summary: { rows: 2, same: 0, status: 1, answer: 0, missing: 1 }
  };

  it('puts one column group per sheet, headed by its label, and the difference last', () => {
    expect(comparisonTable(comparison)).toEqual([
      [
        'セクション Section',
        '確認事項 Question',
        'Acme 項番 No.',
        'Acme 実施状況 Status',
        'Acme 実施有無 Mark',
        'Acme 備考 Answer',
        'Globex 項番 No.',
        'Globex 実施状況 Status',
        'Globex 実施有無 Mark',
        'Globex 備考 Answer',
        '差異 Difference'
      ],
      [
        '6 運用',
        'バックアップを取得すること。',
        '6-7',
        '実施 Implemented',
        '○',
        '日次',
        '6-7',
        '一部実施 Partial',
        '△',
        '週次',
        '実施状況の差異 Status differs'
      ],
      [
        '11 その他',
        'ラベル付け機能を提供すること。',
        '',
        '',
        '',
        '',
        '11-6',
        '未実施 Not implemented',
        '×',
        '',
        '項目なし Missing'
      ]
    ]);
  });

  it("heads the groups with the labels given, falling back to the comparison's", () => {
    const header = comparisonTable(comparison, ['A社'])[0];
    expect(header[2]).toBe('A社 項番 No.');
    expect(header[6]).toBe('Globex 項番 No.');
  });

  it('tables a real comparison with as many rows as it has, plus the header', () => {
    const real = compareChecksheets(
      [
        sheet('Acme', [
          item('1-1', '基本方針を定めること。', '○', 'implemented', '定めております。')
        ]),
        sheet('Globex', [
          item('1-1', '基本方針を定めること。', '○', 'implemented', '定めております。')
        ])
      ],
      ['Acme', 'Globex']
    );
    const table = comparisonTable(real);
    expect(table).toHaveLength(real.rows.length + 1);
    expect(table[1][table[1].length - 1]).toBe('同一 Same');
  });
});

describe('diffTable', () => {
  it('writes one row per entry with old and new values side by side', () => {
    const older = sheet('v1', [
      item('6-7', 'バックアップを取得すること。', '○', 'implemented', '日次で取得。'),
      item('6-8', '稼働監視をすること。', '△', 'partial', '一部監視。')
    ]);
    const newer = sheet('v2', [
      item('6-7', 'モバイルコードを制限すること。', '-', 'not_applicable', '対象外。'),
      item('6-8', 'バックアップを取得すること。', '○', 'implemented', '日次で取得。'),
      item('6-9', '稼働監視をすること。', '○', 'implemented', '常時監視。')
    ]);
    const diff: VersionDiff = diffVersions(older, newer);
    const table = diffTable(diff);
    expect(table[0]).toEqual([
      '変更 Change',
      '旧項番 Old No.',
      '新項番 New No.',
      '番号変更 Renumbered',
      '変更箇所 Changed fields',
      'セクション Section',
      '確認事項 Question',
      '旧実施状況 Old status',
      '新実施状況 New status',
      '旧実施有無 Old mark',
      '新実施有無 New mark',
      '旧備考 Old answer',
      '新備考 New answer'
    ]);
    const byNew = new Map(table.slice(1).map((row) => [row[2], row]));
    expect(byNew.get('6-7')).toEqual([
      '追加 Added',
      '',
      '6-7',
      '',
      '',
      '6 運用',
      'モバイルコードを制限すること。',
      '',
      '対象外 Not applicable',
      '',
      '-',
      '',
      '対象外。'
    ]);
    expect(byNew.get('6-8')?.slice(0, 5)).toEqual([
      '変更なし Unchanged',
      '6-7',
      '6-8',
      'はい Yes',
      ''
    ]);
    expect(byNew.get('6-9')?.slice(0, 5)).toEqual([
      '変更 Changed',
      '6-8',
      '6-9',
      'はい Yes',
      '実施状況 Status; 実施有無 Mark; 備考 Answer'
    ]);
    expect(table).toHaveLength(4);
  });

  it('writes a removed item with its old values only', () => {
    const diff: VersionDiff = {
      entries: [
        {
          change: 'removed',
          older: item('9-9', '古い質問。', '×', 'not_implemented', 'なし。'),
          fields: [],
          renumbered: false
        }
      ],
      counts: { added: 0, removed: 1, changed: 0, unchanged: 0, renumbered: 0 }
    };
    expect(diffTable(diff)[1]).toEqual([
      '削除 Removed',
      '9-9',
      '',
      '',
      '',
      '6 運用',
      '古い質問。',
      '未実施 Not implemented',
      '',
      '×',
      '',
      'なし。',
      ''
    ]);
  });
});
