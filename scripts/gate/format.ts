/**
 * Step "format": Prettier (with the Apex and XML plugins, `.prettierrc`) over the files of
 * `npm run prettier:verify`: Apex, XML, TypeScript, JavaScript, MJS, HTML, CSS. Ignored files
 * (`.prettierignore`, `.gitignore`) are skipped, as the CLI does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { Finding } from './findings';
import { finding, firstDifferentLine } from './findings';
import { listFiles } from './repoFiles';

export const FORMATTED_EXTENSIONS = /\.(cls|trigger|xml|ts|mjs|js|html|css)$/;

export async function checkFormatting(root: string, relativePaths: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const ignorePath = [path.join(root, '.prettierignore'), path.join(root, '.gitignore')];
  for (const relative of relativePaths) {
    const full = path.join(root, relative);
    const info = await prettier.getFileInfo(full, {
      ignorePath,
      resolveConfig: true
    });
    if (info.ignored || info.inferredParser === null) continue;
    const options = (await prettier.resolveConfig(full)) ?? {};
    const text = readFileSync(full, 'utf8');
    try {
      const formatted = await prettier.format(text, {
        ...options,
        filepath: full
      });
      const line = firstDifferentLine(text, formatted);
      if (line !== undefined)
        findings.push(
          finding(
            relative,
            line,
            `not formatted as Prettier formats it (npx prettier --write ${relative})`
          )
        );
    } catch (error) {
      findings.push(
        finding(
          relative,
          undefined,
          `Prettier cannot parse it: ${(error as Error).message.split('\n')[0]}`
        )
      );
    }
  }
  return findings;
}

export function formattedFiles(root: string): string[] {
  return listFiles(root, '.', (relative) => FORMATTED_EXTENSIONS.test(relative));
}
