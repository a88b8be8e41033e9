import { describe, expect, it } from 'vitest';
import { narrowItem } from './output-items';
import { seedItem } from './items';

describe('narrowItem', () => {
  it('reads a message: text with citations, refusals, text under another part type', () => {
    const raw = {
      type: 'message',
      id: 'msg_1',
      role: 'assistant',
      status: 'completed',
      content: [
        {
          type: 'output_text',
          text: 'See the docs.',
          annotations: [
            { type: 'url_citation', url: 'https://example.com', title: 'Docs' },
            { type: 'file_citation', file_id: 'file_1', filename: 'a.pdf' },
            'not an object',
          ],
        },
        { type: 'refusal', refusal: 'No.' },
        { type: 'text', text: 'A relay calls it text.' },
        { type: 'image', data: 'x' },
      ],
    };
    expect(narrowItem(raw)).toEqual({
      kind: 'message',
      raw,
      id: 'msg_1',
      role: 'assistant',
      status: 'completed',
      parts: [
        {
          type: 'output_text',
          text: 'See the docs.',
          annotations: [
            { type: 'url_citation', url: 'https://example.com', title: 'Docs' },
            { type: 'file_citation', filename: 'a.pdf', fileId: 'file_1' },
          ],
        },
        { type: 'refusal', refusal: 'No.' },
        { type: 'output_text', text: 'A relay calls it text.', annotations: [] },
        { type: 'other', raw: { type: 'image', data: 'x' } },
      ],
    });
  });

  it('reads function, custom tool and MCP calls alike; wrong-typed fields read as absent', () => {
    expect(
      narrowItem({ type: 'function_call', call_id: 'c1', name: 'f', arguments: '{"a":1}' }),
    ).toMatchObject({
      kind: 'call',
      type: 'function_call',
      callId: 'c1',
      name: 'f',
      arguments: '{"a":1}',
    });
    expect(
      narrowItem({ type: 'custom_tool_call', call_id: 'c2', name: 'g', input: 'free text' }),
    ).toMatchObject({
      kind: 'call',
      type: 'custom_tool_call',
      arguments: 'free text',
    });
    expect(
      narrowItem({ type: 'mcp_call', server_label: 'docs', name: 'search', arguments: '{}', output: 'ok' }),
    ).toMatchObject({ kind: 'call', type: 'mcp_call', serverLabel: 'docs', output: 'ok' });
    const odd = narrowItem({ type: 'function_call', call_id: 7, name: null, arguments: { a: 1 } });
    expect(odd).toMatchObject({ kind: 'call', callId: undefined, name: undefined, arguments: '' });
  });

  it('reads every seed the reducer starts items from', () => {
    expect(narrowItem(seedItem('message'))).toMatchObject({ kind: 'message', parts: [] });
    expect(narrowItem(seedItem('function_call'))).toMatchObject({ kind: 'call', arguments: '' });
    expect(narrowItem(seedItem('reasoning'))).toMatchObject({ kind: 'reasoning', summary: [], content: [] });
    expect(narrowItem(seedItem('shell_call'))).toMatchObject({ kind: 'other', type: 'shell_call' });
  });

  it('reads reasoning summaries and raw reasoning text', () => {
    const raw = {
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: 'Thinking' }],
      content: [{ text: 'raw' }],
    };
    expect(narrowItem(raw)).toMatchObject({ kind: 'reasoning', summary: ['Thinking'], content: ['raw'] });
  });

  it('keeps anything else as `other`, with what its generic card shows', () => {
    const raw = {
      type: 'code_interpreter_call',
      status: 'completed',
      code: 'print(1)',
      outputs: [
        { type: 'logs', logs: '1' },
        { type: 'image', url: 'x' },
      ],
    };
    expect(narrowItem(raw)).toEqual({
      kind: 'other',
      raw,
      type: 'code_interpreter_call',
      status: 'completed',
      code: 'print(1)',
      result: undefined,
      outputFormat: undefined,
      outputs: ['1', { type: 'image', url: 'x' }],
    });
    expect(narrowItem({ foo: 1 })).toMatchObject({ kind: 'other', type: 'unknown' });
  });
});
