import { isObject, type JsonObject } from '../json';
import { chatToolChoiceToResponses } from './convert';
import { finding, type Finding } from './lint-types';

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
            `tool_choice must be "none", "auto" or "required", not ${JSON.stringify(choice)}.`,
            { label: 'Use "auto"', edits: [{ path, value: 'auto' }] },
          ),
        ];
  }
  if (!isObject(choice)) return [finding('T06', 'error', path, 'tool_choice must be a string or an object.')];
  const converted = chatToolChoiceToResponses(choice);
  if (converted !== choice) {
    return [
      finding('T03', 'error', path, 'This tool_choice has the Chat Completions shape.', {
        label: 'Convert to the Responses shape',
        edits: [{ path, value: converted }],
      }),
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
    else out.push(finding('T06', 'error', path, 'allowed_tools needs a tools list.'));
  } else {
    check(choice, path);
  }
  if (choice.type === 'web_search') {
    out.push(
      finding(
        'T07',
        'warning',
        path,
        'tool_choice {type: "web_search"} is not in the documented ToolChoiceTypes (only web_search_preview).',
        {
          label: 'Require it through allowed_tools',
          edits: [
            { path, value: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'web_search' }] } },
          ],
        },
      ),
    );
  }
  return out;
}

function missingTool(ref: unknown, tools: JsonObject[]): string | undefined {
  if (!isObject(ref) || typeof ref.type !== 'string') return 'Expected {type, …}.';
  const { type } = ref;
  if (type === 'function' || type === 'custom') {
    return tools.some((t) => t.type === type && t.name === ref.name)
      ? undefined
      : `No ${type} tool named ${JSON.stringify(ref.name)}.`;
  }
  if (type === 'mcp') {
    return tools.some(
      (t) => t.type === 'mcp' && (ref.server_label === undefined || t.server_label === ref.server_label),
    )
      ? undefined
      : `No MCP tool with server_label ${JSON.stringify(ref.server_label)}.`;
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
  return tools.some((t) => accepted.includes(String(t.type))) ? undefined : `No ${type} tool in tools.`;
}
