/**
 * Step "Apex", our own rules (PMD runs after them, see `pmd.ts`; apex-ls compiles, see
 * `apexCompile.ts`):
 * - every class and trigger parses (`@apexdevtools/apex-parser`);
 * - every top-level class declares `with sharing` or `inherited sharing`; `without sharing` only
 *   with a `// without sharing: <reason>` comment right above it (above its annotations and doc
 *   comment is right above too);
 * - every SOQL and SOSL query runs `WITH USER_MODE` (`WITH SYSTEM_MODE` only with a
 *   `// system mode: <reason>` comment right above), and so does dynamic SOQL
 *   (`Database.query(q, AccessLevel.USER_MODE)`);
 * - DML runs in user mode: `Database.insert(records, AccessLevel.USER_MODE)` and its siblings, or
 *   `insert as user records;` (`as system` only with a `// system mode: <reason>` comment); a bare
 *   `insert records;` is refused;
 * - classes annotated `@IsTest` are exempt from the sharing, query-mode and DML rules (their
 *   queries and DML set up and inspect test data; PMD still reads them);
 * - a trigger only delegates: no query or DML of its own (its handler class has them, under the
 *   rules above).
 */
import {
  ApexParserListener,
  ApexParseTreeWalker,
  AccessLevelContext,
  DeleteStatementContext,
  InsertStatementContext,
  MergeStatementContext,
  QueryContext,
  SoslLiteralContext,
  TriggerUnitContext,
  TypeDeclarationContext,
  UndeleteStatementContext,
  UpdateStatementContext,
  UpsertStatementContext
} from '@apexdevtools/apex-parser';
import type { ApexComment } from './apexSource';
import { parseApex, scanApex } from './apexSource';
import type { Finding, SourceFile } from './findings';
import { LineIndex, finding } from './findings';

/** How many lines above a construct its justification comment may end (room for a wrapped statement). */
const JUSTIFICATION_REACH = 2;

export const WITHOUT_SHARING_JUSTIFICATION = /without sharing:\s*\S/i;
export const SYSTEM_MODE_JUSTIFICATION = /system[ _]mode:\s*\S/i;

/**
 * Justification comments, each good for one construct: the first one below it (a comment above
 * two queries in a row justifies only the first).
 */
export class Justifications {
  private readonly comments: ApexComment[];
  private readonly used = new Set<ApexComment>();

  constructor(comments: ApexComment[]) {
    this.comments = comments;
  }

  /** Whether a comment matching `pattern` ends on `line` or just above it, and claims it. */
  claim(line: number, pattern: RegExp): boolean {
    const comment = this.comments.find(
      (candidate) =>
        !this.used.has(candidate) &&
        candidate.endLine >= line - JUSTIFICATION_REACH &&
        candidate.line <= line &&
        pattern.test(candidate.text)
    );
    if (comment) this.used.add(comment);
    return comment !== undefined;
  }

  /**
   * Whether a comment matching `pattern` sits above `offset` with nothing but white space,
   * other comments (blanked in `code`) and annotations between, and claims it.
   */
  claimAbove(code: string, offset: number, pattern: RegExp): boolean {
    const comment = this.comments.find(
      (candidate) =>
        !this.used.has(candidate) &&
        candidate.offset + candidate.text.length <= offset &&
        pattern.test(candidate.text) &&
        /^\s*$/.test(code.slice(candidate.offset + candidate.text.length, offset))
    );
    if (comment) this.used.add(comment);
    return comment !== undefined;
  }
}

interface Located {
  start: { line: number; start: number };
}

interface DmlStatement extends Located {
  accessLevel(): AccessLevelContext | null;
}

class RuleWalker extends ApexParserListener {
  readonly findings: Finding[] = [];
  isTest = false;
  /** Set for a `.trigger`: a trigger delegates, so any query or DML in it is a finding. */
  trigger: string | undefined;
  /** Line of the top-level class's `without sharing`, checked here rather than by the text scan. */
  topLevelLine: number | undefined;
  private readonly file: string;
  private readonly justifications: Justifications;
  private readonly code: string;

  constructor(file: string, justifications: Justifications, code: string) {
    super();
    this.file = file;
    this.justifications = justifications;
    this.code = code;
  }

