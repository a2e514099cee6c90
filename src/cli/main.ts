import { runCheck } from './check-command';
import { runConvert } from './convert-command';
import { runConsolidate } from './consolidate-command';

const USAGE = `用法 / usage:
  npm run --silent nianbao -- check [--previous LAST_YEAR_FILE] [--json] FILE...
  npm run --silent nianbao -- convert FILE --to json|text|html|docx|xlsx [-o OUT]
  npm run --silent nianbao -- consolidate [--agency NAME] [--json] -o OUT FILE...`;

/** Entry point of the command line: dispatches to `check`, `convert` or `consolidate`. */
async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return runCheck(rest);
  if (command === 'convert') return runConvert(rest);
  if (command === 'consolidate') return runConsolidate(rest);
  process.stderr.write(`${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
