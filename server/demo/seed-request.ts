/** The parallel function-calling request from the seed docs ("创建函数调用"), for tests and examples. */
export const SEED_REQUEST = {
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
