/**
 * Runs the real command-line tool in a child process (`tsx scripts/checksheet.ts …`), as a user
 * would, and collects its exit status and output.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(REPO_ROOT, 'data', 'samples');
export const SEEDS = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'checksheet.ts');

export interface CliResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

export function runCli(args: readonly string[], stdin?: Buffer): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { cwd: REPO_ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      })
    );
    child.stdin.end(stdin ?? Buffer.alloc(0));
  });
}

export function sample(name: string): string {
  return path.join(SAMPLES, name);
}
