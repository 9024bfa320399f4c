/**
 * The numbered-section parser on the project's own white papers (made-up vendors, in the three
 * heading styles vendors use: markdown, "- 2.5" list items, bare "2.13 …" lines).
 */
import fs from 'fs';
import path from 'path';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { parseSections } from '../sectionParser';

const dataDir = path.join(__dirname, 'data');

function parseFixture(name: string): ParsedChecksheet {
  const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
  return parseSections(text, { fileName: name, encoding: 'utf-8' });
}

function numbers(parsed: ParsedChecksheet): string[] {
  return parsed.items.map((item) => item.number);
}

function itemOf(parsed: ParsedChecksheet, number: string) {
  const found = parsed.items.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}

function expectBooksBalanced(parsed: ParsedChecksheet): void {
  expect(parsed.lines.accounted).toBe(parsed.lines.total);
}

describe('markdown white paper (hoshizora-whitepaper.md)', () => {
  const parsed = parseFixture('hoshizora-whitepaper.md');

  test('title, version and format', () => {
    expect(parsed.title).toBe('セキュリティホワイトペーパー (ホシゾラ会計)');
    expect(parsed.version).toBe('2.1');
    expect(parsed.format).toBe('sections');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.fileName).toBe('hoshizora-whitepaper.md');
  });

  test('every numbered section with a body is an item, in document order', () => {
    expect(numbers(parsed)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
  });

  test('items carry the heading as question and the enclosing chapter as section', () => {
    expect(itemOf(parsed, '1.1')).toEqual({
      number: '1.1',
      section: 'はじめに',
      question: '本書の目的',
      status: 'none',
      mark: '',
      answer:
        '本書は、ホシゾラソフト株式会社（以下、当社）が提供する「ホシゾラ会計」のセキュリティへの取り組みを説明するものです。',
      line: 19
    });
    expect(itemOf(parsed, '2.1').section).toBe('2 セキュリティへの取り組み');
    expect(itemOf(parsed, '2.5').section).toBe('2 セキュリティへの取り組み');
  });

  test('list-style headings take the lines below them, hard breaks removed', () => {
    expect(itemOf(parsed, '2.3').question).toBe('アカウント管理');
    expect(itemOf(parsed, '2.3').answer).toBe(
      'アカウントはお客様の管理者が発行します。\nパスワードは 12 文字以上を必須としています。'
    );
    expect(itemOf(parsed, '2.4').answer).toBe('すべての利用者に多要素認証を提供しています。');
  });

  test('bullets stay as text lines; links become plain addresses', () => {
    expect(itemOf(parsed, '2.5').answer).toBe(
      [
        '通信は TLS 1.2 以上で暗号化し、保存データは AES-256 で暗号化しています。',
        '- ノート PC の紛失に備え、端末側にはデータを保存しません。',
        '- 鍵は専用の鍵管理サービスで管理します。'
      ].join('\n')
    );
    expect(itemOf(parsed, '1.2').answer).toBe(
      '責任分界点の考え方は次のページをご覧ください。\nhttps://example.com/hoshizora/shared-responsibility'
    );
    expect(itemOf(parsed, '2.6').answer).toBe(
      [
        '当社サイトのお知らせページ (https://example.com/hoshizora/news/) にて通知いたします。',
        'お問い合わせは security@example.com までお寄せください。',
        '詳しくは 運用ガイド (https://example.com/hoshizora/guide) をご覧ください。'
      ].join('\n')
    );
  });

  test('chapter and unnumbered headings are sections', () => {
    expect(parsed.sections).toEqual([
      { number: '', title: '用語の定義', line: 9 },
      { number: '', title: 'はじめに', line: 17 },
      { number: '2', title: 'セキュリティへの取り組み', line: 29 }
    ]);
  });

  test('the glossary under an unnumbered heading stays with the preamble', () => {
    expect(parsed.preamble.split('\n')).toEqual([
      'セキュリティホワイトペーパー (ホシゾラ会計)',
      'ホシゾラソフト株式会社',
      '2025年3月1日 Ver 2.1',
      '用語の定義',
      'このホワイトペーパーで使用する用語を以下に示します。',
      '用語\t定義',
      'テナント\tお客様ごとに独立したデータ領域',
      '管理者\tお客様の組織でサービスの設定を行う利用者'
    ]);
  });

  test('the revision history gives revision rows, never sections', () => {
    expect(parsed.revisions).toEqual([
      { version: '1.0', date: '2024/04/01', description: '制定', line: 65 },
      {
        version: '2.0',
        date: '2024/10/01',
        description: '2.4 多要素認証を追加',
        line: 66
      },
      {
        version: '2.1',
        date: '2025/03/01',
        description: '・暗号化方式を更新 ・お問い合わせ先を変更',
        line: 67
      }
    ]);
  });

  test('every non-blank line is accounted for; no diagnostics', () => {
    expect(parsed.lines).toEqual({
      total: 38,
      accounted: 38,
      items: 22,
      sections: 3,
      preamble: 7,
      revisions: 6,
      diagnostics: 0
    });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('bare headings, Japanese (tsukimi-whitepaper.txt)', () => {
  const parsed = parseFixture('tsukimi-whitepaper.txt');

  test('title, version, items and their chapters', () => {
    expect(parsed.title).toBe('セキュリティホワイトペーパー（ツキミ勤怠）');
    expect(parsed.version).toBe('1.2');
    expect(parsed.items.map((entry) => `${entry.number} ${entry.section}`)).toEqual([
      '1.1 はじめに',
      '1.2 はじめに',
      '2.1 2 セキュリティへの取り組み',
      '2.2 2 セキュリティへの取り組み',
      '3.1 3 運用',
      '3.2 3 運用'
    ]);
  });

  test('a bare short line opening chapter 1 is a section; the glossary heading is preamble text', () => {
    expect(parsed.sections.map((section) => section.title)).toEqual([
      'はじめに',
      'セキュリティへの取り組み',
      '運用'
    ]);
    expect(parsed.preamble).toContain('用語の定義\n本書で使用する用語を以下に示します。');
  });

  test('answers join body lines; numbers inside sentences are not headings', () => {
    expect(itemOf(parsed, '2.1').answer).toBe(
      '利用者の権限は管理者が設定します。\n権限の変更はすべて監査ログに記録されます。'
    );
    expect(itemOf(parsed, '3.1')).toMatchObject({
      question: 'バックアップ',
      answer: 'データは 1 日 1 回バックアップし、30 日間保管します。',
      line: 39
    });
  });

  test('revision rows whose text starts with a section number stay revision rows', () => {
    expect(parsed.revisions.map((entry) => entry.description)).toEqual([
      '制定',
      '2.2 ログの保存期間を変更',
      '3 運用を追加'
    ]);
    expectBooksBalanced(parsed);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('English document with "1." chapters, "Section 3:" and a markdown revision table', () => {
  const parsed = parseFixture('northwind-security-overview.txt');

  test('title and version from the preamble', () => {
    expect(parsed.title).toBe('Northwind Forms — Security Overview');
    expect(parsed.version).toBe('3.0');
    expect(parsed.preamble).toBe(
      'Northwind Forms — Security Overview\nNorthwind Labs Inc.\nVersion 3.0, May 2025'
    );
  });

  test('headings directly under a body line are found when they continue the numbering', () => {
    expect(numbers(parsed)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2']);
    expect(itemOf(parsed, '2.1')).toMatchObject({
      section: '2 Data protection',
      question: 'Encryption at rest',
      answer: 'Customer data is encrypted with AES-256.\nKeys are rotated every 90 days.'
    });
    expect(itemOf(parsed, '3.2')).toMatchObject({
      section: '3 Operations',
      question: 'Do you perform penetration tests?',
      answer: 'Yes, an external firm tests the service every year.'
    });
  });

  test('markdown table revision rows', () => {
    expect(parsed.revisions).toEqual([
      {
        version: '2.0',
        date: '2024-09-01',
        description: 'Added section 2.3',
        line: 31
      },
      {
        version: '3.0',
        date: '2025-05-01',
        description: 'Rewritten for the new hosting platform',
        line: 32
      }
    ]);
    expectBooksBalanced(parsed);
  });
});

describe('irregular numbering (kumo-irregular.md)', () => {
  const parsed = parseFixture('kumo-irregular.md');

  test('a table of contents goes to the preamble, not to duplicate sections', () => {
    expect(parsed.preamble.split('\n').slice(0, 7)).toEqual([
      'Kumo Storage security notes',
      'Contents',
      '1 Overview',
      '1.1 Architecture',
      '1.2 Tenancy',
      '2 Controls',
      '2.1 Access'
    ]);
    expect(numbers(parsed)).toEqual(['1.1', '1.2', '2.1', '2.3', '2.2', '2.3']);
  });

  test('diagnostics name the line, what was wrong and what was done', () => {
    expect(parsed.diagnostics).toEqual([
      {
        code: 'numbering_backwards',
        params: { number: '2.2', previous: '2.3', previousLine: 26 },
        line: 30,
        severity: 'warning',
        message:
          'section 2.2 comes after section 2.3 (line 26): the numbering goes backwards; kept in document order'
      },
      {
        code: 'duplicate_section',
        params: { number: '2.3', lines: '26, 34', count: 2 },
        line: 34,
        severity: 'warning',
        message: 'section 2.3 appears at lines 26 and 34; both kept'
      },
      {
        code: 'empty_section',
        params: { number: '2.4' },
        line: 38,
        severity: 'info',
        message: 'section 2.4 has no text and no subsections; kept as a heading, not an item'
      },
      {
        code: 'unnumbered_heading_text',
        params: { title: 'Appendix A', lines: '42' },
        line: 40,
        severity: 'info',
        message:
          'the text under the unnumbered heading "Appendix A" (line 42) is not a numbered section; kept with the preamble'
      }
    ]);
  });

  test('empty headings are sections; their lines are still accounted for', () => {
    expect(parsed.sections).toEqual([
      { number: '1', title: 'Overview', line: 10 },
      { number: '2', title: 'Controls', line: 20 },
      { number: '2.4', title: 'Monitoring', line: 38 },
      { number: '', title: 'Appendix A', line: 40 }
    ]);
    expect(parsed.lines).toMatchObject({
      total: 24,
      accounted: 24,
      sections: 4
    });
  });
});

describe('edge cases', () => {
  function parse(text: string): ParsedChecksheet {
    return parseSections(text, { fileName: '', encoding: 'utf-8' });
  }

  test('three appearances of a number are listed in one warning', () => {
    const parsed = parse('1.1 A\n\nx\n\n1.1 A\n\ny\n\n1.1 A\n\nz\n');
    expect(parsed.diagnostics).toEqual([
      {
        code: 'duplicate_section',
        params: { number: '1.1', lines: '1, 5, 9', count: 3 },
        line: 5,
        severity: 'warning',
        message: 'section 1.1 appears at lines 1, 5 and 9; all kept'
      }
    ]);
  });

  test('a numbered chapter with its own text is an item and encloses its subsections', () => {
    const parsed = parse('## 3 Data\nWe protect data.\n### 3.1 Keys\nRotated.\n');
    expect(parsed.items.map((entry) => [entry.number, entry.section])).toEqual([
      ['3', ''],
      ['3.1', '3 Data']
    ]);
    expect(parsed.sections).toEqual([{ number: '3', title: 'Data', line: 1 }]);
  });

  test('an unnumbered markdown sub-heading inside a section is part of its body', () => {
    const parsed = parse('### 2.1 Keys\nRotated.\n#### Details\nEvery 90 days.\n');
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0].answer).toBe('Rotated.\nDetails\nEvery 90 days.');
  });

  test('a heading level that is not deeper closes the section', () => {
    const parsed = parse('### 2.1 Keys\nRotated.\n### Notes\nSee the manual.\n');
    expect(parsed.items[0].answer).toBe('Rotated.');
    expect(parsed.sections).toEqual([{ number: '', title: 'Notes', line: 3 }]);
  });

  test('a numbered list inside a body is body text, not chapters', () => {
    const parsed = parse(
      [
        '2.3 Keys',
        'We:',
        '1. Enable MFA',
        '2. Use SSO',
        '3. Rotate keys',
        '4. Audit',
        '',
        '3 Operations',
        '',
        '3.1 Backups',
        'Nightly.'
      ].join('\n')
    );
    expect(parsed.items.map((entry) => [entry.number, entry.section])).toEqual([
      ['2.3', ''],
      ['3.1', '3 Operations']
    ]);
    expect(parsed.items[0].answer).toBe('We:\n1. Enable MFA\n2. Use SSO\n3. Rotate keys\n4. Audit');
  });

  test('a one-item list does not hide the next chapter set apart by a blank line', () => {
    const parsed = parse(
      '1.1 Scope\nIncludes:\n1. the service\n\n2 Controls\n\n2.1 Access\nSSO.\n'
    );
    expect(parsed.sections).toEqual([{ number: '2', title: 'Controls', line: 5 }]);
    expect(parsed.items.map((entry) => entry.number)).toEqual(['1.1', '2.1']);
  });

  test('a version falls back to the latest revision row', () => {
    const parsed = parse(
      'Acme\n\n1.1 A\n\nx\n\nRevision history\n1.2\t2024/01/01\tB\n1.10\t2024/02/01\tC\n1.9\t2024/03/01\tD\n'
    );
    expect(parsed.version).toBe('1.10');
  });

  test('no numbered heading: no items, lines still accounted for', () => {
    const parsed = parse('Hello\nworld\n');
    expect(parsed.items).toEqual([]);
    expect(parsed.lines).toMatchObject({ total: 2, accounted: 2, preamble: 2 });
  });
});
