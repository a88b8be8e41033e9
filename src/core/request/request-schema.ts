// JSON Schema of the `POST /v1/responses` body, for validation, hover docs and completion in the
// request editor. Names, enums and docs follow `openai` 6.49 (ResponseCreateParamsBase).
import { INPUT_PARTS, INPUT_SCHEMA } from './schema-input';
import { TOOL_CHOICE_SCHEMA } from './schema-tool-choice';
import { TOOLS_SCHEMA } from './schema-tools';
import {
  anyOf,
  bool,
  doc,
  int,
  kind,
  nullable,
  num,
  obj,
  oneOfValues,
  str,
  type JsonSchema,
} from './schema-helpers';

export type { JsonSchema } from './schema-helpers';

/** Identifies the schema inside Monaco; never fetched (schema requests are off). */
export const REQUEST_SCHEMA_URI = 'inmemory://responses-playground/request.schema.json';

const MODEL_EXAMPLES = [
  'gpt-4.1-mini',
  'gpt-4.1',
  'gpt-4.1-nano',
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-5',
  'gpt-5-mini',
  'gpt-5-nano',
  'gpt-5.1',
  'gpt-5.2',
  'gpt-5.4',
  'gpt-5.4-mini',
  'o3',
  'o3-pro',
  'o4-mini',
  'computer-use-preview',
];

const INCLUDE = {
  'web_search_call.action.sources': 'The sources of the web search tool call.',
  'web_search_call.results': 'The results of the web search tool call.',
  'code_interpreter_call.outputs':
    'The outputs of Python code execution in code interpreter tool call items.',
  'computer_call_output.output.image_url': 'Image URLs from the computer call output.',
  'file_search_call.results': 'The search results of the file search tool call.',
  'message.input_image.image_url': 'Image URLs from the input message.',
  'message.output_text.logprobs': 'Log probabilities of the output text tokens.',
  'reasoning.encrypted_content':
    'An encrypted version of the reasoning tokens, so reasoning items can be reused statelessly (`store: false` or zero data retention).',
};

const textFormat = anyOf('The format the model must output. Default: `{ "type": "text" }`.', [
  obj('Plain text output.', { type: kind('text') }, ['type']),
  obj(
    'Older JSON mode; `json_schema` is preferred for models that support it.',
    { type: kind('json_object') },
    ['type'],
  ),
  obj(
    'Structured Outputs: the model follows the JSON Schema you give. Learn more in the [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).',
    {
      type: kind('json_schema'),
      name: str('The name of the response format: a-z, A-Z, 0-9, `_` or `-`, at most 64 characters.', {
        pattern: '^[a-zA-Z0-9_-]{1,64}$',
      }),
      schema: doc('The JSON Schema the output must match.', { type: 'object' }),
      strict: nullable(
        bool(
          'Whether to enforce the schema exactly (only a subset of JSON Schema is supported with `true`).',
        ),
      ),
      description: str('What the format is for, used by the model to decide how to respond.'),
    },
    ['type', 'name', 'schema'],
  ),
]);

