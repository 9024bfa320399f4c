/**
 * The gate's test fixtures: small SFDX trees written for these tests (made-up widgets), read as the
 * checkers receive them — paths relative to the fixture's root, text as on disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../findings';
import { listFiles } from '../repoFiles';

export const DATA = path.join(__dirname, 'data');
/** A clean project: every checker passes it. */
export const PROJECT = path.join(DATA, 'project');
/** One planted defect per file, at the same paths a project would have them. */
export const DEFECTS = path.join(DATA, 'defects');

export function readFixture(root: string): SourceFile[] {
  return listFiles(root, '.', () => true).map((relative) => ({
    path: relative,
    text: readFileSync(path.join(root, relative), 'utf8')
  }));
}

/** One file of a fixture tree, by the end of its path. */
export function fixtureFile(files: SourceFile[], suffix: string): SourceFile {
  const file = files.find((candidate) => candidate.path.endsWith(suffix));
  if (!file) throw new Error(`no fixture file ends with ${suffix}`);
  return file;
}

/** The clean project with some files replaced or added. */
export function withFiles(files: SourceFile[], extra: SourceFile[]): SourceFile[] {
  const replaced = new Set(extra.map((file) => file.path));
  return [...files.filter((file) => !replaced.has(file.path)), ...extra];
}
