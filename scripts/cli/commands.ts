/**
 * The commands of `checksheet`. Each reads its inputs, calls the service modules the org uses
 * (c/checksheetParser, c/checksheetAlign, c/checksheetCompare, c/checksheetExport,
 * c/checksheetRecords, c/checksheetInsights) and writes the result: JSON or CSV on stdout, files for `records`.
 * Nothing here parses, aligns or compares by itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { alignChecksheets } from 'c/checksheetAlign';
import { compareChecksheets, diffVersions } from 'c/checksheetCompare';
import { comparisonTable, csvBytes } from 'c/checksheetExport';
import { analyseItems } from 'c/checksheetInsights';
import { ChecksheetReadError } from 'c/checksheetModel';
import type { ParsedChecksheet, SpreadsheetLibrary } from 'c/checksheetModel';
import { parseChecksheet } from 'c/checksheetParser';
import { sha256Hex } from 'c/checksheetText';
import { ImportPlanError, buildImportPlan } from 'c/checksheetRecords';
import { itemTopics } from 'c/checksheetTopics';
import type { ImportPlan } from 'c/checksheetRecords';
import { USAGE, USAGE_HINT, UsageError, parseArgs } from './args';
import type { Command } from './args';
import { InputError, STDIN, displayName, readErrorMessage, readSource } from './input';
import { comparisonWithInsights, insightOutput } from './insights';

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Where the tool writes and reads; the real process streams, or stand-ins in tests. */
export interface CliIo {
  stdout(chunk: string | Uint8Array): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
}

const spreadsheet = XLSX as unknown as SpreadsheetLibrary;

interface Loaded {
  file: string;
  parsed: ParsedChecksheet;
  /** The bytes read (a records plan keeps their SHA-256 as the document's fingerprint). */
  bytes: Uint8Array;
}

async function load(file: string, io: CliIo, verbose: boolean): Promise<Loaded> {
  const source = await readSource(file, io.stdin);
  let parsed: ParsedChecksheet;
  try {
    parsed = parseChecksheet(source, { spreadsheet });
  } catch (error) {
    if (error instanceof ChecksheetReadError) {
      throw new InputError(readErrorMessage(file, error));
    }
    throw error;
  }
  if (verbose) {
    for (const diagnostic of parsed.diagnostics) {
      const sheet = diagnostic.sheet === undefined ? '' : `[${diagnostic.sheet}]`;
      const where = `${sheet}${diagnostic.line > 0 ? `:${diagnostic.line}` : ''}`;
      io.stderr(`${displayName(file)}${where}: ${diagnostic.severity}: ${diagnostic.message}\n`);
    }
  }
  return { file, parsed, bytes: source.bytes ?? new Uint8Array() };
}

async function loadAll(files: readonly string[], io: CliIo, verbose: boolean): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const file of files) loaded.push(await load(file, io, verbose));
  return loaded;
}

function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * `parse --json`: the documented keys first, in this order, then the rest of the document
 * (sections, revisions, the tables read with the role of each column, fileName) after them.
 */
export function parseOutput(parsed: ParsedChecksheet): Record<string, unknown> {
  const { total, accounted, ...lineCounts } = parsed.lines;
  const insights = analyseItems(parsed.items);
  return {
    title: parsed.title,
    version: parsed.version,
    format: parsed.format,
    encoding: parsed.encoding,
    preamble: parsed.preamble,
    items: parsed.items.map((item, index) => ({
      number: item.number,
      section: item.section,
      question: item.question,
      status: item.status,
      mark: item.mark,
      answer: item.answer,
      line: item.line,
      ...(item.sheet === undefined ? {} : { sheet: item.sheet }),
      ...(item.extra ? { extra: item.extra } : {}),
      topics: itemTopics(item),
      ...insightOutput(insights[index])
    })),
    diagnostics: parsed.diagnostics.map(({ line, sheet, severity, code, message, params }) => ({
      line,
      ...(sheet === undefined ? {} : { sheet }),
      severity,
      code,
      message,
      params
    })),
    lines: { total, accounted, ...lineCounts },
    sections: parsed.sections,
    revisions: parsed.revisions,
    tables: parsed.tables ?? [],
    fileName: parsed.fileName
  };
}

