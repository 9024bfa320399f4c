/**
 * Reading the documents named on the command line: a path's bytes, or standard input for "-".
 * Every failure becomes an InputError whose message is the one line the user sees.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ChecksheetReadError, checkDocumentSize } from 'c/checksheetModel';
import type { ChecksheetSource } from 'c/checksheetModel';

/** An input that cannot be read; the tool prints `checksheet: <message>` and exits with 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const STDIN = '-';

/** How an input is named in messages: its path as typed, "stdin" for "-". */
export function displayName(file: string): string {
  return file === STDIN ? 'stdin' : file;
}

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a parent is not a directory)',
  ELOOP: 'too many symbolic links'
};

function systemMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return SYSTEM_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The source to parse: `{ fileName, bytes }`, fileName being the base name ("" for stdin, which
 * the parser treats like a paste). Files over the documented limit are refused before reading.
 */
export async function readSource(
  file: string,
  stdin: NodeJS.ReadableStream = process.stdin
): Promise<ChecksheetSource> {
  if (file === STDIN) {
    return { fileName: '', bytes: await readStream(stdin) };
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    checkDocumentSize(file, info.size, 'bytes');
    const bytes = await readFile(file);
    return { fileName: path.basename(file), bytes: new Uint8Array(bytes) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof ChecksheetReadError) throw new InputError(error.message);
    throw new InputError(`${file}: ${systemMessage(error)}`);
  }
}

/**
 * The one-line message for a document the parser refused, naming the file as the user typed it
 * (the parser names it by its base name): "data/x.csv:12: …" or "stdin: …".
 */
export function readErrorMessage(file: string, error: ChecksheetReadError): string {
  const where = error.line > 0 ? `${displayName(file)}:${error.line}` : displayName(file);
  return `${where}: ${error.reason.split(/\r?\n/)[0]}`;
}
