import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from './builtin-presets';
import { describeRequest } from './describe-request';

describe('describeRequest', () => {
  it('summarises model, tools, input and streaming', () => {
    expect(describeRequest(BUILTIN_PRESETS[0]?.requestText ?? '')).toBe(
      'model gpt-4.1 · 4 tools: random_generator, system_info, math_calculator, current_time · 1 input item · not streamed',
    );
    expect(
      describeRequest(
        JSON.stringify({
          model: 'm',
          instructions: 'x',
          previous_response_id: 'resp_1',
          tools: [{ type: 'web_search_preview' }],
          stream: true,
        }),
      ),
    ).toBe('model m · 1 tool: web_search_preview · instructions · continues resp_1 · streamed');
    const many = JSON.stringify({
      tools: Array.from({ length: 7 }, (_, i) => ({ type: 'function', name: `f${i}` })),
    });
    expect(describeRequest(many)).toBe('7 tools: f0, f1, f2, f3, f4, … · not streamed');
    expect(describeRequest('{')).toBe('');
  });
});
