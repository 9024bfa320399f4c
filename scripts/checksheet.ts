/**
 * `npm run --silent checksheet -- <command> …`: the checksheet engine on the command line.
 * Argument parsing is in ./cli/args, the commands in ./cli/commands; all the logic is in the LWC
 * service modules the org runs. stdout carries only the JSON or CSV asked for; messages go to
 * stderr. Exit status: 0 done, 1 an input could not be read, 2 bad arguments.
 */
import { run } from './cli/commands';

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  run(process.argv.slice(2), {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`checksheet: unexpected error: ${String(error)}\n`);
      process.exitCode = 1;
    }
  );
}

main();
