/**
 * The command lines' shared manners: `--help` prints the command's usage and exits 0;
 * a user's mistake (an unknown option, a bad value, a missing folder) is one line,
 * `<command>: <what is wrong> (npm run <command> -- --help shows how to use it)`, and
 * exit status 2, never a stack trace. A bug still shows its stack.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in how a command was called: told in one line, exit status 2. */
export class UsageError extends Error {}

interface Command<O extends ParseArgsOptionsConfig> {
  /** The npm script: "import", "grow-archive" … */
  name: string;
  /** The usage text --help prints: a synopsis line, then what each option does. */
  usage: string;
  options: O;
  /** How many file or folder arguments it takes; none unless said. */
  positionals?: { min: number; max: number };
}

/** A parse error from node:util, in plain words. */
function plainly(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option?.split(/[ ,]/)[0] ?? 'an option'} needs a value`
        : error.message.replace(/\.$/, '');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim();
    default:
      return error.message;
  }
}

/** The command's options and arguments, or: --help printed (exit 0), or a UsageError thrown. */
export function commandLine<O extends ParseArgsOptionsConfig>(argv: string[], command: Command<O>) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // --help wins over any other mistake on the line.
    if (argv.includes('--help') || argv.includes('-h')) return help(command);
    throw new UsageError(plainly(error as Error & { code?: string }));
  }
  if ((parsed.values as { help?: boolean }).help) return help(command);
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  const count = parsed.positionals.length;
  if (count < min)
    throw new UsageError(
      `${min === 1 && max === 1 ? 'name one folder' : 'name the files or folders'}; ${command.usage.split('\n')[0]}`,
    );
  if (count > max)
    throw new UsageError(
      max === 0
        ? `unexpected argument ${parsed.positionals[0]}`
        : `unexpected argument ${parsed.positionals[max]} (takes ${max === 1 ? 'one' : `at most ${max}`})`,
    );
  return parsed as unknown as {
    values: ReturnType<typeof parseArgs<{ options: O }>>['values'];
    positionals: string[];
  };
}

function help(command: Command<ParseArgsOptionsConfig>): never {
  console.log(command.usage.trimEnd());
  process.exit(0);
}

/** A whole number of at least `min`, from an option's text, or a UsageError naming the option. */
export function wholeNumber(option: string, text: string | undefined, min = 1, example = '10'): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min)
    throw new UsageError(
      `--${option} takes a whole number of at least ${min}, e.g. --${option} ${example}, not ${JSON.stringify(text ?? '')}`,
    );
  return value;
}

/**
 * Runs a command's main function: its number is the exit status; a UsageError is one
 * line on stderr, exit status 2.
 */
export async function runCommand(name: string, main: () => Promise<number | void> | number | void) {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(mistake(name, error));
    process.exitCode = 2;
  }
}

/** The one line a mistake is told in. */
const mistake = (name: string, error: UsageError) =>
  `${name}: ${error.message} (npm run ${name} -- --help shows how to use it)`;

/**
 * For a script whose work runs at its top level: the result of `parse`, or, on a
 * UsageError, the one line and exit status 2 before any work starts.
 */
export function orExit<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(mistake(name, error));
    process.exit(2);
  }
}
