/**
 * @jest-environment node
 *
 * The lint step keeps every regular expression of the components linear: eslint-plugin-regexp's
 * super-linear rules, on for LWC sources, report each backtracking pattern the engine had before
 * it was rewritten (a section number then 40,000 spaces or dots took seconds). This proves the
 * repository's own ESLint config catches their return — without timing anything.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Patterns the parser, tabular reader, text and insights modules used before, one per line. */
const FORMER_PATTERNS = [
  String.raw`/\s*(?:[.…・·‥]\s*){3,}\d+$/`, // table-of-contents leader
  String.raw`/\s+$/`, // trailing spaces
  String.raw`/^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/`, // markdown heading
  String.raw`/^(\d{1,3})(?:\.?\s+(.*)|\.?)$/`, // numbered title
  String.raw`/^(?:第\s*(\d{1,3})\s*章)\s*[:.]?\s*(.*)$/i`, // chapter heading
  String.raw`/^([^ -~]+?)[\s/・|]*([ -~]+)$/`, // bilingual header
  String.raw`/[.:]+$/`, // header key
  String.raw`/バージョン\s*:?\s*(\d+)/i`, // version
  String.raw`/[,\s]+$/`, // preamble row
  String.raw`/\s*(?:[/／&]|\band\b|と)\s*/`, // party joiners
  String.raw`/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g` // markdown image
];

interface Report {
  line: number;
  ruleId: string | null;
}

/** ESLint with the repository's config over `code`, as if it were a parser module. */
function lintAsEngineSource(code: string): Report[] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(process.env.CODE, {
      filePath: 'force-app/main/default/lwc/checksheetParser/formerPatterns.ts'
    });
    process.stdout.write(JSON.stringify(result.messages.map(({ line, ruleId }) => ({ line, ruleId }))));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, CODE: code },
    encoding: 'utf8'
  });
  return JSON.parse(output) as Report[];
}

describe('super-linear regular expressions in components', () => {
  it('are reported by the lint step, each of the patterns the engine had before', () => {
    const code = FORMER_PATTERNS.map((pattern, index) => `export const P${index} = ${pattern};`);
    const reports = lintAsEngineSource(code.join('\n') + '\n');
    const flagged = new Set(
      reports
        .filter((report) => report.ruleId?.startsWith('regexp/no-super-linear'))
        .map((report) => report.line)
    );
    const missed = FORMER_PATTERNS.filter((_, index) => !flagged.has(index + 1));
    expect(missed).toEqual([]);
  });

  it('are not reported for their linear rewrites', () => {
    const code = [
      String.raw`export const NUMBERED = /^(\d{1,3})(?:\.?\s+(\S.*)?|\.?)$/;`,
      String.raw`export const MARKDOWN = /^ {0,3}(#{1,6})\s+(\S[\s\S]*)$/;`,
      String.raw`export const CHAPTER = /^(?:第\s*(\d{1,3})\s*章)\s*(?:[:.]\s*)?(\S.*)?$/i;`,
      String.raw`export const VERSION = /バージョン\s*(?::\s*)?(\d+)/i;`
    ];
    const reports = lintAsEngineSource(code.join('\n') + '\n');
    expect(reports.filter((report) => report.ruleId?.startsWith('regexp/'))).toEqual([]);
  });
});
