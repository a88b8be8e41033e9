// Built-in (hosted) tools of the Responses API, after the `Tool` union of `openai` 6.49.
import { anyOf, arr, bool, doc, int, kind, nullable, num, obj, oneOfValues, str } from './schema-helpers';

export const CALLERS = arr('The tool invocation context(s).', { enum: ['direct', 'programmatic'] });

const userLocation = nullable(
  obj('The approximate location of the user.', {
    type: kind('approximate'),
    city: nullable(str('Free text input for the city of the user, e.g. `San Francisco`.')),
    country: nullable(
      str('The two-letter ISO country code of the user, e.g. `US`.', { pattern: '^[A-Za-z]{2}$' }),
    ),
    region: nullable(str('Free text input for the region of the user, e.g. `California`.')),
    timezone: nullable(str('The IANA timezone of the user, e.g. `America/Los_Angeles`.')),
  }),
);
const contextSize = oneOfValues(
  'How much context window space to use for the search. `medium` is the default.',
  {
    low: 'Least context, fastest and cheapest.',
    medium: 'Balanced (default).',
    high: 'Most context.',
  },
);

export const webSearch = obj(
  'Search the Internet for sources related to the prompt. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search).',
  {
    type: kind(['web_search', 'web_search_2025_08_26']),
    search_context_size: contextSize,
    user_location: userLocation,
    filters: nullable(
      obj('Filters for the search.', {
        allowed_domains: nullable(
          arr('Allowed domains (subdomains included). All domains when omitted.', { type: 'string' }),
        ),
      }),
    ),
  },
  ['type'],
);

export const webSearchPreview = obj(
  'The preview web search tool.',
  {
    type: kind(['web_search_preview', 'web_search_preview_2025_03_11']),
    search_context_size: contextSize,
    user_location: userLocation,
    search_content_types: arr('The content types to search.', { enum: ['text', 'image'] }),
  },
  ['type'],
);

export const fileSearch = obj(
  'Search uploaded files in vector stores. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search).',
  {
    type: kind('file_search'),
    vector_store_ids: arr('The IDs of the vector stores to search.', { type: 'string' }),
    max_num_results: int('The maximum number of results to return, between 1 and 50.', {
      minimum: 1,
      maximum: 50,
    }),
    filters: nullable(
      doc(
        'A comparison filter `{key, type: eq|ne|gt|gte|lt|lte|in|nin, value}` or a compound filter `{type: and|or, filters}`.',
        {
          type: 'object',
        },
      ),
    ),
    ranking_options: obj('Ranking options for search.', {
      ranker: oneOfValues('The ranker to use.', {
        auto: 'Default ranker.',
        'default-2024-11-15': 'Pinned ranker version.',
      }),
      score_threshold: num('Only return results scoring at least this (0 to 1).', { minimum: 0, maximum: 1 }),
      hybrid_search: obj(
        'Weights for reciprocal rank fusion of embedding and keyword matches.',
        {
          embedding_weight: num('The weight of the embedding.'),
          text_weight: num('The weight of the text.'),
        },
        ['embedding_weight', 'text_weight'],
      ),
    }),
  },
  ['type', 'vector_store_ids'],
);

const MEMORY = oneOfValues('The memory limit for the container.', {
  '1g': '1 GB',
  '4g': '4 GB',
  '16g': '16 GB',
  '64g': '64 GB',
});
export const codeInterpreter = obj(
  'Runs Python code to help generate a response.',
  {
    type: kind('code_interpreter'),
    container: anyOf('A container ID, or `{ "type": "auto", "file_ids": [...] }` to create one.', [
      { type: 'string' },
      obj(
        'Configuration for an automatically created container.',
        {
          type: kind('auto'),
          file_ids: arr('Uploaded files to make available to your code.', { type: 'string' }),
          memory_limit: nullable(MEMORY),
          network_policy: obj(
            'Network access policy: `{type: "disabled"}` or `{type: "allowlist", allowed_domains}`.',
            {
              type: oneOfValues('The policy type.', {
                disabled: 'No network access.',
                allowlist: 'Only the listed domains.',
              }),
              allowed_domains: arr('Domains the container may reach.', { type: 'string' }),
            },
          ),
        },
        ['type'],
      ),
    ]),
    allowed_callers: nullable(CALLERS),
  },
  ['type', 'container'],
);

