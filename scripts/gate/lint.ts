/**
 * Step "lint": ESLint with `eslint.config.mjs` over the whole repository; warnings count as
 * findings (`--max-warnings 0`).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import type { Finding } from './findings';
import { finding } from './findings';

export async function runEslint(root: string): Promise<Finding[]> {
  const eslint = new ESLint({ cwd: root, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(['.']);
  const findings: Finding[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const rule = message.ruleId ? ` (${message.ruleId})` : '';
      const level = message.severity === 1 ? 'warning: ' : '';
      findings.push(finding(file, message.line, `${level}${message.message}${rule}`));
    }
  }
  return findings;
}
