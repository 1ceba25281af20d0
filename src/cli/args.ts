/** Thrown for a command line that cannot be understood; the CLI prints it with usage and exits 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

/**
 * Splits arguments into positionals and `--flag [value]` pairs; `valued` names the flags that take a value.
 * `parseArgs(['scan', 'seeds', '--json'], [])` → positionals `['scan', 'seeds']`, flags `{ json: [''] }`.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], known: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!valued.includes(name) && !known.includes(name)) throw new UsageError(`unknown option --${name}`);
    let value = '';
    if (valued.includes(name)) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`--${name} needs a value`);
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positionals, flags };
}
