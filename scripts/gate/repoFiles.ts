/**
 * Finding and reading the repository's files for the gate's checkers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './findings';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Folders no checker ever looks into. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  'coverage',
  '.gate',
  '.sf',
  '.sfdx',
  '.localdevserver',
  'mdapi-out',
  'dist'
]);

/** Every file under `under` (relative to root), as repository-relative paths with `/`. */
export function listFiles(
  root: string,
  under: string,
  accept: (relativePath: string) => boolean
): string[] {
  const found: string[] = [];
  const start = path.join(root, under);
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(full);
      } else {
        const relative = path.relative(root, full).split(path.sep).join('/');
        if (accept(relative)) found.push(relative);
      }
    }
  };
  walk(start);
  return found;
}

export function readSources(root: string, relativePaths: string[]): SourceFile[] {
  return relativePaths.map((relative) => ({
    path: relative,
    text: readFileSync(path.join(root, relative), 'utf8')
  }));
}

/** Reads every file under `under` that `accept` takes. */
export function readTree(
  root: string,
  under: string,
  accept: (relativePath: string) => boolean
): SourceFile[] {
  return readSources(root, listFiles(root, under, accept));
}

export const PACKAGE_DIR = 'force-app';
export const LWC_DIR = 'force-app/main/default/lwc';

/** True for files that are part of a test, never deployed (`.forceignore`). */
export function isTestPath(relativePath: string): boolean {
  return /(^|\/)__(tests|mocks)__\//.test(relativePath);
}

/** The LWC bundle a path belongs to (`force-app/.../lwc/<bundle>/...`), if any. */
export function bundleOf(relativePath: string): string | undefined {
  const match = /(?:^|\/)lwc\/([^/]+)\//.exec(relativePath);
  return match ? match[1] : undefined;
}