/** The label of a sheet in a comparison: `--label` when given, else the file's base name. */
function labelFor(file: string, index: number, labels: readonly string[]): string {
  return labels[index] ?? (file === STDIN ? 'stdin' : path.basename(file));
}

function itemFileCount(plan: ImportPlan): number {
  return plan.files.filter((f) => f.name.startsWith('Checksheet_Item__c')).length;
}

async function writePlan(plan: ImportPlan, out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    for (const file of plan.files) {
      await writeFile(path.join(out, file.name), `${JSON.stringify(file.content, null, 2)}\n`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'is not a directory'
          : (error as Error).message;
    throw new InputError(`${out}: cannot write the plan: ${reason}`);
  }
}

function recordsSummary(
  plan: ImportPlan,
  out: string,
  vendor: string,
  vendorId: string | undefined
): string {
  const itemFiles = itemFileCount(plan);
  const files = `${plan.files.length} files`;
  const owner =
    vendorId === undefined
      ? `under a NEW Account "${vendor}" (tree import cannot look up an existing Account; use --vendor-id <Id> to load under one)`
      : `under the existing Account ${vendorId}`;
  return (
    `records: wrote ${files} to ${out}: 1 checksheet and ${plan.counts.items} items` +
    ` (${itemFiles} item file${itemFiles === 1 ? '' : 's'}) ${owner};` +
    ` load with: sf data import tree --plan ${path.join(out, 'plan.json')} -o <org alias>\n`
  );
}

async function execute(command: Command, io: CliIo, verbose: boolean): Promise<void> {
  switch (command.name) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return;
    case 'parse': {
      const { parsed } = await load(command.file, io, verbose);
      printJson(io, parseOutput(parsed));
      return;
    }
    case 'align': {
      const [a, b] = await loadAll(command.files, io, verbose);
      printJson(io, alignChecksheets(a.parsed, b.parsed));
      return;
    }
    case 'compare': {
      const loaded = await loadAll(command.files, io, verbose);
      const labels = loaded.map(({ file }, index) => labelFor(file, index, command.labels));
      const comparison = compareChecksheets(
        loaded.map(({ parsed }) => parsed),
        labels
      );
      if (command.output === 'csv') {
        io.stdout(csvBytes(comparisonTable(comparison)));
      } else {
        printJson(
          io,
          comparisonWithInsights(
            comparison,
            loaded.map(({ parsed }) => parsed)
          )
        );
      }
      return;
    }
    case 'diff': {
      const [older, newer] = await loadAll([command.older, command.newer], io, verbose);
      printJson(io, diffVersions(older.parsed, newer.parsed));
      return;
    }
    case 'records': {
      const { parsed, bytes } = await load(command.file, io, verbose);
      const plan = buildImportPlan(parsed, {
        vendorName: command.vendor,
        vendorId: command.vendorId,
        checksheetName: command.checksheetName,
        receivedOn: command.receivedOn,
        sourceFileHash: sha256Hex(bytes)
      });
      await writePlan(plan, command.out);
      for (const warning of plan.warnings) io.stderr(`checksheet: warning: ${warning}\n`);
      io.stdout(recordsSummary(plan, command.out, command.vendor, command.vendorId));
      return;
    }
  }
}

/** Runs the tool on `args` (without node and the script) and returns the exit status. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let verbose = args.includes('--verbose');
  try {
    const invocation = parseArgs(args);
    verbose = invocation.verbose;
    await execute(invocation.command, io, verbose);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ImportPlanError) {
      io.stderr(`checksheet: ${error.message}\n${USAGE_HINT}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`checksheet: ${error.message}\n`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`checksheet: unexpected error: ${message.split('\n')[0]}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.input;
  }
}
