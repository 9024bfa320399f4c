import fc from 'fast-check';
import { ChecksheetReadError, DIAGNOSTIC_PARAMS } from 'c/checksheetModel';
import type { ParsedChecksheet } from 'c/checksheetModel';
import { detectTabularText, parseTabularText } from 'c/checksheetTabular';
import { countNonBlankLines, splitLines } from 'c/checksheetText';

/** Lines that look like parts of checksheets, and lines that look like nothing. */
const line = fc.oneof(
  fc.constantFrom(
    '項番\t確認事項\t実施有無\t備考',
    'No.,Question,Answer,Remarks',
    'Question ID,Question,CSP CAIQ Answer,SSRM Control Ownership',
    '1 情報セキュリティ\t\t\t',
    '<b>2-1 内部組織</b>\t\t\t',
    '1-1\t方針があること。\t○\t定めています。',
    '1-1\t方針があること。\t○ 定めています。',
    '2-1\t窓口\t<ul><li>○ <a href="https://x.example/">x</a></li><li>× なし</li></ul>',
    '1.1,Encrypted?,Yes,AES',
    '1.2,"multi',
    'line",No,"a ""quoted"" word"',
    'A&A-01.1,Audit?,NA,CSP-owned',
    'Audit & Assurance,,,',
    ',,,',
    '\t\t\t',
    '版\t発行日\t改訂内容',
    '1.0\t2024/01/01\t制定',
    '続きの行です。',
    'バージョン：1.0',
    '\u200b',
    '"',
    '',
    // Markdown pipe tables, with prose and headings around them
    '| 項番 | 確認事項 | 実施有無 | 備考 |',
    '|---|:---:|---|---:|',
    '| 1-1 | 方針があること。 | ○ | 定めています \\| 公開 |',
    '1-2 | 外側のパイプなし | × |',
    '## 2. 技術的対策',
    '本書は説明用です | 表ではありません',
    '| 版 | 発行日 | 改訂内容 |',
    // Ticks under Yes / No / N/A, and second header rows
    'No.,Question,Yes,No,N/A,Notes',
    ',,Yes,No,N/A,',
    '1,MFA?,X,,,hardware keys',
    '2,Backups?,x,✓,,',
    'ID\tQuestion\tAnswer\t\t\tNotes',
    '\t\tはい\tいいえ\t該当なし\t',
    'Q1\t方針\t●\t\t\t'
  ),
  fc.string({
    unit: fc.constantFrom(
      'a',
      '1',
      '-',
      '○',
      '\t',
      ',',
      '"',
      ' ',
      '<',
      '>',
      '&',
      '項',
      '|',
      '\\',
      '#'
    )
  })
);

function parseOrRefuse(text: string): ParsedChecksheet | undefined {
  try {
    return parseTabularText(text, {
      fileName: 'random.txt',
      encoding: 'utf-8'
    });
  } catch (error) {
    if (error instanceof ChecksheetReadError) return undefined;
    throw error;
  }
}

describe('parseTabularText on arbitrary text', () => {
  it('never throws anything but ChecksheetReadError, and accounts for every non-blank line', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, lineBreak) => {
          const text = lines.join(lineBreak);
          const parsed = parseOrRefuse(text);
          if (parsed === undefined) return;
          const total = countNonBlankLines(splitLines(text.replace(/^\uFEFF/, '')));
          expect(parsed.lines.total).toBe(total);
          expect(parsed.lines.accounted).toBe(total);
          for (const diagnostic of parsed.diagnostics) {
            // Every diagnostic carries exactly the parameters its label's placeholders stand for.
            expect(Object.keys(diagnostic.params).sort()).toEqual(
              [...DIAGNOSTIC_PARAMS[diagnostic.code]].sort()
            );
            expect(diagnostic.message).not.toMatch(/^lines? \d/);
          }
          for (const item of parsed.items) {
            expect(item.number).not.toBe('');
            expect(item.answer).not.toMatch(/<\/?(?:b|ul|li|a)(?=[\s/>])[^<>]*>/);
          }
        }
      ),
      { numRuns: 400 }
    );
  });

  it('parses whatever detectTabularText recognises', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        if (detectTabularText(text) === undefined) return;
        expect(() => parseTabularText(text, { fileName: '', encoding: 'utf-8' })).not.toThrow();
      }),
      { numRuns: 300 }
    );
  });

  it('refuses prose with one clear message', () => {
    expect(() =>
      parseTabularText('これは普通の文章です。\n表はありません。', {
        fileName: 'memo.txt',
        encoding: 'utf-8'
      })
    ).toThrow(
      'memo.txt: no header row with checksheet columns was found (項番 / 確認事項 / 実施有無 / 備考, or No / Question / Answer / Remarks, or the CAIQ columns)'
    );
  });
});

