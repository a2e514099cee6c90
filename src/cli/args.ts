/** Parsed command-line options: flags with values, boolean flags, and the rest as files. */
export type ParsedArgs = {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly files: readonly string[];
  readonly errors: readonly string[];
};

/** Splits arguments into `--name value` options, boolean flags and positional files. */
export function parseArgs(
  argv: readonly string[],
  withValue: readonly string[],
  booleans: readonly string[],
): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (withValue.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined) errors.push(`${arg} 需要一个参数`);
      else values.set(arg, value);
      i += 1;
    } else if (booleans.includes(arg)) flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-') errors.push(`未知选项 ${arg}`);
    else files.push(arg);
  }
  return { values, flags, files, errors };
}
