/**
 * Hosted-tool progress (status events, partial images), the 7.x shell and compaction events, and
 * audio. Status events carry only `{item_id, output_index}`: they set `item.status` to the event's
 * last word; the details arrive with `output_item.done`.
 */
import { targetOf, updateItem, updateWire, withEntry } from './items';
import type { Handler } from './lifecycle';
import type { JsonObject } from './types';
import { isObject } from '../json';
import { index, str, text } from './wire';

function status(seedType: string, value: string): Handler {
  return (view, e) => ({
    items: updateWire(view.items, targetOf(e), seedType, (item) => ({ ...item, status: value })),
  });
}

/** Replace the previous partial image; the final one is `output_item.done.item.result`. */
const partialImage: Handler = (view, e) => {
  const b64 = str(e.partial_image_b64);
  if (b64 === undefined) return undefined;
  return {
    items: updateItem(view.items, targetOf(e), 'image_generation_call', (entry) => {
      const format = str(e.output_format) ?? str(entry.item.output_format) ?? 'png';
      return { ...entry, partialImage: `data:image/${format};base64,${b64}` };
    }),
  };
};

/** `shell_call.action.commands[command_index]`; shell_call_command.* events carry no item_id. */
function command(change: (old: string, e: JsonObject) => string): Handler {
  return (view, e) => ({
    items: updateWire(view.items, targetOf(e), 'shell_call', (item) => {
      const action = isObject(item.action) ? item.action : {};
      const commands: unknown[] = Array.isArray(action.commands) ? action.commands.slice() : [];
      const at = index(e.command_index) ?? commands.length;
      while (commands.length < at) commands.push('');
      commands[at] = change(text(commands[at]), e);
      return { ...item, action: { ...action, commands } };
    }),
  });
}

const emptyOutput = () => ({ stdout: '', stderr: '' });

const shellOutputDelta: Handler = (view, e) => {
  const delta = isObject(e.delta) ? e.delta : {};
  return {
    items: updateWire(view.items, targetOf(e), 'shell_call_output', (item) =>
      withEntry(item, 'output', index(e.command_index) ?? 0, emptyOutput, (old) => ({
        ...(old ?? emptyOutput()),
        stdout: text(old?.stdout) + text(delta.stdout),
        stderr: text(old?.stderr) + text(delta.stderr),
      })),
    ),
  };
};

/** `done` carries the final `output[]` for its command: it overwrites from `command_index` on. */
const shellOutputDone: Handler = (view, e) => {
  const final = Array.isArray(e.output) ? e.output : [];
  const first = index(e.command_index) ?? 0;
  return {
    items: updateWire(view.items, targetOf(e), 'shell_call_output', (item) =>
      final.reduce<JsonObject>(
        (acc, entry, k) => withEntry(acc, 'output', first + k, emptyOutput, () => entry),
        item,
      ),
    ),
  };
};

export const toolHandlers = {
  'response.web_search_call.in_progress': status('web_search_call', 'in_progress'),
  'response.web_search_call.searching': status('web_search_call', 'searching'),
  'response.web_search_call.completed': status('web_search_call', 'completed'),
  'response.file_search_call.in_progress': status('file_search_call', 'in_progress'),
  'response.file_search_call.searching': status('file_search_call', 'searching'),
  'response.file_search_call.completed': status('file_search_call', 'completed'),
  'response.code_interpreter_call.in_progress': status('code_interpreter_call', 'in_progress'),
  'response.code_interpreter_call.interpreting': status('code_interpreter_call', 'interpreting'),
  'response.code_interpreter_call.completed': status('code_interpreter_call', 'completed'),
  'response.image_generation_call.in_progress': status('image_generation_call', 'in_progress'),
  'response.image_generation_call.generating': status('image_generation_call', 'generating'),
  'response.image_generation_call.completed': status('image_generation_call', 'completed'),
  'response.image_generation_call.partial_image': partialImage,
  'response.mcp_call.in_progress': status('mcp_call', 'in_progress'),
  'response.mcp_call.completed': status('mcp_call', 'completed'),
  'response.mcp_call.failed': status('mcp_call', 'failed'),
  // The mcp_list_tools wire item has no `status`; we add one so the card can show progress.
  'response.mcp_list_tools.in_progress': status('mcp_list_tools', 'in_progress'),
  'response.mcp_list_tools.completed': status('mcp_list_tools', 'completed'),
  'response.mcp_list_tools.failed': status('mcp_list_tools', 'failed'),
  // 7.x only.
  'response.compaction.compacting': status('compaction', 'compacting'),
  'response.shell_call_command.added': command((old, e) => str(e.command) ?? old),
  'response.shell_call_command.delta': command((old, e) => old + text(e.delta)),
  'response.shell_call_command.done': command((old, e) => str(e.command) ?? old),
  'response.shell_call_output_content.delta': shellOutputDelta,
  'response.shell_call_output_content.done': shellOutputDone,
  // Audio bytes stay in the event log; only the transcript is worth a place in the view.
  'response.audio.delta': () => undefined,
  'response.audio.done': () => undefined,
  'response.audio.transcript.delta': (view, e) => ({
    audioTranscript: (view.audioTranscript ?? '') + text(e.delta),
  }),
  'response.audio.transcript.done': (_view, e) => {
    const transcript = str(e.transcript);
    return transcript === undefined ? undefined : { audioTranscript: transcript };
  },
} satisfies Record<string, Handler>;