/** Text of a Markdown cell: words, Japanese, spaces and escaped pipes (never a bare pipe). */
const cellText = fc
  .array(fc.constantFrom('a', 'Z', '確認', ' ', '\\|', '1', '.', '（', '）'), {
    minLength: 1,
    maxLength: 8
  })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '' && !/^[\s\d.-]+$/.test(text));

const MARKS = ['○', '△', '×', '-'] as const;

describe('Markdown pipe tables, generated', () => {
  it('reads every row as the item it is, under its heading, and accounts for every line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellText, fc.constantFrom(...MARKS), fc.boolean()), {
          minLength: 1,
          maxLength: 12
        }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        (rows, outerPipes, lineBreak) => {
          const row = (cells: string[]): string => {
            const joined = cells.join(' | ');
            return outerPipes ? `| ${joined} |` : joined;
          };
          const lines = [
            '# 確認票',
            '',
            '前書きの文章です。',
            row(['項番', '確認事項', '実施有無', '備考'])
          ];
          lines.push(row(['---', ':---:', '---', '---']));
          const expected: string[][] = [];
          rows.forEach(([question, mark, heading], index) => {
            if (heading) lines.push(`## ${index + 1}. 見出し`);
            const number = `${index + 1}-1`;
            lines.push(row([number, question, mark, '']));
            expected.push([number, question.replace(/\\\|/g, '|').trim(), mark]);
          });
          lines.push('', '※ 後書きの文章です。');
          const text = lines.join(lineBreak);
          expect(detectTabularText(text)).toBe('markdown');
          const parsed = parseTabularText(text, { fileName: 'x.md', encoding: 'utf-8' });
          expect(parsed.items.map((item) => [item.number, item.question, item.mark])).toEqual(
            expected
          );
          const headings = rows.filter(([, , heading]) => heading).length;
          const total = countNonBlankLines(splitLines(text));
          expect(parsed.lines).toMatchObject({
            total,
            accounted: total,
            items: rows.length,
            sections: headings
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe('ticks under Yes / No / N/A columns, generated', () => {
  const STATUS = ['implemented', 'not_implemented', 'not_applicable'] as const;
  const TICKS = ['X', 'x', '✓', '✔', '●', '○'] as const;

  it('gives the status of the one column ticked, and reports rows ticked twice or not at all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.subarray([0, 1, 2]), fc.constantFrom(...TICKS)), {
          minLength: 1,
          maxLength: 15
        }),
        fc.boolean(),
        (rows, twoRows) => {
          const header = twoRows
            ? ['ID,Question,Answer,,,Notes', ',,Yes,No,N/A,']
            : ['ID,Question,Yes,No,N/A,Notes'];
          const lines = [...header];
          rows.forEach(([ticked, tick], index) => {
            const cells = ['', '', ''].map((_, column) => (ticked.includes(column) ? tick : ''));
            lines.push(`Q${index + 1},Question ${index + 1}?,${cells.join(',')},`);
          });
          const parsed = parseTabularText(lines.join('\n'), {
            fileName: 'x.csv',
            encoding: 'utf-8'
          });
          expect(parsed.items.map((item) => item.status)).toEqual(
            rows.map(([ticked]) => (ticked.length === 1 ? STATUS[ticked[0]] : 'none'))
          );
          const several = rows.filter(([ticked]) => ticked.length > 1).length;
          const none = rows.filter(([ticked]) => ticked.length === 0).length;
          const codes = parsed.diagnostics.map((diagnostic) => diagnostic.code);
          expect(codes.filter((code) => code === 'markers_several')).toHaveLength(
            Math.min(several, 20)
          );
          expect(codes.filter((code) => code === 'markers_none')).toHaveLength(none > 0 ? 1 : 0);
          expect(parsed.lines).toMatchObject({
            total: lines.length,
            accounted: lines.length,
            items: rows.length,
            preamble: header.length
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});
