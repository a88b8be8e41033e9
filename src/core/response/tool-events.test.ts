import { describe, expect, it } from 'vitest';
import { ev, fold } from './fixtures/replay';
import type { JsonObject, ResponseView } from './types';

const run = (...events: JsonObject[]): ResponseView =>
  fold([{ kind: 'start', at: 0 }, ...events.map((e) => ev(e))]);
const added = (item: JsonObject, output_index = 0) => ({
  type: 'response.output_item.added',
  output_index,
  item,
});
const at0 = { item_id: 'x', output_index: 0 };

describe('hosted tool status events set item.status', () => {
  const families: [string, string[]][] = [
    ['web_search_call', ['in_progress', 'searching', 'completed']],
    ['file_search_call', ['in_progress', 'searching', 'completed']],
    ['code_interpreter_call', ['in_progress', 'interpreting', 'completed']],
    ['image_generation_call', ['in_progress', 'generating', 'completed']],
    ['mcp_call', ['in_progress', 'completed', 'failed']],
    ['mcp_list_tools', ['in_progress', 'completed', 'failed']],
  ];
  it.each(families)('%s', (type, statuses) => {
    for (const status of statuses) {
      const view = run(added({ id: 'x', type }), { type: `response.${type}.${status}`, ...at0 });
      expect(view.items[0]?.item).toMatchObject({ id: 'x', type, status });
    }
  });

  it('a status event for an item never announced creates it', () => {
    const view = run({ type: 'response.web_search_call.searching', item_id: 'ws_1', output_index: 1 });
    expect(view.items).toEqual([
      { outputIndex: 1, done: false, item: { id: 'ws_1', type: 'web_search_call', status: 'searching' } },
    ]);
  });

  it('compaction.compacting (7.x) marks the compaction item', () => {
    const view = run({ type: 'response.compaction.compacting', item_id: 'cmp_1', output_index: 0 });
    expect(view.items[0]?.item).toEqual({ id: 'cmp_1', type: 'compaction', status: 'compacting' });
    expect(view.notices).toEqual([]);
  });
});

describe('image generation partial images', () => {
  const partial = (b64: string, extra: JsonObject = {}) => ({
    type: 'response.image_generation_call.partial_image',
    ...at0,
    partial_image_index: 0,
    partial_image_b64: b64,
    ...extra,
  });
  it('keeps only the latest partial as a data URL, outside the wire item', () => {
    const view = run(
      added({ id: 'x', type: 'image_generation_call', status: 'in_progress' }),
      partial('AAA'),
      partial('BBB'),
    );
    expect(view.items[0]?.partialImage).toBe('data:image/png;base64,BBB');
    expect(view.items[0]?.item).toEqual({ id: 'x', type: 'image_generation_call', status: 'in_progress' });
  });
  it('uses the output format of the event, else of the item', () => {
    expect(run(partial('A', { output_format: 'webp' })).items[0]?.partialImage).toBe(
      'data:image/webp;base64,A',
    );
    const fromItem = run(
      added({ id: 'x', type: 'image_generation_call', output_format: 'jpeg' }),
      partial('B'),
    );
    expect(fromItem.items[0]?.partialImage).toBe('data:image/jpeg;base64,B');
  });
  it('output_item.done keeps the last partial next to the final result', () => {
    const view = run(partial('P'), {
      type: 'response.output_item.done',
      output_index: 0,
      item: { id: 'x', type: 'image_generation_call', result: 'R' },
    });
    expect(view.items[0]).toEqual({
      outputIndex: 0,
      done: true,
      partialImage: 'data:image/png;base64,P',
      item: { id: 'x', type: 'image_generation_call', result: 'R' },
    });
  });
});

describe('shell (7.x)', () => {
  it('commands accumulate per command_index without item_id', () => {
    const cmd = (type: string, extra: JsonObject) => ({
      type: `response.shell_call_command.${type}`,
      output_index: 0,
      ...extra,
    });
    const view = run(
      added({
        id: 'sh_1',
        type: 'shell_call',
        status: 'in_progress',
        action: { commands: [], timeout_ms: null },
      }),
      cmd('added', { command_index: 0, command: '' }),
      cmd('added', { command_index: 1, command: '' }),
      cmd('delta', { command_index: 1, delta: 'echo second', obfuscation: 'pad' }),
      cmd('delta', { command_index: 0, delta: 'echo first draft' }),
      cmd('done', { command_index: 0, command: 'echo first' }),
    );
    expect(view.items[0]?.item.action).toEqual({ commands: ['echo first', 'echo second'], timeout_ms: null });
  });

  it('output content: deltas append stdout/stderr, done overwrites that command', () => {
    const out = (type: string, extra: JsonObject) => ({
      type: `response.shell_call_output_content.${type}`,
      item_id: 'sho',
      output_index: 1,
      ...extra,
    });
    const view = run(
      added({ id: 'sho', type: 'shell_call_output', output: [] }, 1),
      out('delta', { command_index: 1, delta: { stdout: 'sec' } }),
      out('delta', { command_index: 1, delta: { stdout: 'ond', stderr: 'warn' } }),
      out('delta', { command_index: 0, delta: { stdout: 'first' } }),
      out('done', {
        command_index: 0,
        output: [{ stdout: 'first!', stderr: '', outcome: { type: 'exit', exit_code: 0 } }],
      }),
    );
    expect(view.items[0]?.item.output).toEqual([
      { stdout: 'first!', stderr: '', outcome: { type: 'exit', exit_code: 0 } },
      { stdout: 'second', stderr: 'warn' },
    ]);
  });
});

describe('audio', () => {
  it('keeps the transcript, ignores audio bytes, raises no notice', () => {
    const view = run(
      { type: 'response.audio.delta', delta: 'UklGRg==' },
      { type: 'response.audio.transcript.delta', delta: 'Hello ' },
      { type: 'response.audio.transcript.delta', delta: 'there' },
      { type: 'response.audio.done' },
      { type: 'response.audio.transcript.done' },
    );
    expect(view.audioTranscript).toBe('Hello there');
    expect(view.items).toEqual([]);
    expect(view.notices).toEqual([]);
    expect(view.eventCount).toBe(5);
  });
});