const PROPERTIES: Record<string, JsonSchema> = {
  model: str(
    'Model ID used to generate the response, like `gpt-4.1-mini` or `o3`. Any ID the server knows is accepted. See the [model guide](https://platform.openai.com/docs/models).',
    { examples: MODEL_EXAMPLES },
  ),
  input: INPUT_SCHEMA,
  instructions: nullable(
    str(
      "A system (or developer) message inserted into the model's context. Instructions of a `previous_response_id` are not carried over.",
    ),
  ),
  tools: TOOLS_SCHEMA,
  tool_choice: TOOL_CHOICE_SCHEMA,
  parallel_tool_calls: nullable(bool('Whether to allow the model to run tool calls in parallel.')),
  max_tool_calls: nullable(
    int('The maximum total number of built-in tool calls in one response; further attempts are ignored.', {
      minimum: 1,
    }),
  ),
  text: obj('Configuration of the text response: plain text or structured JSON.', {
    format: textFormat,
    verbosity: nullable(
      oneOfValues('Constrains the verbosity of the response. Default: `medium`.', {
        low: 'More concise.',
        medium: 'Balanced (default).',
        high: 'More verbose.',
      }),
    ),
  }),
  reasoning: nullable(
    obj(
      '**Reasoning models only** (gpt-5, o-series): reasoning options. See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning).',
      {
        effort: nullable(
          oneOfValues(
            'How much effort to spend on reasoning. Less is faster and uses fewer tokens; not every model supports every value.',
            {
              none: 'No reasoning.',
              minimal: 'Minimal reasoning.',
              low: 'Low effort.',
              medium: 'Medium effort.',
              high: 'High effort.',
              xhigh: 'Extra-high effort.',
              max: 'Maximum effort.',
            },
          ),
        ),
        summary: nullable(
          oneOfValues(
            'A summary of the reasoning performed by the model, streamed as reasoning summary events.',
            {
              auto: 'The most detailed summary the model supports.',
              concise: 'A short summary.',
              detailed: 'A detailed summary.',
            },
          ),
        ),
        generate_summary: nullable(
          oneOfValues(
            '**Deprecated:** use `summary` instead.',
            { auto: 'Auto.', concise: 'Concise.', detailed: 'Detailed.' },
            { deprecationMessage: 'Use `summary` instead.' },
          ),
        ),
      },
    ),
  ),
  previous_response_id: nullable(
    str(
      'The ID of the previous response (`resp_…`), to continue a multi-turn conversation. Cannot be used with `conversation`.',
      {
        examples: ['resp_'],
      },
    ),
  ),
  conversation: nullable(
    anyOf(
      'The conversation this response belongs to: its ID, or `{ "id": … }`. Cannot be used with `previous_response_id`.',
      [
        { type: 'string' },
        obj('A conversation reference.', { id: str('The unique ID of the conversation.') }, ['id']),
      ],
    ),
  ),
  store: nullable(bool('Whether to store the response for later retrieval via the API.')),
  stream: nullable(bool('If `true`, the response is streamed as server-sent events while it is generated.')),
  stream_options: nullable(
    obj('Options for streaming responses. Only set this with `stream: true`.', {
      include_obfuscation: bool(
        'Whether delta events carry an `obfuscation` field of random characters that normalizes payload sizes (a side-channel mitigation). Default: `true`.',
      ),
    }),
  ),
  background: nullable(
    bool(
      'Whether to run the response in the background. See [background mode](https://platform.openai.com/docs/guides/background).',
    ),
  ),
  max_output_tokens: nullable(
    int(
      'An upper bound for the number of tokens generated for the response, including visible output and reasoning tokens.',
      { minimum: 1 },
    ),
  ),
  temperature: nullable(
    num(
      'Sampling temperature between 0 and 2: higher is more random, lower more focused. Alter this or `top_p`, not both.',
      {
        minimum: 0,
        maximum: 2,
      },
    ),
  ),
  top_p: nullable(
    num(
      'Nucleus sampling: only tokens in the top `top_p` probability mass are considered. Alter this or `temperature`, not both.',
      { minimum: 0, maximum: 1 },
    ),
  ),
  top_logprobs: nullable(
    int('The number of most likely tokens (0–20) to return at each position, with log probabilities.', {
      minimum: 0,
      maximum: 20,
    }),
  ),
  metadata: nullable(
    doc(
      'Up to 16 key-value pairs attached to the response. Keys: at most 64 characters; values: strings of at most 512 characters.',
      {
        type: 'object',
        maxProperties: 16,
        propertyNames: { maxLength: 64 },
        additionalProperties: { type: 'string', maxLength: 512 },
      },
    ),
  ),
  include: nullable(
    doc('Additional output data to include in the response.', {
      type: 'array',
      uniqueItems: true,
      items: oneOfValues('An includable field.', INCLUDE),
    }),
  ),
  truncation: nullable(
    oneOfValues('The truncation strategy.', {
      auto: 'Drop items from the beginning of the conversation when the input exceeds the context window.',
      disabled: 'Fail with a 400 error when the input exceeds the context window (default).',
    }),
  ),
  service_tier: nullable(
    oneOfValues('The processing tier. The response reports the tier actually used.', {
      auto: 'The tier configured in the project settings (default).',
      default: 'Standard pricing and performance.',
      flex: 'Flex processing: cheaper, slower.',
      priority: 'Priority processing.',
      scale: 'Scale tier.',
    }),
  ),
  user: str(
    '**Deprecated:** use `safety_identifier` and `prompt_cache_key`. A stable identifier for your end user.',
    {
      deprecationMessage: 'Use `safety_identifier` and `prompt_cache_key` instead.',
    },
  ),
  safety_identifier: nullable(
    str(
      'A stable identifier (ideally hashed) for the end user, to help detect policy violations. At most 64 characters.',
      { maxLength: 64 },
    ),
  ),
  prompt_cache_key: nullable(
    str('A key used to group similar requests for better prompt cache hit rates. Replaces `user`.'),
  ),
  prompt_cache_retention: nullable(
    oneOfValues('The retention policy for the prompt cache.', {
      in_memory: 'Keep cached prefixes in memory.',
      '24h': 'Extended caching, up to 24 hours.',
    }),
  ),
  prompt: nullable(
    obj(
      'A reusable prompt template and its variables.',
      {
        id: str('The unique identifier of the prompt template.'),
        version: nullable(str('Optional version of the prompt template.')),
        variables: nullable(
          doc(
            'Values substituted for the variables of the prompt: strings, or input parts (text, image, file).',
            {
              type: 'object',
              additionalProperties: { anyOf: [{ type: 'string' }, ...INPUT_PARTS] },
            },
          ),
        ),
      },
      ['id'],
    ),
  ),
};

/**
 * The request body schema. Unknown top-level fields are allowed: relays add their own, and a
 * playground should never stop the user from sending what they mean.
 */
export const REQUEST_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: REQUEST_SCHEMA_URI,
  title: 'Responses API request',
  ...doc('The body of `POST /v1/responses`: what is in the editor is sent as is.'),
  type: 'object',
  properties: PROPERTIES,
  additionalProperties: true,
};
