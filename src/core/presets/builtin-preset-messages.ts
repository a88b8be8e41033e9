/**
 * The built-in presets' names and descriptions by preset id: the English, which the English
 * catalogue (`presets:library`) takes as it is; the library shows them in the UI language.
 */
export const BUILTIN_PRESET_MESSAGES = {
  'seed-parallel-function-calls': {
    name: 'Parallel function calls (relay docs)',
    description: 'The relay docs’ request: four function tools the model calls at once.',
  },
  'structured-output': {
    name: 'Structured output (JSON Schema)',
    description: 'text.format json_schema with strict: the answer is JSON valid against the schema.',
  },
  'reasoning-effort': {
    name: 'Reasoning effort',
    description: 'A reasoning model with effort "high" and a reasoning summary streamed before the answer.',
  },
  'web-search': {
    name: 'Web search',
    description: 'The hosted web search tool; the answer carries URL citations.',
  },
  'image-url': {
    name: 'Image input (URL)',
    description: 'An input_image part that points at an image by URL.',
  },
  'image-base64': {
    name: 'Image input (base64)',
    description: 'An input_image part with the image inline as a data: URL.',
  },
  'file-input': {
    name: 'File input (PDF)',
    description: 'An input_file part with a small PDF inline (file_data); file_id or file_url work too.',
  },
  instructions: {
    name: 'Instructions (system prompt)',
    description: 'instructions sets the behaviour; input is the user message.',
  },
  'multi-turn': {
    name: 'Multi-turn conversation',
    description:
      'Earlier turns given as input items. To chain on the server instead, send, then use Follow-up (previous_response_id).',
  },
} as const;