  override enterTriggerUnit = (ctx: TriggerUnitContext): void => {
    this.trigger = ctx.id(0)?.getText();
  };

  /** True (and a finding) when this construct sits in a trigger, which must only delegate. */
  private inTrigger(ctx: Located, what: string): boolean {
    if (this.trigger === undefined) return false;
    this.findings.push(
      finding(
        this.file,
        ctx.start.line,
        `trigger ${this.trigger} runs a ${what} itself: a trigger only delegates to its handler class`
      )
    );
    return true;
  }

  override enterTypeDeclaration = (ctx: TypeDeclarationContext): void => {
    const declaration = ctx.classDeclaration();
    if (!declaration) return;
    const modifiers = ctx.modifier_list().map((modifier) => modifier.getText().toLowerCase());
    this.isTest = modifiers.some((modifier) => /^@istest\b/.test(modifier));
    const name = declaration.id().getText();
    const line = ctx.start.line;
    if (modifiers.includes('withoutsharing')) {
      const modifier = ctx
        .modifier_list()
        .find((m) => m.getText().toLowerCase() === 'withoutsharing');
      this.topLevelLine = modifier?.start.line;
      if (
        !this.justifications.claimAbove(
          this.code,
          ctx.start.start,
          WITHOUT_SHARING_JUSTIFICATION
        ) &&
        !this.justifications.claim(line, WITHOUT_SHARING_JUSTIFICATION)
      ) {
        this.findings.push(
          finding(
            this.file,
            line,
            `class ${name} is without sharing with no "// without sharing: <reason>" comment above it`
          )
        );
      }
    } else if (
      !this.isTest &&
      !modifiers.includes('withsharing') &&
      !modifiers.includes('inheritedsharing')
    ) {
      this.findings.push(
        finding(
          this.file,
          line,
          `class ${name} declares no sharing: declare it "with sharing" (or "inherited sharing")`
        )
      );
    }
  };

  override enterQuery = (ctx: QueryContext): void => {
    if (this.inTrigger(ctx, 'SOQL query')) return;
    const withClause = ctx.withClause();
    this.checkMode(
      ctx,
      withClause?.USER_MODE() != null,
      withClause?.SYSTEM_MODE() != null,
      'SOQL query'
    );
  };

  override enterSoslLiteral = (ctx: SoslLiteralContext): void => {
    if (this.inTrigger(ctx, 'SOSL search')) return;
    const clauses = ctx.soslClauses()?.soslWithClause_list() ?? [];
    this.checkMode(
      ctx,
      clauses.some((clause) => clause.USER_MODE() != null),
      clauses.some((clause) => clause.SYSTEM_MODE() != null),
      'SOSL search'
    );
  };

  private checkMode(ctx: Located, userMode: boolean, systemMode: boolean, what: string): void {
    const line = ctx.start.line;
    if (userMode || this.isTest) return;
    if (systemMode) {
      if (!this.justifications.claim(line, SYSTEM_MODE_JUSTIFICATION)) {
        this.findings.push(
          finding(
            this.file,
            line,
            `${what} runs WITH SYSTEM_MODE with no "// system mode: <reason>" comment above it`
          )
        );
      }
      return;
    }
    this.findings.push(finding(this.file, line, `${what} without WITH USER_MODE`));
  }

  override enterInsertStatement = (ctx: InsertStatementContext): void =>
    this.dmlStatement(ctx, 'insert');
  override enterUpdateStatement = (ctx: UpdateStatementContext): void =>
    this.dmlStatement(ctx, 'update');
  override enterUpsertStatement = (ctx: UpsertStatementContext): void =>
    this.dmlStatement(ctx, 'upsert');
  override enterDeleteStatement = (ctx: DeleteStatementContext): void =>
    this.dmlStatement(ctx, 'delete');
  override enterUndeleteStatement = (ctx: UndeleteStatementContext): void =>
    this.dmlStatement(ctx, 'undelete');
  override enterMergeStatement = (ctx: MergeStatementContext): void =>
    this.dmlStatement(ctx, 'merge');

