/** The request-level linter: tool envelopes (T rules) plus the schema rules for every schema. */
import { isObject, uniqueName, type JsonObject } from '../json';
import { chatToolToResponses, responseFormatToTextFormat } from './convert';
import { lintGrammar } from './lint-grammar';
import { lintFileSearch, lintFunction, lintMcp } from './lint-tools';
import { lintSchema } from './lint-schema';
import { slugifyName } from './schema-fixes';
import { finding, makeFix, strictLevel, type Finding } from './lint-types';
import { msg } from './lint-messages';
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
      out.push(finding('T03', 'error', base, msg('toolNotObject')));
      return;
    }
    const converted = chatToolToResponses(tool);
    if (converted !== tool) {
      out.push(
        finding(
          'T03',
          'error',
          base,
          msg('chatToolShape'),
          makeFix(msg('convertShape'), [{ path: base, value: converted }]),
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
            msg('toolName', { name: JSON.stringify(name) }),
            makeFix(msg('renameTo', { name: slugifyName(name) }), [
              { path: [...base, 'name'], value: uniqueName(slugifyName(name), allNames) },
            ]),
          ),
        );
      }
      if (seen.has(name)) {
        out.push(
          finding(
            'T05',
            'error',
            [...base, 'name'],
            msg('duplicateName', { name }),
            makeFix(msg('rename'), [{ path: [...base, 'name'], value: uniqueName(name, allNames) }]),
          ),
        );
      }
      seen.add(name);
      if (tool.defer_loading !== true) upFront += 1;
      else if (modelBefore54(request.model))
        out.push(finding('T12', 'error', [...base, 'defer_loading'], msg('deferLoadingModel')));
    }
    if (type === 'function') out.push(...lintFunction(tool, base, fineTuned));
    if (type === 'custom') out.push(...lintGrammar(tool.format, [...base, 'format']));
    if (type === 'mcp') out.push(...lintMcp(tool, base));
    if (type === 'file_search') out.push(...lintFileSearch(tool, base));
    if (type === 'computer_use_preview') {
      const missing = ['display_width', 'display_height', 'environment'].filter((k) => tool[k] === undefined);
      if (missing.length)
        out.push(finding('T15', 'error', base, msg('computerUseFields', { fields: missing.join(', ') })));
    }
    if (type === 'tool_search' && modelBefore54(request.model))
      out.push(finding('T12', 'error', base, msg('toolSearchModel')));
  });
  if (upFront > 20)
    out.push(finding('T11', 'warning', ['tools'], msg('tooManyFunctions', { value: upFront })));
  out.push(...lintToolChoice(request));
  out.push(...lintFormats(request, fineTuned));
  return out;
}

function lintFormats(request: JsonObject, fineTuned: boolean): Finding[] {
  const out: Finding[] = [];
  if (request.response_format !== undefined) {
    const rf = request.response_format;
    const misplaced = isObject(rf) && 'strict' in rf && 'json_schema' in rf;
    const fix = makeFix(msg('moveToTextFormat'), [
      { path: ['response_format'], value: undefined },
      { path: ['text', 'format'], value: responseFormatToTextFormat(rf) },
    ]);
    out.push(
      finding(
        'T08',
        'error',
        ['response_format'],
        msg(misplaced ? 'responseFormatStrict' : 'responseFormat'),
        fix,
      ),
    );
  }
  if (request.functions !== undefined) {
    out.push(finding('T03', 'error', ['functions'], msg('legacyFunctions')));
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
        msg('formatName', { name: JSON.stringify(name) }),
        makeFix(msg('renameTo', { name: slugifyName(name) }), [
          { path: [...base, 'name'], value: slugifyName(name) },
        ]),
      ),
    );
  out.push(
    ...lintSchema(format.schema, { base: [...base, 'schema'], level: strictLevel(format.strict), fineTuned }),
  );
  return out;
}
