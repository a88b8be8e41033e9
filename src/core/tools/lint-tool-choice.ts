import { isObject, type JsonObject } from '../json';
import { chatToolChoiceToResponses } from './convert';
import { finding, makeFix, type Finding } from './lint-types';
import { msg, type LintText } from './lint-messages';

/** T06/T07 (and T03 for a Chat-shaped choice): `tool_choice` refers to tools that exist. */
export function lintToolChoice(request: JsonObject): Finding[] {
  const choice = request.tool_choice;
  if (choice === undefined || choice === null) return [];
  const path = ['tool_choice'];
  if (typeof choice === 'string') {
    return ['none', 'auto', 'required'].includes(choice)
      ? []
      : [
          finding(
            'T06',
            'error',
            path,
            msg('toolChoiceString', { value: JSON.stringify(choice) }),
            makeFix(msg('useAuto'), [{ path, value: 'auto' }]),
          ),
        ];
  }
  if (!isObject(choice)) return [finding('T06', 'error', path, msg('toolChoiceType'))];
  const converted = chatToolChoiceToResponses(choice);
  if (converted !== choice) {
    return [
      finding(
        'T03',
        'error',
        path,
        msg('chatToolChoice'),
        makeFix(msg('convertShape'), [{ path, value: converted }]),
      ),
    ];
  }
  const tools = Array.isArray(request.tools) ? request.tools.filter(isObject) : [];
  const out: Finding[] = [];
  const check = (ref: unknown, at: (string | number)[]) => {
    const problem = missingTool(ref, tools);
    if (problem) out.push(finding('T06', 'error', at, problem));
  };
  if (choice.type === 'allowed_tools') {
    if (Array.isArray(choice.tools)) choice.tools.forEach((t, i) => check(t, [...path, 'tools', i]));
    else out.push(finding('T06', 'error', path, msg('allowedToolsList')));
  } else {
    check(choice, path);
  }
  if (choice.type === 'web_search') {
    out.push(
      finding(
        'T07',
        'warning',
        path,
        msg('webSearchChoice'),
        makeFix(msg('requireAllowed'), [
          { path, value: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'web_search' }] } },
        ]),
      ),
    );
  }
  return out;
}

function missingTool(ref: unknown, tools: JsonObject[]): LintText | undefined {
  if (!isObject(ref) || typeof ref.type !== 'string') return msg('choiceExpectedType');
  const { type } = ref;
  if (type === 'function' || type === 'custom') {
    return tools.some((t) => t.type === type && t.name === ref.name)
      ? undefined
      : msg('noNamedTool', { type, name: String(JSON.stringify(ref.name)) });
  }
  if (type === 'mcp') {
    return tools.some(
      (t) => t.type === 'mcp' && (ref.server_label === undefined || t.server_label === ref.server_label),
    )
      ? undefined
      : msg('noMcpTool', { label: String(JSON.stringify(ref.server_label)) });
  }
  const aliases: Record<string, string[]> = {
    web_search_preview: ['web_search_preview', 'web_search_preview_2025_03_11'],
    web_search_preview_2025_03_11: ['web_search_preview', 'web_search_preview_2025_03_11'],
    web_search: ['web_search', 'web_search_2025_08_26'],
    computer_use_preview: ['computer_use_preview'],
    computer: ['computer', 'computer_use_preview'],
    computer_use: ['computer', 'computer_use_preview'],
  };
  const accepted = aliases[type] ?? [type];
  return tools.some((t) => accepted.includes(String(t.type))) ? undefined : msg('noHostedTool', { type });
}
