import { isObject } from '../json';

/** One entry of the tool_choice picker: a stable key, a label and the JSON it stands for. */
export interface ChoiceOption {
  key: string;
  label: string;
  /** undefined: the field is left out of the request. */
  value: unknown;
}

/** Tool types that `{type}` can force (ToolChoiceTypes in the SDK, plus the GA names). */
const FORCEABLE = [
  'file_search',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'computer_use_preview',
  'computer',
  'image_generation',
  'code_interpreter',
  'web_search',
];

/** The tool_choice values that make sense for these tools. */
export function choiceOptions(tools: unknown): ChoiceOption[] {
  const out: ChoiceOption[] = [
    { key: 'unset', label: '(not set: auto)', value: undefined },
    { key: 'auto', label: 'auto', value: 'auto' },
    { key: 'none', label: 'none', value: 'none' },
    { key: 'required', label: 'required', value: 'required' },
  ];
  const list = Array.isArray(tools) ? tools.filter(isObject) : [];
  for (const t of list) {
    const type = String(t.type);
    if ((type === 'function' || type === 'custom') && typeof t.name === 'string') {
      out.push({ key: `${type}:${t.name}`, label: `${type} ${t.name}`, value: { type, name: t.name } });
    } else if (type === 'mcp' && typeof t.server_label === 'string') {
      out.push({
        key: `mcp:${t.server_label}`,
        label: `MCP ${t.server_label}`,
        value: { type: 'mcp', server_label: t.server_label },
      });
    } else if (FORCEABLE.includes(type) && !out.some((o) => o.key === `hosted:${type}`)) {
      out.push({ key: `hosted:${type}`, label: type, value: { type } });
    }
  }
  out.push({
    key: 'allowed_tools',
    label: 'allowed tools…',
    value: { type: 'allowed_tools', mode: 'auto', tools: [] },
  });
  return out;
}

/** The picker key of a tool_choice value; `custom` when it matches no option (edited as JSON). */
export function choiceKey(choice: unknown): string {
  if (choice === undefined || choice === null) return 'unset';
  if (typeof choice === 'string') return choice;
  if (!isObject(choice)) return 'custom';
  const type = String(choice.type);
  if ((type === 'function' || type === 'custom') && typeof choice.name === 'string')
    return `${type}:${choice.name}`;
  if (type === 'mcp' && typeof choice.server_label === 'string' && choice.name === undefined)
    return `mcp:${choice.server_label}`;
  if (type === 'allowed_tools') return 'allowed_tools';
  if (Object.keys(choice).length === 1) return `hosted:${type}`;
  return 'custom';
}

/** How an allowed_tools entry refers to a tool (function/custom by name, MCP by label, hosted by type). */
export function toolRef(tool: unknown): Record<string, unknown> | undefined {
  if (!isObject(tool) || typeof tool.type !== 'string') return undefined;
  if ((tool.type === 'function' || tool.type === 'custom') && typeof tool.name === 'string')
    return { type: tool.type, name: tool.name };
  if (tool.type === 'mcp') return { type: 'mcp', server_label: tool.server_label };
  return { type: tool.type };
}
