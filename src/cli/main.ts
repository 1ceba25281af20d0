import { UsageError } from './args';
import { runScan, SCAN_HELP } from './scan';

const HELP = `Usage: policy-lens <command> [options]

Policy Lens finds what policy documents recommend, promise and fund, and links the
programmes, funds, bodies and reports they name across documents.

Commands:
  scan <folder>    extract and link every .txt and .md file under <folder>
                   (--json, --csv, or a report to read)

Run 'policy-lens <command> --help' for a command's options.
Exit codes: 0 done, 1 some files could not be read or were invalid, 2 usage error.
`;

type Command = (argv: readonly string[], stdout: (s: string) => void, stderr: (s: string) => void) => number;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  scan: { run: runScan, help: SCAN_HELP },
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