export const imageGeneration = obj(
  'Generates images with the GPT image models.',
  {
    type: kind('image_generation'),
    model: str('The image generation model to use. Default: `gpt-image-1`.', {
      examples: ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2'],
    }),
    action: oneOfValues('Generate a new image or edit an existing one. Default: `auto`.', {
      generate: 'Always generate.',
      edit: 'Always edit.',
      auto: 'Let the model decide.',
    }),
    background: oneOfValues('Background transparency. Default: `auto`.', {
      transparent: 'Transparent.',
      opaque: 'Opaque.',
      auto: 'Automatic.',
    }),
    quality: oneOfValues('Image quality. Default: `auto`.', {
      low: 'Low.',
      medium: 'Medium.',
      high: 'High.',
      auto: 'Automatic.',
    }),
    size: str('Image size as `WIDTHxHEIGHT`, or `auto`.', {
      examples: ['1024x1024', '1024x1536', '1536x1024', 'auto'],
    }),
    output_format: oneOfValues('Output format. Default: `png`.', { png: 'PNG', webp: 'WebP', jpeg: 'JPEG' }),
    output_compression: int('Compression level for the output image (0–100). Default: 100.', {
      minimum: 0,
      maximum: 100,
    }),
    moderation: oneOfValues('Moderation level. Default: `auto`.', {
      auto: 'Standard.',
      low: 'Less restrictive.',
    }),
    partial_images: int('Number of partial images to stream, 0 (default) to 3.', { minimum: 0, maximum: 3 }),
    input_fidelity: nullable(
      oneOfValues('How closely to match input images. Default: `low`.', { high: 'High.', low: 'Low.' }),
    ),
    input_image_mask: obj('Optional mask for inpainting.', {
      image_url: str('Base64-encoded mask image.'),
      file_id: str('File ID for the mask image.'),
    }),
  },
  ['type'],
);

const approvalFilter = obj('Tools matched by name or by read-only hint.', {
  tool_names: arr('Tool names.', { type: 'string' }),
  read_only: bool('Match tools annotated with `readOnlyHint`.'),
});
export const mcp = obj(
  'Tools from a remote MCP server. Give `server_url` (or `connector_id`). Learn more about [MCP tools](https://platform.openai.com/docs/guides/tools-remote-mcp).',
  {
    type: kind('mcp'),
    server_label: str('A label for this MCP server, used to identify it in tool calls.'),
    server_url: str('The URL of the MCP server.', { pattern: '^https?://' }),
    connector_id: str('A service connector, like `connector_googledrive`, instead of a server URL.'),
    server_description: str('Optional description of the MCP server.'),
    allowed_tools: nullable(
      anyOf('Allowed tool names, or a filter.', [arr('Tool names.', { type: 'string' }), approvalFilter]),
    ),
    require_approval: nullable(
      anyOf('Which tools need approval: `always`, `never`, or `{always: filter, never: filter}`.', [
        { enum: ['always', 'never'] },
        obj('Per-tool approval filters.', { always: approvalFilter, never: approvalFilter }),
      ]),
    ),
    headers: nullable(
      doc('HTTP headers to send to the MCP server.', {
        type: 'object',
        additionalProperties: { type: 'string' },
      }),
    ),
    authorization: str('An OAuth access token for the MCP server.'),
    defer_loading: bool('Whether this MCP tool is deferred and discovered via tool search.'),
  },
  ['type', 'server_label'],
);

export const computerUsePreview = obj(
  'Controls a virtual computer.',
  {
    type: kind('computer_use_preview'),
    display_width: int('The width of the computer display.'),
    display_height: int('The height of the computer display.'),
    environment: oneOfValues('The type of computer environment to control.', {
      windows: 'Windows',
      mac: 'macOS',
      linux: 'Linux',
      ubuntu: 'Ubuntu',
      browser: 'A browser',
    }),
  },
  ['type', 'display_width', 'display_height', 'environment'],
);

export const shell = obj(
  'Lets the model run shell commands.',
  {
    type: kind('shell'),
    environment: nullable(
      obj('Where commands run: `container_auto`, `local`, or `container_reference`.', {
        type: oneOfValues('The environment type.', {
          container_auto: 'A container created for this request.',
          local: 'Your own machine (you run the commands).',
          container_reference: 'An existing container.',
        }),
        container_id: str('The container ID, for `container_reference`.'),
        file_ids: arr('Uploaded files to make available.', { type: 'string' }),
        memory_limit: nullable(MEMORY),
      }),
    ),
  },
  ['type'],
);
