/**
 * Tables in the shapes that reach reviewers beside the METI sheets: Markdown pipe tables in a
 * document with prose and headings, answers marked with an X under separate Yes / No / N/A
 * columns, and headers written over two rows. Read as a reviewer checks them: the items, the
 * roles the reader chose (and a reviewer's override), what it says, and where every line went.
 */
import type { ColumnRoleOverride, ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { detectTabularText } from 'c/checksheetTabular';

function parse(
  lines: string[],
  fileName = 'vendor.md',
  columnRoles?: ColumnRoleOverride[]
): ParsedChecksheet {
  return parseChecksheet({ fileName, text: lines.join('\n') }, { columnRoles });
}

function items(parsed: ParsedChecksheet): string[][] {
  return parsed.items.map((item) => [
    item.number,
    item.section,
    item.question,
    item.mark,
    item.status,
    item.answer
  ]);
}

function roles(parsed: ParsedChecksheet, table = 0): string[] {
  return (parsed.tables ?? [])[table].columns.map((column) => `${column.header}=${column.role}`);
}

function codes(parsed: ParsedChecksheet): string[] {
  return parsed.diagnostics.map((diagnostic) => diagnostic.code);
}

function expectEveryLineAccounted(parsed: ParsedChecksheet, total: number): void {
  expect(parsed.lines.total).toBe(total);
  expect(parsed.lines.accounted).toBe(total);
}

describe('a Markdown questionnaire in Japanese (Yukimi Labs, made up)', () => {
  const lines = [
    '# ユキミラボ セキュリティチェックシート',
    '',
    'ユキミラボ株式会社（架空の会社です） バージョン 2.0',
    '',
    '## 1. 組織的対策',
    '',
    '| 項番 | 確認事項 | 実施有無 | 備考 |',
    '|:---:|---|:---:|---|',
    '| 1-1 | 方針を定めていること。 | ○ | **取締役会**で承認しています。 |',
    '| 1-2 | 教育を実施していること。 | △ | 正社員のみ<br>委託社員は来年度から |',
    '',
    '## 2. 技術的対策',
    '',
    '回答は2025年4月時点のものです。',
    '',
    '| 項番 | 確認事項 | 実施有無 | 備考 |',
    '|---|---|---|---|',
    '| 2-1 | ログを保存していること（WORM \\| 署名付き）。 | × | 2026年に対応予定 |',
    '| 2-2 | 機器を施錠管理していること。 | - | |'
  ];
  const parsed = parse(lines, 'yukimi.md');

  it('reads the pipe tables as items, each under its heading, cells as plain text', () => {
    expect(parsed.format).toBe('markdown');
    expect(parsed.title).toBe('ユキミラボ セキュリティチェックシート');
    expect(parsed.version).toBe('2.0');
    expect(items(parsed)).toEqual([
      [
        '1-1',
        '1. 組織的対策',
        '方針を定めていること。',
        '○',
        'implemented',
        '取締役会で承認しています。'
      ],
      [
        '1-2',
        '1. 組織的対策',
        '教育を実施していること。',
        '△',
        'partial',
        '正社員のみ\n委託社員は来年度から'
      ],
      [
        '2-1',
        '2. 技術的対策',
        'ログを保存していること（WORM | 署名付き）。',
        '×',
        'not_implemented',
        '2026年に対応予定'
      ],
      ['2-2', '2. 技術的対策', '機器を施錠管理していること。', '-', 'not_applicable', '']
    ]);
    expect(parsed.items.map((item) => item.line)).toEqual([9, 10, 18, 19]);
    expect(parsed.sections.map((section) => [section.number, section.title, section.line])).toEqual(
      [
        ['1.', '組織的対策', 5],
        ['2.', '技術的対策', 12]
      ]
    );
  });

  it('shows the roles of its columns, and says nothing is wrong', () => {
    expect(roles(parsed)).toEqual([
      '項番=number',
      '確認事項=question',
      '実施有無=mark',
      '備考=answer'
    ]);
    expect(parsed.tables?.[0].headerLine).toBe(7);
    expect(parsed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('accounts for the delimiter rows, the repeated header and the prose', () => {
    expect(parsed.preamble).toBe(
      'ユキミラボ セキュリティチェックシート\nユキミラボ株式会社（架空の会社です） バージョン 2.0\n回答は2025年4月時点のものです。'
    );
    expectEveryLineAccounted(parsed, 13);
    expect(parsed.lines).toMatchObject({ items: 4, sections: 2, preamble: 7 });
  });

  it('is recognised as a table when pasted', () => {
    expect(detectTabularText(lines.join('\n'))).toBe('markdown');
  });
});

describe('a Markdown table without outer pipes, in English, with a role override', () => {
  const lines = [
    'Larch Cloud security answers',
    '',
    'No. | Question | Response | Comments',
    '--- | --- | --- | ---',
    'LC-1 | Is data encrypted at rest? | Yes - AES-256 | Keys in a KMS',
    'LC-2 | Do you keep audit logs? | Partially | Admin actions only'
  ];

  it('reads the rows', () => {
    const parsed = parse(lines, '');
    expect(items(parsed)).toEqual([
      ['LC-1', '', 'Is data encrypted at rest?', 'Yes', 'implemented', 'AES-256\nKeys in a KMS'],
      ['LC-2', '', 'Do you keep audit logs?', 'Partially', 'partial', 'Admin actions only']
    ]);
    expectEveryLineAccounted(parsed, 5);
  });

  it('reads a column with the role a reviewer gives it', () => {
    const parsed = parse(lines, '', [{ column: 3, role: 'extra' }]);
    expect(parsed.tables?.[0].columns[3]).toMatchObject({
      header: 'Comments',
      role: 'extra',
      detected: 'answer',
      reason: 'override'
    });
    expect(parsed.items[1]).toMatchObject({
      answer: '',
      extra: { Comments: 'Admin actions only' }
    });
  });
});

describe('a Markdown document with several kinds of table (Sorrel Cloud, made up)', () => {
  const parsed = parse(
    [
      '# Sorrel Cloud questionnaire',
      '',
      '| ID | Question | Answer | | | Notes |',
      '|---|---|---|---|---|---|',
      '| | | Yes | No | N/A | |',
      '| SC-1 | Is MFA enforced? | X | | | Hardware keys |',
      '| SC-2 | Are backups tested? | | X | | |',
      '',
      '## Appendix: hosting',
      '',
      '| Question ID | Question | CSP CAIQ Answer | SSRM Control Ownership |',
      '|---|---|---|---|',
      '| DCS-01.1 | Do you own data centres? | NA | 3rd-party outsourced |',
      '',
      '| Term | Meaning |',
      '|---|---|',
      '| CSP | Cloud service provider |',
      '',
      'End of document.'
    ],
    'sorrel.md'
  );

  it('reads each checksheet table with its own header, the first one over two rows', () => {
    expect(parsed.tables?.map((table) => table.headerLine)).toEqual([3, 11]);
    expect(roles(parsed, 0)).toEqual([
      'ID=number',
      'Question=question',
      'Answer / Yes=yes',
      'Answer / No=no',
      'Answer / N/A=na',
      'Notes=answer'
    ]);
    expect(roles(parsed, 1)).toEqual([
      'Question ID=number',
      'Question=question',
      'CSP CAIQ Answer=mark',
      'SSRM Control Ownership=extra'
    ]);
    expect(parsed.format).toBe('caiq');
  });

  it('gives the heading above the second table to its items, and keeps the glossary as text', () => {
    expect(
      items(parsed).map(([number, section, , mark, status]) => [number, section, mark, status])
    ).toEqual([
      ['SC-1', '', 'Yes', 'implemented'],
      ['SC-2', '', 'No', 'not_implemented'],
      ['DCS-01.1', 'Appendix: hosting', 'NA', 'not_applicable']
    ]);
    expect(parsed.items[2].extra).toEqual({ 'SSRM Control Ownership': '3rd-party outsourced' });
    expect(parsed.preamble).toBe(
      'Sorrel Cloud questionnaire\nTerm Meaning\nCSP Cloud service provider\nEnd of document.'
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lines).toEqual({
      total: 14,
      accounted: 14,
      items: 3,
      sections: 1,
      preamble: 10,
      revisions: 0,
      diagnostics: 0
    });
  });
});

describe('a Markdown white paper with a revision table stays a numbered document', () => {
  it('is not taken for a checksheet table', () => {
    const text = [
      '# Hinoki Security Overview',
      '## 1. Encryption',
      'Data is encrypted.',
      '## Revision history',
      '| Version | Date | Changes |',
      '|---|---|---|',
      '| 1.0 | 2024-01-01 | First |'
    ].join('\n');
    expect(detectTabularText(text)).toBeUndefined();
    const parsed = parseChecksheet({ fileName: 'hinoki.md', text });
    expect(parsed.format).toBe('sections');
    expect(parsed.revisions.map((revision) => revision.version)).toEqual(['1.0']);
  });
});

describe('answers marked with an X under Yes / No / N/A columns (Rowan Payments, made up)', () => {
  const parsed = parse(
    [
      'Rowan Payments - Vendor Security Questionnaire',
      'No.,Question,Yes,No,N/A,Comments',
      '1,Is MFA enforced for administrators?,X,,,Hardware keys',
      '2,Are backups tested quarterly?,,x,,Yearly',
      '3,Do you run your own data centre?,,,✓,Cloud hosted',
      '4,Are laptops encrypted?,●,,,',
      '5,Is there a bug bounty?,X,X,,',
      '6,Are visitors escorted?,,,,',
      '7,Is change management documented?,,,,'
    ],
    'rowan.csv'
  );

  it('finds the marker columns from their headers, beside a "No." number column', () => {
    expect(roles(parsed)).toEqual([
      'No.=number',
      'Question=question',
      'Yes=yes',
      'No=no',
      'N/A=na',
      'Comments=answer'
    ]);
  });

  it('takes the status and the mark from the marked column', () => {
    expect(
      items(parsed).map(([number, , , mark, status, answer]) => [number, mark, status, answer])
    ).toEqual([
      ['1', 'Yes', 'implemented', 'Hardware keys'],
      ['2', 'No', 'not_implemented', 'Yearly'],
      ['3', 'N/A', 'not_applicable', 'Cloud hosted'],
      ['4', 'Yes', 'implemented', ''],
      ['5', 'Yes No', 'none', ''],
      ['6', '', 'none', ''],
      ['7', '', 'none', '']
    ]);
  });

  it('reports an item marked twice, and the items marked nowhere, with codes', () => {
    expect(codes(parsed)).toEqual(['markers_several', 'markers_none']);
    expect(parsed.diagnostics[0]).toMatchObject({
      line: 7,
      severity: 'warning',
      params: { number: '5', marks: 'Yes No' }
    });
    expect(parsed.diagnostics[1]).toMatchObject({
      line: 8,
      severity: 'warning',
      params: { columns: 'Yes / No / N/A', lines: '8, 9', count: 2 }
    });
    expectEveryLineAccounted(parsed, 9);
  });

  it('reads Japanese marker headers, and lets a reviewer give a marker role back', () => {
    const japanese = parse(
      [
        '番号\t質問\tはい\tいいえ\t該当なし',
        '1\t方針はありますか。\t○\t\t',
        '2\t監査はありますか。\t\t○\t'
      ],
      'ja.tsv'
    );
    expect(items(japanese).map(([number, , , mark, status]) => [number, mark, status])).toEqual([
      ['1', 'はい', 'implemented'],
      ['2', 'いいえ', 'not_implemented']
    ]);
    const overridden = parse(
      ['番号\t質問\tはい\tいいえ\t該当なし', '1\t方針はありますか。\t○\t\t'],
      'ja.tsv',
      [{ column: 2, role: 'extra' }]
    );
    expect(overridden.tables?.[0].columns[2]).toMatchObject({
      role: 'extra',
      detected: 'yes',
      reason: 'override'
    });
    expect(overridden.items[0]).toMatchObject({ status: 'none', extra: { はい: '○' } });
  });

  it('reads a Partial column between Yes and No', () => {
    const partial = parse(
      [
        '番号,質問,はい,一部,いいえ,該当なし',
        'Q1,方針はありますか。,,●,,',
        'Q2,監査はありますか。,●,,,'
      ],
      'partial.csv'
    );
    expect(roles(partial).slice(2)).toEqual([
      'はい=yes',
      '一部=partial',
      'いいえ=no',
      '該当なし=na'
    ]);
    expect(partial.items.map((item) => [item.number, item.mark, item.status])).toEqual([
      ['Q1', '一部', 'partial'],
      ['Q2', 'はい', 'implemented']
    ]);
  });

  it('keeps Yes / No columns of explanations as text, not as markers', () => {
    const explained = parse(
      [
        'ID,Question,Answer,Yes,No',
        '1,Is MFA enforced?,Yes,Hardware keys for admins,',
        '2,Are backups tested?,No,,Tested yearly only',
        '3,Is data encrypted?,Yes,AES-256 at rest,'
      ],
      'explained.csv'
    );
    expect(explained.tables?.[0].columns.slice(3)).toMatchObject([
      { header: 'Yes', role: 'extra', detected: 'extra', reason: 'content' },
      { header: 'No', role: 'extra', detected: 'extra', reason: 'content' }
    ]);
    expect(explained.items.map((item) => [item.number, item.mark, item.status])).toEqual([
      ['1', 'Yes', 'implemented'],
      ['2', 'No', 'not_implemented'],
      ['3', 'Yes', 'implemented']
    ]);
    expect(explained.items[1].extra).toEqual({ Yes: '', No: 'Tested yearly only' });
    expect(codes(explained)).toEqual([]);
  });

  it('leaves a lone Yes or No column alone', () => {
    const lone = parse(['No,Question,Answer', '1,Encrypted?,Yes'], 'lone.csv');
    expect(roles(lone)).toEqual(['No=number', 'Question=question', 'Answer=mark']);
  });
});

describe('a header written over two rows', () => {
  it('reads "Yes | No | N/A" under a merged "Answer", and accounts the second row as header', () => {
    const parsed = parse(
      [
        'ID,Question,Answer,,,Notes',
        ',,Yes,No,N/A,',
        'AC-1,Access reviews are quarterly,X,,,Reviewed by the CISO',
        'AC-2,Shared accounts are forbidden,,X,,'
      ],
      'two-rows.csv'
    );
    expect(roles(parsed)).toEqual([
      'ID=number',
      'Question=question',
      'Answer / Yes=yes',
      'Answer / No=no',
      'Answer / N/A=na',
      'Notes=answer'
    ]);
    expect(items(parsed).map(([number, , , mark, status]) => [number, mark, status])).toEqual([
      ['AC-1', 'Yes', 'implemented'],
      ['AC-2', 'No', 'not_implemented']
    ]);
    expect(parsed.items[0].line).toBe(3);
    expect(parsed.lines).toMatchObject({ total: 4, accounted: 4, items: 2, preamble: 2 });
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reads "ID | Text" under a merged "Question", in Japanese too', () => {
    const parsed = parse(
      [
        '質問\t\t回答\t\t\t備考',
        '番号\t内容\tはい\tいいえ\t該当なし\t',
        'Q1\t方針はありますか。\t\t\t●\t本社のみ'
      ],
      'two-rows.tsv'
    );
    expect(roles(parsed)).toEqual([
      '質問 / 番号=number',
      '質問 / 内容=question',
      '回答 / はい=yes',
      '回答 / いいえ=no',
      '回答 / 該当なし=na',
      '備考=answer'
    ]);
    expect(items(parsed)).toEqual([
      ['Q1', '', '方針はありますか。', '該当なし', 'not_applicable', '本社のみ']
    ]);
    expectEveryLineAccounted(parsed, 3);
  });

  it('does not take the first row of data for a second header row', () => {
    const parsed = parse(
      ['ID,Question,Answer,Notes', ',Encryption,Yes,Comments', 'AC-1,Is MFA required?,No,'],
      'data.csv'
    );
    expect(items(parsed).map(([number, , question, mark]) => [number, question, mark])).toEqual([
      ['#1', 'Encryption', 'Yes'],
      ['AC-1', 'Is MFA required?', 'No']
    ]);
    expect(parsed.lines).toMatchObject({ total: 3, accounted: 3, items: 2, preamble: 1 });
  });
});
