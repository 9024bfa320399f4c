/**
 * Questionnaires of made-up vendors in the shapes security reviewers receive every week, read as
 * a reviewer would check them: the items, their answers, and what the reader says when it cannot
 * find an answer.
 */
import type { ParsedChecksheet } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';

function parse(lines: string[], fileName = 'vendor.csv'): ParsedChecksheet {
  return parseChecksheet({ fileName, text: lines.join('\n') });
}

function answers(parsed: ParsedChecksheet): string[][] {
  return parsed.items.map((item) => [item.number, item.mark, item.status, item.answer]);
}

describe('a Japanese questionnaire answered はい / いいえ (Mochizuki Soft, made up)', () => {
  const parsed = parse(
    [
      'モチヅキソフト 委託先セキュリティ確認票',
      'No.\t確認内容\t回答\t備考',
      '1\t情報セキュリティ方針を定めていますか。\tはい\t2023年改定',
      '2\t従業員に教育を実施していますか。\tいいえ\t来年度から実施予定',
      '3\t入退室を記録していますか。\t対応済\t',
      '4\t脆弱性診断を実施していますか。\t一部対応\t外部公開部分のみ',
      '5\t物理サーバを保有していますか。\t非該当\tクラウドのみ',
      '6\t鍵を定期的に更新していますか。\t実施済み（年1回）\t'
    ],
    'mochizuki.tsv'
  );

  it('reads the question column headed 確認内容 and the answers in words', () => {
    expect(answers(parsed)).toEqual([
      ['1', 'はい', 'implemented', '2023年改定'],
      ['2', 'いいえ', 'not_implemented', '来年度から実施予定'],
      ['3', '対応済', 'implemented', ''],
      ['4', '一部対応', 'partial', '外部公開部分のみ'],
      ['5', '非該当', 'not_applicable', 'クラウドのみ'],
      ['6', '実施済み', 'implemented', '（年1回）']
    ]);
    expect(parsed.items[0].question).toBe('情報セキュリティ方針を定めていますか。');
    expect(parsed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('an English questionnaire with Category, Check Item and Response (Larkspur Data, made up)', () => {
  const parsed = parse([
    'Larkspur Data - Vendor Security Questionnaire',
    'Category,ID,Check Item,Response,Comments',
    'Access Control,AC-01,Is MFA required for all administrators?,Yes - see policy,IAM policy v3',
    'Access Control,AC-02,Are accounts reviewed quarterly?,"No, but reviewed yearly",',
    'Encryption,EN-01,Is data encrypted at rest?,Implemented,AES-256',
    'Encryption,EN-02,Are keys held in an HSM?,Partially implemented,Production only',
    'Physical,PH-01,Do you run your own data centre?,Not applicable,Hosted by a cloud provider',
    'Physical,PH-02,Are visitors escorted?,Planned,'
  ]);

  it('reads each answer by its leading word and keeps what follows in the answer', () => {
    expect(answers(parsed)).toEqual([
      ['AC-01', 'Yes', 'implemented', 'see policy\nIAM policy v3'],
      ['AC-02', 'No', 'not_implemented', 'but reviewed yearly'],
      ['EN-01', 'Implemented', 'implemented', 'AES-256'],
      ['EN-02', 'Partially implemented', 'partial', 'Production only'],
      ['PH-01', 'Not applicable', 'not_applicable', 'Hosted by a cloud provider'],
      ['PH-02', 'Planned', 'not_implemented', '']
    ]);
  });

  it('makes the Category column the sections', () => {
    expect(parsed.items.map((item) => item.section)).toEqual([
      'Access Control',
      'Access Control',
      'Encryption',
      'Encryption',
      'Physical',
      'Physical'
    ]);
    expect(parsed.sections.map((section) => section.title)).toEqual([
      'Access Control',
      'Encryption',
      'Physical'
    ]);
    expect(parsed.tables?.[0].columns.map((column) => column.role)).toEqual([
      'section',
      'number',
      'question',
      'mark',
      'answer'
    ]);
  });
});

describe('other header words for the question and the mark', () => {
  it('reads 管理策 with 実施状況, and Question/Request with Status', () => {
    const japanese = parse([
      '管理策番号\t管理策\t実施状況',
      'A.5.1\t情報セキュリティのための方針群\t○'
    ]);
    expect(japanese.items[0]).toMatchObject({
      question: '情報セキュリティのための方針群',
      mark: '○'
    });
    const english = parse(['Ref,Question/Request,Status', 'Q1,Do you have a DPO?,Yes']);
    expect(english.items[0]).toMatchObject({
      question: 'Do you have a DPO?',
      status: 'implemented'
    });
  });

  it('reads Domain as the section and Applicable as the mark', () => {
    const parsed = parse(['Domain,Control,Applicable', 'Logging,Are logs kept for a year?,Yes']);
    expect(parsed.items[0]).toMatchObject({
      section: 'Logging',
      question: 'Are logs kept for a year?',
      status: 'implemented'
    });
  });
});

describe('a sheet without an answer column (Ginkgo Systems, made up)', () => {
  const parsed = parse([
    'ID,Question/Request,Owner,Due date',
    'G-1,Describe your backup policy.,IT,2026-01-31',
    'G-2,Describe your incident response.,Security,2026-01-31'
  ]);

  it('keeps the items, and warns once, naming the columns it saw', () => {
    expect(parsed.items.map((item) => [item.number, item.status])).toEqual([
      ['G-1', 'none'],
      ['G-2', 'none']
    ]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'warning')).toEqual([
      expect.objectContaining({
        code: 'no_answer_column',
        line: 1,
        params: { columns: "'ID', 'Question/Request', 'Owner', 'Due date'" }
      })
    ]);
  });

  it('warns no more once the reviewer gives a column the answer role', () => {
    const overridden = parseChecksheet(
      {
        fileName: 'ginkgo.csv',
        text: 'ID,Question/Request,Owner\nG-1,Describe your backup policy.,Daily\n'
      },
      { columnRoles: [{ column: 2, role: 'answer' }] }
    );
    expect(overridden.items[0].answer).toBe('Daily');
    expect(overridden.diagnostics.map((d) => d.code)).not.toContain('no_answer_column');
  });
});

describe('control groups written as rows without an answer (Aoba Hosting, made up)', () => {
  const parsed = parse([
    'Control ID,Control,Status,Notes',
    'A.5,Organizational controls,,',
    'A.5.1,Policies for information security,,',
    'A.5.1.1,Policies are approved by management,Yes,Approved by the board',
    'A.5.1.2,Policies are reviewed at planned intervals,Partial,Yearly',
    '5.,Organisation,,',
    '5.1.1,Roles are defined,Yes,'
  ]);

  it('reads the groups as sections and only the answered controls as items', () => {
    expect(parsed.items.map((item) => [item.number, item.section, item.status])).toEqual([
      ['A.5.1.1', 'A.5.1 Policies for information security', 'implemented'],
      ['A.5.1.2', 'A.5.1 Policies for information security', 'partial'],
      ['5.1.1', '5. Organisation', 'implemented']
    ]);
    expect(parsed.sections.map((section) => section.number)).toEqual(['A.5', 'A.5.1', '5.']);
    expect(parsed.lines).toMatchObject({ total: 7, accounted: 7, sections: 3, items: 3 });
  });
});
