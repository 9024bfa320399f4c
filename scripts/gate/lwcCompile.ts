/**
 * Step "LWC compile": what is deployed is what the TypeScript says, and the platform's compiler
 * accepts it.
 * - every emitted module and every template / stylesheet compiles with `@lwc/compiler`
 *   (namespace `c`, the bundle's name) without diagnostics;
 * - every decorator of the `.ts` (`@api`, `@wire(…)`, `@track`) is in the emitted `.js`,
 *   character for character, and the `.js` has no `__decorate` / `__esDecorate` helper;
 * - the emitted `.js` is exactly a fresh `emitJavaScript()` of the `.ts`;
 * - every bundle has its main module (`<bundle>.ts` or `<bundle>.js`).
 */
import ts from 'typescript';
import { transformSync } from '@lwc/compiler';
import { TypeStripError, emitJavaScript } from '../build/build';
import type { Finding, SourceFile } from './findings';
import { finding, firstDifferentLine } from './findings';
import { bundleOf, isTestPath } from './repoFiles';

interface CompilerDiagnosticLike {
  message: string;
  level?: number;
  location?: { line: number; column: number };
}

interface CompilerErrorLike extends Error {
  location?: { line: number; column: number };
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Compiles one `.js`, `.html` or `.css` file of a bundle with the platform's compiler. */
export function compileWithLwc(file: SourceFile, bundle: string): Finding[] {
  try {
    const result = transformSync(file.text, fileName(file.path), {
      namespace: 'c',
      name: bundle
    });
    return ((result.warnings ?? []) as CompilerDiagnosticLike[]).map((warning) =>
      finding(file.path, warning.location?.line, `@lwc/compiler: ${warning.message}`)
    );
  } catch (error) {
    const problem = error as CompilerErrorLike;
    const firstLine = problem.message.split('\n')[0].replace(/^.*?: (?=LWC\d)/, '');
    return [finding(file.path, problem.location?.line, `@lwc/compiler: ${firstLine}`)];
  }
}

export interface DecoratorUse {
  /** The decorator as written, whitespace collapsed: `@wire(getRecord, { recordId: '$recordId' })`. */
  text: string;
  line: number;
}

/** Every decorator in a module, in source order (`.ts` or `.js`). */
export function decoratorsOf(
  source: string,
  name: string,
  typescriptSpans?: string
): DecoratorUse[] {
  const kind = name.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sourceFile = ts.createSourceFile(name, source, ts.ScriptTarget.ESNext, true, kind);
  const found: DecoratorUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isDecorator(node)) {
      // For a .ts file the text is read from its type-stripped twin (same offsets), so that a type
      // assertion inside a decorator's arguments does not count as a difference.
      const text = (typescriptSpans ?? source).slice(node.getStart(sourceFile), node.getEnd());
      found.push({
        text: text
          .replace(/\s+/g, ' ')
          .replace(/\s*([(){}[\],:])\s*/g, '$1')
          .trim(),
        line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const DECORATOR_HELPERS = /\b__(?:es)?[dD]ecorate\b|\b__runInitializers\b/g;

/** Decorators of the `.ts` are all in the emitted `.js`, and the `.js` uses no decorator helper. */
export function checkDecoratorsSurvive(typescript: SourceFile, emitted: SourceFile): Finding[] {
  const findings: Finding[] = [];
  let stripped: string | undefined;
  try {
    stripped = emitJavaScript(typescript.text, typescript.path);
  } catch {
    stripped = undefined;
  }
  const wanted = decoratorsOf(typescript.text, typescript.path, stripped);
  const present = decoratorsOf(emitted.text, emitted.path);
  const remaining = present.map((use) => use.text);
  for (const use of wanted) {
    const at = remaining.indexOf(use.text);
    if (at < 0) {
      findings.push(
        finding(
          emitted.path,
          undefined,
          `decorator ${use.text} of ${fileName(typescript.path)}:${use.line} is missing from the emitted JavaScript`
        )
      );
    } else {
      remaining.splice(at, 1);
    }
  }
  const lines = emitted.text.split('\n');
  lines.forEach((text, i) => {
    const helper = text.match(DECORATOR_HELPERS)?.[0];
    if (helper) {
      findings.push(
        finding(
          emitted.path,
          i + 1,
          `${helper}: decorators were compiled away (the platform needs them as written)`
        )
      );
    }
  });
  return findings;
}

/** The emitted `.js` is exactly what `emitJavaScript()` makes of the `.ts` today. */
export function checkEmittedMatches(
  typescript: SourceFile,
  emitted: SourceFile | undefined
): Finding[] {
  const jsPath = typescript.path.replace(/\.ts$/, '.js');
  if (!emitted)
    return [
      finding(
        jsPath,
        undefined,
        `missing: run npm run build to emit it from ${fileName(typescript.path)}`
      )
    ];
  let fresh: string;
  try {
    fresh = emitJavaScript(typescript.text, typescript.path);
  } catch (error) {
    if (error instanceof TypeStripError) {
      return error.message.split('\n').map((line) => {
        const match = /^(.*?):(\d+):\d+: (.*)$/.exec(line);
        return match
          ? finding(match[1], Number(match[2]), match[3])
          : finding(typescript.path, undefined, line);
      });
    }
    throw error;
  }
  const line = firstDifferentLine(emitted.text, fresh);
  return line === undefined
    ? []
    : [
        finding(
          emitted.path,
          line,
          `differs from what ${fileName(typescript.path)} compiles to (run npm run build)`
        )
      ];
}

/**
 * Checks every LWC bundle: `files` holds the bundles' `.ts`, `.js`, `.html`, `.css` and
 * `.js-meta.xml` files (tests are skipped).
 */
export function checkLwcBundles(files: SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const bundles = new Map<string, SourceFile[]>();
  for (const file of files) {
    const bundle = bundleOf(file.path);
    if (!bundle || isTestPath(file.path)) continue;
    bundles.set(bundle, [...(bundles.get(bundle) ?? []), file]);
  }
  for (const [bundle, bundleFiles] of bundles) {
    const names = new Set(bundleFiles.map((file) => fileName(file.path)));
    if (!names.has(`${bundle}.ts`) && !names.has(`${bundle}.js`)) {
      const meta = bundleFiles.find((file) => file.path.endsWith('.js-meta.xml'));
      findings.push(
        finding(
          meta?.path ?? bundle,
          undefined,
          `bundle ${bundle} has no main module (${bundle}.ts)`
        )
      );
    }
    for (const file of bundleFiles) {
      if (file.path.endsWith('.d.ts')) continue;
      if (file.path.endsWith('.ts')) {
        const emitted = byPath.get(file.path.replace(/\.ts$/, '.js'));
        findings.push(...checkEmittedMatches(file, emitted));
        if (emitted) findings.push(...checkDecoratorsSurvive(file, emitted));
      } else if (/\.(js|html|css)$/.test(file.path)) {
        findings.push(...compileWithLwc(file, bundle));
      }
    }
  }
  return findings;
}
