// The `tools` array of the Responses create body, after the `Tool` union of `openai` 6.49.
import {
  CALLERS,
  codeInterpreter,
  computerUsePreview,
  fileSearch,
  imageGeneration,
  mcp,
  shell,
  webSearch,
  webSearchPreview,
} from './schema-hosted-tools';
import {
  anyOf,
  arr,
  bool,
  doc,
  kind,
  nullable,
  obj,
  oneOfValues,
  otherType,
  str,
  type JsonSchema,
} from './schema-helpers';

const TOOL_NAME = {
  pattern: '^[a-zA-Z0-9_-]{1,64}$',
  patternErrorMessage: 'Use 1–64 letters, digits, _ or -.',
};

const functionTool = obj(
  'A function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling).',
  {
    type: kind('function'),
    name: str('The name of the function to call.', TOOL_NAME),
    description: nullable(
      str('A description of the function, used by the model to decide whether and how to call it.'),
    ),
    parameters: nullable(
      doc('A JSON Schema object describing the parameters of the function.', {
        type: 'object',
        default: { type: 'object', properties: {}, required: [], additionalProperties: false },
      }),
    ),
    strict: nullable(
      bool(
        'Whether strict parameter validation is enforced. With `true`, every property must be `required` and objects need `additionalProperties: false`.',
      ),
    ),
    defer_loading: bool('Whether this function is deferred and loaded via tool search.'),
    output_schema: nullable(
      doc('A JSON Schema for the JSON value encoded in string outputs.', { type: 'object' }),
    ),
    allowed_callers: nullable(CALLERS),
  },
  ['type', 'name'],
);

const custom = obj(
  'A custom tool that takes free-form text (optionally constrained by a grammar) instead of JSON arguments.',
  {
    type: kind('custom'),
    name: str('The name of the custom tool, used to identify it in tool calls.', TOOL_NAME),
    description: str('Optional description of the custom tool.'),
    format: obj('The input format. Default: unconstrained text.', {
      type: oneOfValues('The format type.', {
        text: 'Unconstrained text.',
        grammar: 'A Lark or regex grammar.',
      }),
      syntax: oneOfValues('The grammar syntax.', { lark: 'Lark grammar.', regex: 'Regular expression.' }),
      definition: str('The grammar definition.'),
    }),
    defer_loading: bool('Whether this tool is deferred and discovered via tool search.'),
  },
  ['type', 'name'],
);

const simple = (type: string, md: string): JsonSchema => obj(md, { type: kind(type) }, ['type']);

const TOOLS: JsonSchema[] = [
  functionTool,
  webSearch,
  webSearchPreview,
  fileSearch,
  codeInterpreter,
  imageGeneration,
  mcp,
  custom,
  computerUsePreview,
  shell,
  simple('computer', 'The computer tool.'),
  simple('local_shell', 'Run shell commands locally (you execute them).'),
  simple('apply_patch', 'Lets the model propose file patches.'),
];
const KNOWN = TOOLS.flatMap((t) => t.properties?.type?.enum ?? []).filter(
  (v): v is string => typeof v === 'string',
);

export const TOOLS_SCHEMA: JsonSchema = arr(
  'Tools the model may call: your own **functions**, **built-in tools** (web search, file search, code interpreter, image generation, …) and **MCP** servers. Use `tool_choice` to control which are used.',
  anyOf('A tool.', [...TOOLS, otherType('Another tool type (namespace, tool_search, …).', KNOWN)]),
  {
    defaultSnippets: [
      {
        label: 'function tool',
        body: [
          {
            type: 'function',
            name: '$1',
            description: '$2',
            parameters: { type: 'object', properties: {}, required: [], additionalProperties: false },
            strict: true,
          },
        ],
      },
      { label: 'web_search', body: [{ type: 'web_search' }] },
    ],
  },
);
