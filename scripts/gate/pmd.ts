/**
 * Step "Apex", PMD: Salesforce Code Analyzer's core with its PMD and regex engines (from npm, no
 * `sf` plugin), the `AppExchange` and `Recommended:Security` rule selections. Severity 1–2
 * (Critical, High) fails the gate; the rest is printed for information.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  CodeAnalyzer,
  CodeAnalyzerConfig,
  EventType,
  LogLevel
} from '@salesforce/code-analyzer-core';
import type { LogEvent, Violation } from '@salesforce/code-analyzer-core';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import type { Finding } from './findings';
import { finding } from './findings';

export const PMD_RULE_SELECTORS = ['AppExchange', 'Recommended:Security'];
/** Severities that fail the gate (1 Critical, 2 High). */
export const FAILING_SEVERITY = 2;

export const JAVA_MISSING =
  'PMD needs Java and `java` is not on PATH: install it with `apt-get install -y default-jre-headless` (.ci/run does)';

export function javaAvailable(): boolean {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return result.status === 0;
}

export interface PmdReport {
  findings: Finding[];
  /** Violations below the failing severity, one line each. */
  info: string[];
}

function describe(
  violation: Violation,
  root: string
): { file: string; line?: number; text: string } {
  const location = violation.getPrimaryLocation();
  const file = location.getFile();
  const rule = violation.getRule();
  return {
    file: file ? path.relative(root, file).split(path.sep).join('/') : '(no file)',
    line: location.getStartLine(),
    text: `${rule.getEngineName()} ${rule.getName()} (severity ${rule.getSeverityLevel()}): ${violation.getMessage()}`
  };
}

/** Runs the selected PMD rules on the given Apex files (absolute paths). */
export async function runPmd(
  root: string,
  apexFiles: string[],
  workFolder: string
): Promise<PmdReport> {
  mkdirSync(workFolder, { recursive: true });
  const config = CodeAnalyzerConfig.fromObject(
    {
      log_level: LogLevel.Error,
      log_folder: workFolder,
      root_working_folder: workFolder,
      engines: { cpd: { disable_engine: true } }
    },
    root
  );
  const analyzer = new CodeAnalyzer(config);
  const errors: string[] = [];
  analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
    if (event.logLevel === LogLevel.Error) errors.push(event.message);
  });
  await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
  await analyzer.addEnginePlugin(regexEngine.createEnginePlugin());
  const workspace = await analyzer.createWorkspace(apexFiles);
  const rules = await analyzer.selectRules(PMD_RULE_SELECTORS, { workspace });
  const results = await analyzer.run(rules, { workspace });

  const report: PmdReport = { findings: [], info: [] };
  for (const violation of results.getViolations()) {
    const { file, line, text } = describe(violation, root);
    if (violation.getRule().getSeverityLevel() <= FAILING_SEVERITY)
      report.findings.push(finding(file, line, text));
    else report.info.push(`${file}${line === undefined ? '' : `:${line}`}: ${text}`);
  }
  for (const message of errors)
    report.findings.push(finding('(code analyzer)', undefined, message));
  return report;
}
