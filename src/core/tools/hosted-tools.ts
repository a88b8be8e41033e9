/**
 * Form definitions for the hosted (built-in) tools, after the `Tool` union of `openai` 6.49.
 * A form edits only its own fields; every other field of the tool is kept and editable as JSON.
 */
import { isObject } from '../json';
import { getAt, setAt, type JsonPath } from './schema-path';

export type FieldKind = 'text' | 'number' | 'select' | 'list' | 'boolean' | 'json';

export interface HostedField {
  /** Path of the field inside the tool object. */
  path: JsonPath;
  label: string;
  kind: FieldKind;
  options?: string[];
  hint?: string;
  required?: boolean;
}

export interface HostedToolSpec {
  type: string;
  label: string;
  /** What "Add" inserts. */
  template: Record<string, unknown>;
  fields: HostedField[];
}

export const HOSTED_TOOL_SPECS: HostedToolSpec[] = [
  {
    type: 'web_search',
    label: 'Web search',
    template: { type: 'web_search' },
    fields: [
      {
        path: ['search_context_size'],
        label: 'Search context size',
        kind: 'select',
        options: ['low', 'medium', 'high'],
      },
      {
        path: ['filters', 'allowed_domains'],
        label: 'Allowed domains',
        kind: 'list',
        hint: 'comma-separated; subdomains included',
      },
      { path: ['user_location', 'city'], label: 'City', kind: 'text' },
      { path: ['user_location', 'region'], label: 'Region', kind: 'text' },
      {
        path: ['user_location', 'country'],
        label: 'Country',
        kind: 'text',
        hint: 'ISO 3166-1 alpha-2, e.g. FR',
      },
      {
        path: ['user_location', 'timezone'],
        label: 'Timezone',
        kind: 'text',
        hint: 'IANA, e.g. Europe/Paris',
      },
    ],
  },
  {
    type: 'file_search',
    label: 'File search',
    template: { type: 'file_search', vector_store_ids: [] },
    fields: [
      {
        path: ['vector_store_ids'],
        label: 'Vector store ids',
        kind: 'list',
        required: true,
        hint: 'comma-separated vs_… ids',
      },
      { path: ['max_num_results'], label: 'Max results', kind: 'number', hint: '1–50' },
      {
        path: ['ranking_options', 'ranker'],
        label: 'Ranker',
        kind: 'select',
        options: ['auto', 'default-2024-11-15'],
      },
      { path: ['ranking_options', 'score_threshold'], label: 'Score threshold', kind: 'number', hint: '0–1' },
      {
        path: ['filters'],
        label: 'Filters',
        kind: 'json',
        hint: '{"type":"eq","key":"…","value":…} or {"type":"and","filters":[…]}',
      },
    ],
  },
  {
    type: 'code_interpreter',
    label: 'Code interpreter',
    template: { type: 'code_interpreter', container: { type: 'auto' } },
    fields: [
      {
        path: ['container'],
        label: 'Container',
        kind: 'json',
        required: true,
        hint: '"cntr_…" id, or {"type":"auto","file_ids":[…],"memory_limit":"1g"}',
      },
    ],
  },
  {
    type: 'image_generation',
    label: 'Image generation',
    template: { type: 'image_generation' },
    fields: [
      { path: ['model'], label: 'Image model', kind: 'text' },
      {
        path: ['size'],
        label: 'Size',
        kind: 'select',
        options: ['auto', '1024x1024', '1024x1536', '1536x1024'],
      },
      { path: ['quality'], label: 'Quality', kind: 'select', options: ['auto', 'low', 'medium', 'high'] },
      { path: ['output_format'], label: 'Output format', kind: 'select', options: ['png', 'jpeg', 'webp'] },
      {
        path: ['background'],
        label: 'Background',
        kind: 'select',
        options: ['auto', 'transparent', 'opaque'],
      },
      { path: ['moderation'], label: 'Moderation', kind: 'select', options: ['auto', 'low'] },
      { path: ['partial_images'], label: 'Partial images', kind: 'number', hint: '0–3' },
    ],
  },
  {
    type: 'mcp',
    label: 'MCP server',
    template: {
      type: 'mcp',
      server_label: 'my_server',
      server_url: 'https://example.com/mcp',
      require_approval: 'always',
    },
    fields: [
      { path: ['server_label'], label: 'Server label', kind: 'text', required: true },
      { path: ['server_url'], label: 'Server URL', kind: 'text' },
      { path: ['server_description'], label: 'Server description', kind: 'text' },
      {
        path: ['allowed_tools'],
        label: 'Allowed MCP tools',
        kind: 'list',
        hint: 'comma-separated; empty = all',
      },
      { path: ['require_approval'], label: 'Approval', kind: 'select', options: ['always', 'never'] },
      {
        path: ['headers'],
        label: 'Headers',
        kind: 'json',
        hint: '{"X-Api-Key": "…"} (sent to the MCP server)',
      },
    ],
  },
  {
    type: 'computer_use_preview',
    label: 'Computer use',
    template: {
      type: 'computer_use_preview',
      display_width: 1024,
      display_height: 768,
      environment: 'browser',
    },
    fields: [
      { path: ['display_width'], label: 'Display width', kind: 'number', required: true },
      { path: ['display_height'], label: 'Display height', kind: 'number', required: true },
      {
        path: ['environment'],
        label: 'Environment',
        kind: 'select',
        options: ['browser', 'mac', 'windows', 'ubuntu', 'linux'],
        required: true,
      },
    ],
  },
];

/** The form for a tool type (GA/preview aliases share one). */
export function hostedSpec(type: string): HostedToolSpec | undefined {
  const base = type.startsWith('web_search')
    ? 'web_search'
    : type === 'computer'
      ? 'computer_use_preview'
      : type;
  const spec = HOSTED_TOOL_SPECS.find((s) => s.type === base);
  if (type === 'computer' && spec) return { ...spec, fields: [] };
  return spec;
}

/**
 * The tool with one form field set; `undefined` removes the field, and an object left empty by
 * that (such as `user_location`) is removed too.
 */
export function setToolField(
  tool: Record<string, unknown>,
  path: JsonPath,
  value: unknown,
): Record<string, unknown> {
  let out = setAt(tool, path, value) as Record<string, unknown>;
  for (let depth = path.length - 1; depth > 0 && value === undefined; depth--) {
    const parent = getAt(out, path.slice(0, depth));
    if (isObject(parent) && Object.keys(parent).length === 0)
      out = setAt(out, path.slice(0, depth), undefined) as Record<string, unknown>;
  }
  return out;
}
