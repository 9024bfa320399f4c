/**
 * Step "source conversion": `sf project convert source` turns force-app into a Metadata API
 * package offline, the same conversion a deploy or a package version runs first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from './findings';
import { finding } from './findings';

/** The CLI without telemetry, update checks or the user's own CLI state (HOME is a scratch folder). */
export function sfEnvironment(root: string, home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    SF_DISABLE_TELEMETRY: 'true',
    SFDX_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SFDX_AUTOUPDATE_DISABLE: 'true',
    SF_USE_PROGRESS_BAR: 'false',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_DNS_CHECK: 'true'
  };
}

export interface ConversionResult {
  findings: Finding[];
  note: string;
}

/**
 * Converts `force-app` of the SFDX project at `root`; `toolsRoot` holds the `node_modules` with
 * the CLI (the repository itself, also when converting a test fixture).
 */
export function convertSource(
  root: string,
  workFolder: string,
  toolsRoot: string = root
): ConversionResult {
  const output = path.join(workFolder, 'mdapi');
  const home = path.join(workFolder, 'sf-home');
  rmSync(output, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const sf = path.join(toolsRoot, 'node_modules', '.bin', 'sf');
  const result = spawnSync(
    sf,
    ['project', 'convert', 'source', '--source-dir', 'force-app', '--output-dir', output, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      env: sfEnvironment(toolsRoot, home),
      timeout: 180_000
    }
  );
  let status: number | undefined;
  let message = '';
  try {
    const json = JSON.parse(result.stdout) as {
      status?: number;
      message?: string;
      name?: string;
    };
    status = json.status;
    message = [json.name, json.message].filter(Boolean).join(': ');
  } catch {
    message = (result.stderr || result.stdout || String(result.error ?? ''))
      .trim()
      .split('\n')
      .slice(-5)
      .join(' ');
  }
  if (result.status !== 0 || status !== 0) {
    return {
      findings: [
        finding(
          'force-app',
          undefined,
          `sf project convert source failed: ${message || `exit ${result.status}`}`
        )
      ],
      note: ''
    };
  }
  if (!existsSync(path.join(output, 'package.xml'))) {
    return {
      findings: [finding('force-app', undefined, 'sf project convert source wrote no package.xml')],
      note: ''
    };
  }
  return {
    findings: [],
    note: `package.xml written to ${path.relative(root, output)}`
  };
}
