/**
 * `npm run tool-tests`: runs the tool tests of a preset file from Node with the app's own core (the
 * same client, reducer, matcher and Ajv validator; no browser), prints a table per preset and
 * returns the exit code: 0 every test passed, 1 a test failed, 2 a usage or configuration error.
 */
import { readFile } from 'node:fs/promises';
import { parsePresetFile } from '../../src/core/presets/preset-import';
import { saidEnglish } from '../../src/core/said-english';
import type { PresetEntry } from '../../src/core/presets/preset-format';
import { parseRequestText } from '../../src/core/request/parse-request';
import {
  endpointSender,
  runToolTests,
  toolSetHash,
  type ValidateJson,
} from '../../src/core/tools/tool-tests';
import { validateJsonText } from '../../src/core/tools/validate';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { resultsTable } from './table';

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  readFile?: (path: string) => Promise<string>;
  fetch?: typeof fetch;
}

/** Ajv runs directly in Node (the page needs a worker because its CSP forbids `new Function`). */
const validate: ValidateJson = (schema, text) => Promise.resolve(validateJsonText(schema, text));

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    io.stderr(`tool-tests: ${args.error}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.value === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT.passed;
  }
  const options = args.value;
  const presets = await loadPresets(options, io);
  if (typeof presets === 'string') {
    io.stderr(`tool-tests: ${presets}\n`);
    return EXIT.usage;
  }

  const key = io.env.OPENAI_API_KEY?.trim() ?? '';
  const send = endpointSender({ baseUrl: options.baseUrl, apiKey: key, headers: options.headers }, io.fetch);
  const redact = (text: string) => (key.length >= 8 ? text.split(key).join('sk-…') : text);
  let failed = 0;
  let total = 0;
  for (const preset of presets) {
    const tests = preset.tests ?? [];
    const request = parseRequestText(preset.requestText);
    const tools = request.ok ? request.value.tools : undefined;
    const model =
      options.model ?? (request.ok && typeof request.value.model === 'string' ? request.value.model : '?');
    io.stdout(
      `\n${preset.name} · ${model} · ${options.runs} run${options.runs === 1 ? '' : 's'} each · tools ${toolSetHash(tools)}\n`,
    );
    const results = await runToolTests({
      requestText: preset.requestText,
      tests,
      targets: [{ id: 'cli', label: options.baseUrl, model: options.model, send }],
      runs: options.runs,
      concurrency: options.concurrency,
      validate,
    });
    const rows = results.cli ?? [];
    io.stdout(`${redact(resultsTable(tests, rows))}\n`);
    total += rows.length;
    failed += rows.filter((r) => !r.pass).length;
  }
  io.stdout(`\n${total - failed} of ${total} tests passed.\n`);
  return failed > 0 ? EXIT.failed : EXIT.passed;
}

/** The presets to run, or why there are none (a configuration error). */
async function loadPresets(options: CliOptions, io: CliIo): Promise<PresetEntry[] | string> {
  let text: string;
  try {
    text = await (io.readFile ?? ((path) => readFile(path, 'utf8')))(options.file);
  } catch (e) {
    return `cannot read ${options.file}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const parsed = parsePresetFile(text, options.file.split(/[\\/]/).pop());
  if (!parsed.ok)
    return `${options.file} is not a valid preset file:\n  ${parsed.error.map(saidEnglish).join('\n  ')}`;
  for (const warning of parsed.value.warnings) io.stderr(`tool-tests: ${saidEnglish(warning)}\n`);
  const wanted = options.preset?.trim();
  const chosen =
    wanted === undefined
      ? parsed.value.presets.filter((p) => p.tests?.length)
      : parsed.value.presets.filter((p) => p.name === wanted);
  if (wanted !== undefined && chosen.length === 0)
    return `${options.file} has no preset named "${wanted}" (it has: ${parsed.value.presets.map((p) => p.name).join(', ')}).`;
  if (chosen.every((p) => !p.tests?.length))
    return `${options.file} holds no tool tests (a preset's "tests" list; see docs/preset-format.md).`;
  return chosen.filter((p) => p.tests?.length);
}
