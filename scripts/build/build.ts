/**
 * `npm run build`: compiles every TypeScript module of the LWC bundles to the JavaScript the
 * platform stores, beside its source, and builds the static resources from node_modules.
 *
 * Types are stripped with ts-blank-space, which removes type syntax only: decorators
 * (`@api`, `@wire`, `@track`) and every line and column stay exactly where they were written,
 * as the platform's LWC compiler requires.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import tsBlankSpace from 'ts-blank-space';
import { buildStaticResources } from './staticResources';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const LWC_ROOT = path.join(PROJECT_ROOT, 'force-app', 'main', 'default', 'lwc');

/** Every `.ts` module that is deployed: not a test, not a declaration file. */
export function listComponentSources(root: string = LWC_ROOT): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '__tests__' && name !== '__mocks__') walk(full);
      } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        found.push(full);
      }
    }
  };
  walk(root);
  return found;
}

export class TypeStripError extends Error {}

/** The JavaScript the platform receives for one TypeScript module. */
export function emitJavaScript(source: string, fileName: string): string {
  const problems: string[] = [];
  const output = tsBlankSpace(source, (node) => {
    const { line, character } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
    problems.push(
      `${fileName}:${line + 1}:${character + 1}: TypeScript-only syntax that cannot be erased (${node.getText().slice(0, 60)})`
    );
  });
  if (problems.length > 0) throw new TypeStripError(problems.join('\n'));
  return output;
}

export function emittedPath(tsPath: string): string {
  return tsPath.replace(/\.ts$/, '.js');
}

/** Writes every emitted module; returns the files written. */
export function buildComponents(root: string = LWC_ROOT): string[] {
  const written: string[] = [];
  for (const source of listComponentSources(root)) {
    const js = emitJavaScript(readFileSync(source, 'utf8'), path.relative(PROJECT_ROOT, source));
    writeFileSync(emittedPath(source), js);
    written.push(emittedPath(source));
  }
  return written;
}

function main(): void {
  const components = buildComponents();
  const resources = buildStaticResources();
  console.log(
    `build: ${components.length} LWC modules emitted, ${resources.length} static resources built`
  );
}

if (require.main === module) main();
