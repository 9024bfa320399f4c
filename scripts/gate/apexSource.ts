/**
 * Apex source as the gate reads it: parsed with `@apexdevtools/apex-parser`, and a copy with
 * comments and string literals blanked out (same offsets, same lines) for pattern checks.
 */
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import type { CompilationUnitContext, TriggerUnitContext } from '@apexdevtools/apex-parser';

export interface ApexComment {
  text: string;
  offset: number;
  /** 1-based line the comment ends on. */
  endLine: number;
  line: number;
}

export interface ApexStringLiteral {
  value: string;
  offset: number;
  line: number;
}

export interface ScannedApex {
  /** The source with every comment and the inside of every string literal replaced by spaces. */
  code: string;
  comments: ApexComment[];
  strings: ApexStringLiteral[];
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Splits Apex source into code, comments and string literals. */
export function scanApex(source: string): ScannedApex {
  let code = '';
  const comments: ApexComment[] = [];
  const strings: ApexStringLiteral[] = [];
  let line = 1;
  let i = 0;
  const countLines = (text: string): number => text.split('\n').length - 1;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const text = source.slice(i, end < 0 ? source.length : end);
      comments.push({ text, offset: i, line, endLine: line });
      code += blank(text);
      i += text.length;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const text = source.slice(i, end < 0 ? source.length : end + 2);
      comments.push({
        text,
        offset: i,
        line,
        endLine: line + countLines(text)
      });
      code += blank(text);
      line += countLines(text);
      i += text.length;
    } else if (c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== "'" && source[j] !== '\n')
        j += source[j] === '\\' ? 2 : 1;
      const inner = source.slice(i + 1, Math.min(j, source.length));
      strings.push({ value: inner, offset: i, line });
      code += "'" + blank(inner) + (j < source.length && source[j] === "'" ? "'" : '');
      i = j < source.length && source[j] === "'" ? j + 1 : j;
    } else {
      if (c === '\n') line++;
      code += c;
      i++;
    }
  }
  return { code, comments, strings };
}

export interface ApexSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class CollectingListener extends ApexErrorListener {
  readonly problems: ApexSyntaxProblem[] = [];

  apexSyntaxError(line: number, column: number, message: string): void {
    this.problems.push({ line, column, message: shortenExpected(message) });
  }
}

/** ANTLR lists every token it expected; a long list says nothing a reader can use. */
export function shortenExpected(message: string): string {
  return message.replace(/expecting \{(.*)\}$/s, (whole, list: string) =>
    list.length > 80 ? `expecting one of ${list.split(',').length} tokens` : whole
  );
}

export interface ParsedApex {
  tree: CompilationUnitContext | TriggerUnitContext;
  problems: ApexSyntaxProblem[];
}

/** Parses a class (`.cls`) or trigger (`.trigger`) and collects every syntax error. */
export function parseApex(source: string, isTrigger: boolean): ParsedApex {
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
  return { tree, problems: listener.problems };
}

/** What the gate uses of an ANTLR parse-tree node (antlr4 is the parser's own dependency). */
export interface NodeSpan {
  start: { start: number; stop: number; line: number };
  stop?: { stop: number } | null;
}

/** Character offsets [start, end) of a parse-tree node. */
export function rangeOf(ctx: NodeSpan): { start: number; end: number } {
  const last = ctx.stop ?? ctx.start;
  return { start: ctx.start.start, end: last.stop + 1 };
}
