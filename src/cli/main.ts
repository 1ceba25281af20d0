import { ANNOTATE_HELP, runAnnotate } from './annotate';
import { UsageError } from './args';
import { CHECK_HELP, runCheck } from './check';
import { runScan, SCAN_HELP } from './scan';

const HELP = `Usage: policy-lens <command> [options]

Policy Lens finds what policy documents recommend, promise and fund, and links the
programmes, funds, bodies and reports they name across documents.

Commands:
  scan <folder>    extract and link every .txt and .md file under <folder>
                   (--json, --csv, or a report to read)
  annotate <file>  add an annotation of a quoted passage to <file>.annotations.yaml
                   (--quote, --kind, --tag, --status, --note); prints its id
  check <folder>   validate every .annotations.yaml sidecar under <folder>

Run 'policy-lens <command> --help' for a command's options.
Exit codes: 0 done, 1 some files could not be read or were invalid, 2 usage error.
`;

type Command = (argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void) => number;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  scan: { run: runScan, help: SCAN_HELP },
  annotate: { run: runAnnotate, help: ANNOTATE_HELP },
  check: { run: runCheck, help: CHECK_HELP },
};

/** Runs the command line; returns the exit code. */
export function main(argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    stderr(`policy-lens: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return command.run(rest, stdout, stderr);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`policy-lens ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  let out = '';
  const flush = (): void => {
    process.stdout.write(out);
    out = '';
  };
  const code = main(process.argv.slice(2), (s) => {
    out += s;
    if (out.length > 1 << 20) flush();
  }, (s) => process.stderr.write(s));
  flush();
  process.exitCode = code;
}
