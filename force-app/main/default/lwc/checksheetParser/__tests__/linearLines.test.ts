/**
 * The line readers of white papers are linear in the length of a line (a paste may hold a line
 * of 40,000 spaces or dots): their regular expressions were rewritten so that no two parts can
 * take the same characters, and ends are trimmed by walking back. Speed is the benchmark's to
 * measure (`npm run bench`, "Worst cases"); these tests hold the rewrites to what the earlier,
 * backtracking expressions read, compared on many short lines where backtracking costs nothing.
 */
import fc from 'fast-check';
import { normalizeSpaces, toAsciiDigits } from 'c/checksheetText';
import { bodyLineText } from '../markdownText';
import { isRevisionHeaderRow, readRevisionRow, revisionCells } from '../revisionHistory';
import { headerKey, revisionColumnOf } from 'c/checksheetTabular';
import { isPlausibleTitle, numberParts, readHeadingCandidate } from '../sectionHeadings';
import type { HeadingCandidate, HeadingStyle } from '../sectionHeadings';

/** readHeadingCandidate as it was written with backtracking regular expressions: the reference. */
const reference = (() => {
  const NUMBER = String.raw`(\d{1,3}(?:[.-]\d{1,3}){0,4})`;
  const NUMBERED_TITLE = new RegExp(String.raw`^${NUMBER}(?:\.?\s+(.*)|\.(?=[^\d\s.])(.*)|\.?)$`);
  const MARKDOWN_HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
  const LIST_HEADING = new RegExp(String.raw`^\s*[-*+・]\s+${NUMBER}\.?\s+(.+)$`);
  const BOLD_LINE = /^\*\*(.+)\*\*$/;
  const CHAPTER_HEADING =
    /^(?:第\s*(\d{1,3})\s*章|(?:section|chapter)\s+(\d{1,3}(?:\.\d{1,3}){0,4}))\s*[:.]?\s*(.*)$/i;
  const PAGE_LEADER = /\s*(?:[.…・·‥]\s*){3,}\d+$/;
  const clean = (text: string) =>
    text
      .replace(/\*\*|__/g, '')
      .replace(PAGE_LEADER, '')
      .replace(/\s+$/, '');
  const withNumber = (style: HeadingStyle, level: number, text: string): HeadingCandidate => {
    const cleaned = clean(text);
    const match = NUMBERED_TITLE.exec(cleaned);
    if (match) {
      const title = (match[2] ?? match[3] ?? '').trim();
      return { style, level, number: match[1], parts: numberParts(match[1]), title };
    }
    return { style, level, number: '', parts: [], title: cleaned.trim() };
  };
  return (rawLine: string): HeadingCandidate | undefined => {
    if (rawLine.includes('\t')) return undefined;
    const line = toAsciiDigits(normalizeSpaces(rawLine)).replace(/．/g, '.');
    const markdown = MARKDOWN_HEADING.exec(line);
    if (markdown) return withNumber('markdown', markdown[1].length, markdown[2]);
    const chapter = CHAPTER_HEADING.exec(line);
    if (chapter) {
      const number = chapter[1] ?? chapter[2];
      const title = clean(chapter[3]).trim();
      return { style: 'chapter', level: 0, number, parts: numberParts(number), title };
    }
    const list = LIST_HEADING.exec(line);
    if (list) {
      const parts = numberParts(list[1]);
      const title = clean(list[2]).trim();
      if (parts.length < 2 || !isPlausibleTitle(title)) return undefined;
      return { style: 'list', level: 0, number: list[1], parts, title };
    }
    const bold = BOLD_LINE.exec(line);
    if (bold) {
      const candidate = withNumber('bold', 0, bold[1]);
      return candidate.number === '' ? undefined : candidate;
    }
    const bare = withNumber('bare', 0, line);
    if (bare.number === '' || !isPlausibleTitle(bare.title)) return undefined;
    return bare;
  };
})();

/** Lines made of the characters the heading patterns care about, in any order. */
const headingLine = fc
  .tuple(
    fc.constantFrom(
      '',
      '1',
      '2.13',
      '1-2',
      '# ',
      '## 2.1',
      '- 2.5',
      '**2.1 ',
      '第2章',
      'Section 3'
    ),
    fc.string({
      unit: fc.constantFrom(
        ' ',
        '\u3000',
        '.',
        '…',
        '・',
        '#',
        '*',
        ':',
        '1',
        '2',
        'a',
        '目',
        '\u2028',
        '-'
      ),
      maxLength: 14
    })
  )
  .map(([start, rest]) => start + rest);

