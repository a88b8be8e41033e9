/**
 * The built-in preset library: one request per main use of the Responses API. Each works against
 * the built-in demo backend as is; against a real endpoint, change `model` to one it serves.
 */
import { BUILTIN_PRESET_MESSAGES } from './builtin-preset-messages';

export interface BuiltinPreset {
  /** Its names in the catalogues (`presets:library.<id>`). */
  id: keyof typeof BUILTIN_PRESET_MESSAGES;
  name: string;
  description: string;
  requestText: string;
}

const text = (request: object) => `${JSON.stringify(request, null, 2)}\n`;

/** The parallel function-calling request from the relay docs (seed "创建函数调用"), verbatim. */
export const SEED_PARALLEL_TOOLS = {
  input: [
    {
      role: 'user',
      content:
        '请同时帮我做以下几件事:\n1. 获取当前系统时间\n2. 查看系统信息(操作系统、内存等)\n3. 帮我计算 123.5 + 456.7 的结果\n4. 生成3个1-100之间的随机数\n\n这是一个并行工具调用测试,请同时执行这些任务。',
    },
  ],
  metadata: { model_id: '32' },
  model: 'gpt-4.1',
  tool_choice: 'auto',
  tools: [
    {
      type: 'function',
      name: 'random_generator',
      description: '生成指定范围内的随机数,支持批量生成',
      parameters: {
        type: 'object',
        properties: {
          min: { description: '最小值(默认1)', type: 'integer' },
          max: { description: '最大值(默认100)', type: 'integer' },
          count: { description: '生成数量(默认1,最大10)', type: 'integer' },
        },
      },
    },
    {
      type: 'function',
      name: 'system_info',
      description: '获取当前系统的基本信息,包括操作系统、Java版本、内存使用情况等',
      parameters: { type: 'object', properties: {} },
    },
    {
      type: 'function',
      name: 'math_calculator',
      description: '执行基本数学运算,支持加减乘除和幂运算',
      parameters: {
        type: 'object',
        properties: {
          a: { description: '第一个数字', type: 'number' },
          b: { description: '第二个数字', type: 'number' },
          operation: { description: '运算类型: add, subtract, multiply, divide, power', type: 'string' },
        },
        required: ['operation', 'a', 'b'],
      },
    },
    {
      type: 'function',
      name: 'current_time',
      description: '获取当前系统时间',
      parameters: { type: 'object', properties: {} },
    },
  ],
};

/** A 1×1 PNG, so the base64 image preset stays tiny. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A one-page PDF saying "Hello from a PDF file!" (readers accept it without an xref table). */
const PDF_TEXT = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 60]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj',
  '4 0 obj<</Length 52>>stream',
  'BT /F1 18 Tf 10 25 Td (Hello from a PDF file!) Tj ET',
  'endstream endobj',
  '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');

export const BUILTIN_PRESETS: readonly BuiltinPreset[] = [
  {
    id: 'seed-parallel-function-calls',
    ...BUILTIN_PRESET_MESSAGES['seed-parallel-function-calls'],
    requestText: text(SEED_PARALLEL_TOOLS),
  },
  {
    id: 'structured-output',
    ...BUILTIN_PRESET_MESSAGES['structured-output'],
    requestText: text({
      model: 'gpt-4.1-mini',
      input: 'Alice and Bob are going to a science fair on Friday. Extract the event.',
      text: {
        format: {
          type: 'json_schema',
          name: 'calendar_event',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              date: { type: 'string' },
              participants: { type: 'array', items: { type: 'string' } },
            },
            required: ['name', 'date', 'participants'],
            additionalProperties: false,
          },
        },
      },
      stream: true,
    }),
  },
  {
    id: 'reasoning-effort',
    ...BUILTIN_PRESET_MESSAGES['reasoning-effort'],
    requestText: text({
      model: 'o4-mini',
      input: 'How many times does the letter r appear in "strawberry raspberry"? Explain briefly.',
      reasoning: { effort: 'high', summary: 'auto' },
      stream: true,
    }),
  },
  {
    id: 'web-search',
    ...BUILTIN_PRESET_MESSAGES['web-search'],
    requestText: text({
      model: 'gpt-4.1',
      input: 'What was a positive news story from today?',
      tools: [{ type: 'web_search_preview' }],
      stream: true,
    }),
  },
  {
    id: 'image-url',
    ...BUILTIN_PRESET_MESSAGES['image-url'],
    requestText: text({
      model: 'gpt-4.1-mini',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is in this image?' },
            {
              type: 'input_image',
              image_url:
                'https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-madison-the-nature-boardwalk.jpg',
              detail: 'auto',
            },
          ],
        },
      ],
      stream: true,
    }),
  },
  {
    id: 'image-base64',
    ...BUILTIN_PRESET_MESSAGES['image-base64'],
    requestText: text({
      model: 'gpt-4.1-mini',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'What color is this pixel?' },
            { type: 'input_image', image_url: `data:image/png;base64,${PNG_1X1}` },
          ],
        },
      ],
      stream: true,
    }),
  },
  {
    id: 'file-input',
    ...BUILTIN_PRESET_MESSAGES['file-input'],
    requestText: text({
      model: 'gpt-4.1-mini',
      input: [
        {
          role: 'user',
          content: [
            {
              type: 'input_file',
              filename: 'hello.pdf',
              file_data: `data:application/pdf;base64,${btoa(PDF_TEXT)}`,
            },
            { type: 'input_text', text: 'What does this file say?' },
          ],
        },
      ],
      stream: true,
    }),
  },
  {
    id: 'instructions',
    ...BUILTIN_PRESET_MESSAGES['instructions'],
    requestText: text({
      model: 'gpt-4.1-mini',
      instructions: 'You are a patient tutor. Answer in at most three sentences and end with a question.',
      input: 'Why is the sky blue?',
      stream: true,
    }),
  },
  {
    id: 'multi-turn',
    ...BUILTIN_PRESET_MESSAGES['multi-turn'],
    requestText: text({
      model: 'gpt-4.1-mini',
      input: [
        { role: 'user', content: 'Suggest a name for a cat who loves boxes.' },
        { role: 'assistant', content: 'How about "Cardboard Cleo"?' },
        { role: 'user', content: 'Nice! Now give me two more, in French.' },
      ],
      store: true,
      stream: true,
    }),
  },
];
