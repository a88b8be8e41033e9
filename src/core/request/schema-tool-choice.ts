// `tool_choice` of the Responses create body (ToolChoiceOptions | …Function | …Types | … in `openai` 6.49).
import { anyOf, arr, kind, obj, oneOfValues, str, type JsonSchema } from './schema-helpers';

const HOSTED = [
  'file_search',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'computer',
  'computer_use_preview',
  'computer_use',
  'code_interpreter',
  'image_generation',
  'mcp',
  'shell',
  'apply_patch',
];

export const TOOL_CHOICE_SCHEMA: JsonSchema = anyOf(
  'How the model selects which tool (or tools) to use: `none`, `auto`, `required`, or an object forcing a specific tool.',
  [
    oneOfValues('A tool choice mode.', {
      none: 'The model will not call any tool and instead generates a message.',
      auto: 'The model can pick between generating a message or calling one or more tools (the default when tools are present).',
      required: 'The model must call one or more tools.',
    }),
    obj(
      'Force a call to a specific function.',
      { type: kind('function'), name: str('The name of the function to call.') },
      ['type', 'name'],
    ),
    obj(
      'Force a call to a specific custom tool.',
      { type: kind('custom'), name: str('The name of the custom tool to call.') },
      ['type', 'name'],
    ),
    obj(
      'Force a call to a tool on a remote MCP server.',
      {
        type: kind('mcp'),
        server_label: str('The label of the MCP server to use.'),
        name: str('The name of the tool to call on the server.'),
      },
      ['type', 'server_label'],
    ),
    obj('Use a built-in tool.', { type: kind(HOSTED, 'The type of hosted tool the model should use.') }, [
      'type',
    ]),
    obj(
      'Constrain the model to a subset of the tools, without changing `tools` (keeps the prompt cache intact).',
      {
        type: kind('allowed_tools'),
        mode: oneOfValues('How to use the allowed tools.', {
          auto: 'The model may pick one of the allowed tools or answer with a message.',
          required: 'The model must call one or more of the allowed tools.',
        }),
        tools: arr(
          'Tool references, like `{"type": "function", "name": "get_weather"}` or `{"type": "mcp", "server_label": "deepwiki"}`.',
          obj(
            'A tool reference.',
            {
              type: str('The tool type, like `function`, `mcp` or `image_generation`.'),
              name: str('The function or custom tool name.'),
              server_label: str('The MCP server label.'),
            },
            ['type'],
          ),
        ),
      },
      ['type', 'mode', 'tools'],
    ),
  ],
  {
    // The first snippet is what completing the `tool_choice` key inserts.
    defaultSnippets: [
      { label: '"auto"', body: 'auto' },
      { label: 'force a function', body: { type: 'function', name: '$1' } },
    ],
  },
);
