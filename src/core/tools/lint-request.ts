/** The request-level linter: tool envelopes (T rules) plus the schema rules for every schema. */
import { isObject, uniqueName, type JsonObject } from '../json';
import { chatToolToResponses, responseFormatToTextFormat } from './convert';
import { lintGrammar } from './lint-grammar';
import { lintFileSearch, lintFunction, lintMcp } from './lint-tools';
import { lintSchema } from './lint-schema';
import { slugifyName } from './schema-fixes';
import { finding, strictLevel, type Finding, type Fix } from './lint-types';
import { lintToolChoice } from './lint-tool-choice';
import { toolNames } from './tool-entries';
import type { RequestPath } from '../request/edit-request';

export const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** A model older than gpt-5.4 (tool_search / defer_loading need 5.4+). Unknown names pass. */
export function modelBefore54(model: unknown): boolean {
  if (typeof model !== 'string') return false;
  const m = /^gpt-(\d+)(?:\.(\d+))?/.exec(model);
  if (m) return Number(m[1]) < 5 || (Number(m[1]) === 5 && Number(m[2] ?? 0) < 4);
  return /^(o\d|chatgpt-|gpt-3)/.test(model);
}

/** Lints a whole request: every tool, `tool_choice`, `text.format` and misplaced Chat fields. */
export function lintRequest(request: JsonObject): Finding[] {
  const out: Finding[] = [];
  const fineTuned = typeof request.model === 'string' && request.model.startsWith('ft:');
  const tools = Array.isArray(request.tools) ? request.tools : [];
  const seen = new Set<string>();
  const allNames = toolNames(tools);
  let upFront = 0;
  tools.forEach((tool, i) => {
    const base: RequestPath = ['tools', i];
    if (!isObject(tool)) {
      out.push(finding('T03', 'error', base, 'A tool must be an object.'));
      return;
    }
    const converted = chatToolToResponses(tool);
    if (converted !== tool) {
      out.push(
        finding(
          'T03',
          'error',
          base,
          'This is the Chat Completions shape; Responses tools are flat ({type, name, …}).',
          { label: 'Convert to the Responses shape', edits: [{ path: base, value: converted }] },
        ),
      );
      return;
    }
    const { type } = tool;
    if (type === 'function' || type === 'custom') {
      const name = typeof tool.name === 'string' ? tool.name : '';
      if (!NAME_PATTERN.test(name)) {
        out.push(
          finding(
            'T01',
            'error',
            [...base, 'name'],
            `Tool name ${JSON.stringify(name)} must be 1–64 of a-z, A-Z, 0-9, _ and -.`,
            {
              label: `Rename to ${slugifyName(name)}`,
              edits: [{ path: [...base, 'name'], value: uniqueName(slugifyName(name), allNames) }],
            },
          ),
        );
      }
      if (seen.has(name)) {
        out.push(
          finding('T05', 'error', [...base, 'name'], `Another tool is already named "${name}".`, {
            label: 'Rename',
            edits: [{ path: [...base, 'name'], value: uniqueName(name, allNames) }],
          }),
        );
      }
      seen.add(name);
      if (tool.defer_loading !== true) upFront += 1;
      else if (modelBefore54(request.model))
        out.push(
          finding('T12', 'error', [...base, 'defer_loading'], 'defer_loading needs gpt-5.4 or later.'),
        );
    }
    if (type === 'function') out.push(...lintFunction(tool, base, fineTuned));
    if (type === 'custom') out.push(...lintGrammar(tool.format, [...base, 'format']));
    if (type === 'mcp') out.push(...lintMcp(tool, base));
    if (type === 'file_search') out.push(...lintFileSearch(tool, base));
    if (type === 'computer_use_preview') {
      const missing = ['display_width', 'display_height', 'environment'].filter((k) => tool[k] === undefined);
      if (missing.length)
        out.push(finding('T15', 'error', base, `computer_use_preview needs ${missing.join(', ')}.`));
    }
    if (type === 'tool_search' && modelBefore54(request.model))
      out.push(finding('T12', 'error', base, 'tool_search needs gpt-5.4 or later.'));
  });
  if (upFront > 20)
    out.push(
      finding(
        'T11',
        'warning',
        ['tools'],
        `${upFront} functions are available up front; aim for fewer than 20 (defer_loading + tool_search).`,
      ),
    );
  out.push(...lintToolChoice(request));
  out.push(...lintFormats(request, fineTuned));
  return out;
}

function lintFormats(request: JsonObject, fineTuned: boolean): Finding[] {
  const out: Finding[] = [];
  if (request.response_format !== undefined) {
    const rf = request.response_format;
    const misplaced = isObject(rf) && 'strict' in rf && 'json_schema' in rf;
    const fix: Fix = {
      label: 'Move it to text.format',
      edits: [
        { path: ['response_format'], value: undefined },
        { path: ['text', 'format'], value: responseFormatToTextFormat(rf) },
      ],
    };
    out.push(
      finding(
        'T08',
        'error',
        ['response_format'],
        `response_format is a Chat Completions parameter; Responses uses text.format.${misplaced ? ' Its strict also belongs inside json_schema.' : ''}`,
        fix,
      ),
    );
  }
  if (request.functions !== undefined) {
    out.push(
      finding(
        'T03',
        'error',
        ['functions'],
        'functions is the legacy Chat Completions parameter; use tools.',
      ),
    );
  }
  const text = request.text;
  const format = isObject(text) ? text.format : undefined;
  if (!isObject(format) || format.type !== 'json_schema') return out;
  const base: RequestPath = ['text', 'format'];
  const name = typeof format.name === 'string' ? format.name : '';
  if (!NAME_PATTERN.test(name))
    out.push(
      finding(
        'T02',
        'error',
        [...base, 'name'],
        `text.format.name ${JSON.stringify(name)} must be 1–64 of a-z, A-Z, 0-9, _ and -.`,
        {
          label: `Rename to ${slugifyName(name)}`,
          edits: [{ path: [...base, 'name'], value: slugifyName(name) }],
        },
      ),
    );
  out.push(
    ...lintSchema(format.schema, { base: [...base, 'schema'], level: strictLevel(format.strict), fineTuned }),
  );
  return out;
}
