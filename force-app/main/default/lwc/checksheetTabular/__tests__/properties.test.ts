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
    ''
  ),
  fc.string({
    unit: fc.constantFrom('a', '1', '-', '○', '\t', ',', '"', ' ', '<', '>', '&', '項')
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