describe('heading lines read linearly', () => {
  it('reads every line as the backtracking patterns did', () => {
    fc.assert(
      fc.property(headingLine, (line) => {
        expect(readHeadingCandidate(line)).toEqual(reference(line));
      }),
      { numRuns: 5000 }
    );
  });

  test.each([
    ['## 2 Title ##', '2', 'Title'],
    ['## 2 Title#', '2', 'Title#'],
    ['# #', '', '#'],
    ['1.1 目的 . . . . 12', '1.1', '目的'],
    ['1.1 目的 .. 12', '1.1', '目的 .. 12'],
    ['Section 3 :', '3', '']
  ])('%j has number %j and title %j', (line, number, title) => {
    expect(readHeadingCandidate(line)).toMatchObject({ number, title });
  });

  it('reads a section number followed by 40,000 spaces, dots or ideographic spaces', () => {
    for (const run of [' ', '.', '\u3000', ' .']) {
      const candidate = readHeadingCandidate(`1.1${run.repeat(40000)}x`);
      expect(candidate?.number ?? '').toMatch(/^(?:1\.1)?$/);
    }
  });
});

describe('revision rows read linearly', () => {
  const before = (line: string): string[] => {
    const text = normalizeSpaces(line).normalize('NFKC');
    const spaced = /^(\S+)\s+(\S+)(?:\s+(.*))?$/.exec(text);
    return spaced ? [spaced[1], spaced[2], spaced[3] ?? ''] : [text];
  };
  it('splits a space-separated row as the backtracking pattern did', () => {
    const row = fc.string({
      unit: fc.constantFrom(' ', '\u3000', '1', '.', 'a', '版', '\u2028'),
      maxLength: 16
    });
    fc.assert(
      fc.property(row, (line) => {
        expect(revisionCells(line)).toEqual(before(line));
      }),
      { numRuns: 3000 }
    );
  });
});

describe('revision rows read by their filled cells', () => {
  // The definitions over every cell, as they were before blank cells were skipped unmade.
  const VERSION_CELL = /^(?:ver\.?\s*|v|rev\.?\s*|第\s*)?(\d+(?:\.\d+)*)\s*版?$/i;
  const DATE_CELL =
    /^\d{4}\s*[/.年-]\s*\d{1,2}\s*[/.月-]\s*\d{1,2}\s*日?$|^\d{1,2}\/\d{1,2}\/\d{4}$/;
  const headerRowBefore = (line: string): boolean => {
    const row = revisionCells(line).filter((cell) => cell !== '');
    if (row.length < 2 || revisionColumnOf(headerKey(row[0])) !== 'version') return false;
    return row.slice(1).some((cell) => {
      const column = revisionColumnOf(headerKey(cell));
      return column === 'date' || column === 'description';
    });
  };
  const rowBefore = (line: string): unknown => {
    const row = revisionCells(line);
    if (row.length < 2) return undefined;
    const version = VERSION_CELL.exec(row[0]);
    if (!version) return undefined;
    const rest = row.slice(1).filter((cell) => cell !== '');
    const dateIndex = rest.findIndex((cell) => DATE_CELL.test(cell));
    if (dateIndex < 0 && !line.includes('\t') && !line.includes('|')) return undefined;
    const date = dateIndex >= 0 ? rest[dateIndex] : '';
    const description = rest
      .filter((_, index) => index !== dateIndex)
      .join(' ')
      .trim();
    return { version: version[1], date, description };
  };

  it('reads header rows and revision rows as reading every cell did', () => {
    const line = fc.string({
      unit: fc.constantFrom(
        '|',
        '\t',
        ' ',
        '\u3000',
        '1.0',
        '2024/04/01',
        '版',
        '発行日',
        '改訂内容',
        'Ver.',
        'x',
        '\u00a0'
      ),
      maxLength: 12
    });
    fc.assert(
      fc.property(line, (text) => {
        expect(isRevisionHeaderRow(text)).toBe(headerRowBefore(text));
        expect(readRevisionRow(text)).toEqual(rowBefore(text));
      }),
      { numRuns: 5000 }
    );
  });
});

describe('markdown links in body lines', () => {
  test.each([
    ['see [the policy](https://x.example/p)', 'see the policy (https://x.example/p)'],
    ['[a [b](https://x.example/)', '[a b (https://x.example/)'],
    ['![図1](img.png "title")', '図1'],
    ['[https://x.example/](https://x.example/)', 'https://x.example/']
  ])('%j reads %j', (line, text) => {
    expect(bodyLineText(line)).toBe(text);
  });

  it('keeps a line of thousands of unclosed brackets as written', () => {
    const line = `[a](${'[a]('.repeat(5000)}`;
    expect(bodyLineText(line)).toBe(line);
  });
});
