/**
 * Step "types": `tsc -p tsconfig.json` over sources, tests and scripts, and a `c/<bundle>` path
 * alias in tsconfig.json for exactly the LWC bundles that have a `<bundle>.ts`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';
import type { Finding } from './findings';
import { finding } from './findings';

const TSCONFIG = 'tsconfig.json';

/** Path aliases of `tsconfig.json` against the bundles that have a main `.ts` module. */
export function checkBundlePaths(
  tsconfigText: string,
  bundlesWithMain: string[],
  lwcDir: string
): Finding[] {
  const parsed = ts.parseConfigFileTextToJson(TSCONFIG, tsconfigText);
  if (parsed.error)
    return [
      finding(TSCONFIG, undefined, ts.flattenDiagnosticMessageText(parsed.error.messageText, ' '))
    ];
  const paths: Record<string, string[]> = parsed.config?.compilerOptions?.paths ?? {};
  const lineOf = (needle: string): number | undefined => {
    const offset = tsconfigText.indexOf(needle);
    return offset < 0 ? undefined : tsconfigText.slice(0, offset).split('\n').length;
  };
  const findings: Finding[] = [];
  const bundles = new Set(bundlesWithMain);
  for (const bundle of bundlesWithMain) {
    const alias = `c/${bundle}`;
    const expected = `${lwcDir}/${bundle}/${bundle}.ts`;
    if (!paths[alias]) {
      findings.push(
        finding(
          TSCONFIG,
          lineOf('"paths"'),
          `bundle ${bundle} has ${bundle}.ts but no "${alias}": ["${expected}"] in compilerOptions.paths`
        )
      );
    } else if (!paths[alias].includes(expected)) {
      findings.push(
        finding(TSCONFIG, lineOf(`"${alias}"`), `"${alias}" must point to ${expected}`)
      );
    }
  }
  for (const alias of Object.keys(paths)) {
    const match = /^c\/(.+)$/.exec(alias);
    if (match && !bundles.has(match[1])) {
      findings.push(
        finding(
          TSCONFIG,
          lineOf(`"${alias}"`),
          `"${alias}" names bundle ${match[1]}, which has no ${match[1]}.ts`
        )
      );
    }
  }
  return findings;
}

/** `file(line,col): error TS2322: message` lines of `tsc --pretty false`. */
export function parseTscOutput(output: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line.trim());
    if (match)
      findings.push(
        finding(match[1].split(path.sep).join('/'), Number(match[2]), `${match[3]}: ${match[4]}`)
      );
    else if (/^error TS\d+/.test(line.trim()))
      findings.push(finding(TSCONFIG, undefined, line.trim()));
  }
  return findings;
}

export function runTsc(root: string): Finding[] {
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  const result = spawnSync(tsc, ['-p', TSCONFIG, '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8'
  });
  const findings = parseTscOutput(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0 && findings.length === 0) {
    findings.push(
      finding(
        TSCONFIG,
        undefined,
        `tsc failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`
      )
    );
  }
  return findings;
}
