import { describe, expect, it } from 'vitest';
import { viewWith } from './testing';
import { checkOutput, toolCalls, toolOutputItems } from './tool-outputs';

describe('tool round trip', () => {
  const view = viewWith([
    { type: 'reasoning', summary: [] },
    { type: 'function_call', call_id: 'call_1', name: 'math', arguments: '{"a":1}' },
    { type: 'custom_tool_call', call_id: 'call_2', name: 'grep', input: 'needle' },
    { type: 'function_call', name: 'no_id', arguments: '{}' },
  ]);

  it('finds function and custom tool calls with a call id', () => {
    expect(toolCalls(view)).toEqual([
      { callId: 'call_1', name: 'math', type: 'function_call', arguments: '{"a":1}' },
      { callId: 'call_2', name: 'grep', type: 'custom_tool_call', arguments: 'needle' },
    ]);
  });

  it('answers each call with the matching output item type', () => {
    expect(toolOutputItems(toolCalls(view), { call_1: '{"r":2}', call_2: 'found it' })).toEqual([
      { type: 'function_call_output', call_id: 'call_1', output: '{"r":2}' },
      { type: 'custom_tool_call_output', call_id: 'call_2', output: 'found it' },
    ]);
    expect(toolOutputItems(toolCalls(view), {})[0]?.output).toBe('');
  });

  it('checks JSON but allows plain text', () => {
    expect(checkOutput('  ')).toEqual({ kind: 'empty' });
    expect(checkOutput('{"ok": true}')).toEqual({ kind: 'json' });
    expect(checkOutput('42')).toEqual({ kind: 'json' });
    expect(checkOutput('sunny, 21 °C')).toEqual({ kind: 'text' });
    const broken = checkOutput('{"ok": tru}');
    expect(broken.kind).toBe('broken-json');
  });
});
