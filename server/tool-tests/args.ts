/** The tool-tests command line: `<preset file> --base-url <url> [--model m] [--runs n] …`. */
import { parseArgs } from 'node:util';
import { endpointUrl } from '../../src/core/api/endpoint-url';
import { err, ok, type Result } from '../../src/core/result';

export const USAGE = `Usage: npm run tool-tests -- <preset file> --base-url <url> [options]

Runs the tool tests of a preset file (docs/preset-format.md) against an OpenAI-compatible endpoint,
prints a results table and exits 0 when every test passed, 1 when one failed, 2 on a usage or
configuration error. The key comes from OPENAI_API_KEY (none is sent when it is unset).

Options:
  --base-url <url>      the API root, e.g. https://api.openai.com/v1 (required)
  --model <name>        send this model instead of each preset's own
  --runs <n>            runs per test, 1 to 100 (default 1); a test passes when every run did
  --concurrency <n>     requests at once, 1 to 32 (default 4)
  --preset <name>       only this preset (default: every preset that has tests)
  --header "Name: value"  an extra request header (repeatable), e.g. for a relay's routing
  -h, --help            this text`;

export const MAX_RUNS = 100;
export const MAX_CONCURRENCY = 32;

export interface CliOptions {
  file: string;
  baseUrl: string;
  model?: string;
  runs: number;
  concurrency: number;
  preset?: string;
  headers: Record<string, string>;
}

/** Reads the arguments; 'help' when help was asked for; a message when they are wrong. */
export function parseCliArgs(argv: readonly string[]): Result<CliOptions | 'help', string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'base-url': { type: 'string' },
        model: { type: 'string' },
        runs: { type: 'string' },
        concurrency: { type: 'string' },
        preset: { type: 'string' },
        header: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return ok('help');
  if (positionals.length !== 1) return err('Give exactly one preset file.');
  const baseUrl = values['base-url'];
  if (baseUrl === undefined) return err('--base-url is required.');
  const url = endpointUrl(baseUrl, '/responses');
  if (!url.ok) return err(`--base-url: ${url.error}`);
  const runs = count(values.runs, 1, MAX_RUNS, '--runs');
  if (!runs.ok) return runs;
  const concurrency = count(values.concurrency, 4, MAX_CONCURRENCY, '--concurrency');
  if (!concurrency.ok) return concurrency;
  const headers: Record<string, string> = {};
  for (const line of values.header ?? []) {
    const colon = line.indexOf(':');
    if (colon < 1) return err(`--header "${line}": expected "Name: value".`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const options: CliOptions = {
    file: positionals[0] as string,
    baseUrl,
    runs: runs.value,
    concurrency: concurrency.value,
    headers,
  };
  if (values.model?.trim()) options.model = values.model.trim();
  if (values.preset !== undefined) options.preset = values.preset;
  return ok(options);
}

function count(raw: string | undefined, fallback: number, max: number, flag: string): Result<number, string> {
  if (raw === undefined) return ok(fallback);
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max
    ? ok(n)
    : err(`${flag} must be a whole number from 1 to ${max}, not "${raw}".`);
}