  private dmlStatement(ctx: DmlStatement, verb: string): void {
    if (this.inTrigger(ctx, `DML statement "${verb}"`) || this.isTest) return;
    const access = ctx.accessLevel();
    if (access?.USER()) return;
    const line = ctx.start.line;
    if (access?.SYSTEM()) {
      if (!this.justifications.claim(line, SYSTEM_MODE_JUSTIFICATION)) {
        this.findings.push(
          finding(
            this.file,
            line,
            `DML statement "${verb} as system" with no "// system mode: <reason>" comment above it`
          )
        );
      }
      return;
    }
    this.findings.push(
      finding(
        this.file,
        line,
        `DML statement "${verb}" in system mode: write "${verb} as user …" or Database.${verb}(records, AccessLevel.USER_MODE)`
      )
    );
  }
}

/** `Database.*` calls that read or write records and take an AccessLevel. */
const DATABASE_CALL =
  /\bDatabase\s*\.\s*(insert|update|upsert|delete|undelete|merge|query|queryWithBinds|countQuery|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds)\s*\(/gi;
const DML_METHODS = new Set(['insert', 'update', 'upsert', 'delete', 'undelete', 'merge']);

/** The argument text of a call whose opening parenthesis ends at `open`. */
function argumentsAt(code: string, open: number): string {
  let depth = 1;
  let end = open;
  while (end < code.length && depth > 0) {
    if (code[end] === '(') depth++;
    else if (code[end] === ')') depth--;
    end++;
  }
  return code.slice(open, end - 1);
}

function databaseCalls(
  file: string,
  code: string,
  justifications: Justifications,
  walker: RuleWalker
): Finding[] {
  const findings: Finding[] = [];
  const lines = new LineIndex(code);
  for (const match of code.matchAll(DATABASE_CALL)) {
    const method = match[1];
    const line = lines.lineAt(match.index);
    if (walker.trigger !== undefined) {
      const what = DML_METHODS.has(method.toLowerCase()) ? 'DML' : 'query';
      findings.push(
        finding(
          file,
          line,
          `trigger ${walker.trigger} runs a ${what} (Database.${method}) itself: a trigger only delegates to its handler class`
        )
      );
      continue;
    }
    if (walker.isTest) continue;
    const args = argumentsAt(code, match.index + match[0].length);
    if (/AccessLevel\s*\.\s*USER_MODE/i.test(args)) continue;
    if (/AccessLevel\s*\.\s*SYSTEM_MODE/i.test(args)) {
      if (!justifications.claim(line, SYSTEM_MODE_JUSTIFICATION)) {
        findings.push(
          finding(
            file,
            line,
            `Database.${method} in AccessLevel.SYSTEM_MODE with no "// system mode: <reason>" comment above it`
          )
        );
      }
      continue;
    }
    findings.push(finding(file, line, `Database.${method}(…) without AccessLevel.USER_MODE`));
  }
  return findings;
}

/** Runs our rules on one class or trigger. */
export function checkApexFile(file: SourceFile): Finding[] {
  const isTrigger = file.path.endsWith('.trigger');
  const parsed = parseApex(file.text, isTrigger);
  if (parsed.problems.length > 0) {
    return parsed.problems.map((problem) =>
      finding(file.path, problem.line, `syntax error: ${problem.message}`)
    );
  }
  const scanned = scanApex(file.text);
  const justifications = new Justifications(scanned.comments);
  const walker = new RuleWalker(file.path, justifications, scanned.code);
  ApexParseTreeWalker.DEFAULT.walk(walker, parsed.tree);
  const findings = [...walker.findings];
  // Inner classes: `without sharing` anywhere needs its reason too.
  const lines = new LineIndex(scanned.code);
  for (const match of scanned.code.matchAll(/\bwithout\s+sharing\b/gi)) {
    const line = lines.lineAt(match.index);
    if (line === walker.topLevelLine) continue;
    if (!justifications.claim(line, WITHOUT_SHARING_JUSTIFICATION)) {
      findings.push(
        finding(
          file.path,
          line,
          `without sharing with no "// without sharing: <reason>" comment above it`
        )
      );
    }
  }
  findings.push(...databaseCalls(file.path, scanned.code, justifications, walker));
  return findings;
}

export function isApexFile(path: string): boolean {
  return path.endsWith('.cls') || path.endsWith('.trigger');
}

export function checkApexSources(files: SourceFile[]): Finding[] {
  return files.filter((file) => isApexFile(file.path)).flatMap(checkApexFile);
}
