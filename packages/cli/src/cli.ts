import { localeOf, run } from './run.js';
import { uiFor } from './ui.js';

const argv = process.argv.slice(2);

// `mqtt-codes … | head` closes the pipe early: stop quietly. Any other failure to write stdout
// (`> /dev/full`: ENOSPC) is one line on stderr and exit status 1, never a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const reason = e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '')}` : e.message;
  process.stderr.write(`mqtt-codes: ${uiFor(localeOf(argv, process.env)).message('writeFailed', { reason })}\n`);
  process.exit(1);
});
// A closed or broken stderr (`2>&-`) must not change the exit status: the status is the message then.
process.stderr.on('error', () => {});

process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
});
