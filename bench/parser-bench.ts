/**
 * Node figures: SSE parsing + JSON decoding of the 100k-delta stream, side by side with the openai
 * SDK's decoder and a bare split-and-JSON.parse floor. Every row reads the same 16 KB chunks from a
 * fresh `Response` body; rows run round-robin (so drift hits all of them alike), after a forced GC,
 * and the median of the measured rounds is reported.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Stream } from 'openai/core/streaming';
import { sendResponsesRequest } from '../src/core/api/send-request';
import { EventLog } from '../src/core/response/event-log';
import { initialView, reduceRun } from '../src/core/response/reduce';
import { createSseDecoder } from '../src/core/sse/sse-decoder';
import { median, type Figure } from './stats';
import { chunked, chunkStream, longStreamBytes } from './stream-bytes';

export const CHUNK_BYTES = 16 * 1024;
type Row = (chunks: readonly Uint8Array[]) => Promise<number>;

const bodyOf = (chunks: readonly Uint8Array[]) => new Response(chunkStream(chunks)).body!;
const isEvent = (value: unknown) => typeof (value as { type?: unknown }).type === 'string';

/** The floor: decode text, cut at blank lines, JSON.parse the `data: ` line. No SSE rules at all. */
const floor: Row = async (chunks) => {
  const reader = bodyOf(chunks).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const end = buffer.lastIndexOf('\n\n');
    if (end !== -1) {
      for (const block of buffer.slice(0, end).split('\n\n')) {
        const at = block.indexOf('data: ');
        if (at !== -1 && isEvent(JSON.parse(block.slice(at + 6)))) count++;
      }
      buffer = buffer.slice(end + 2);
    }
    if (done) return count;
  }
};

const openaiSdk: Row = async (chunks) => {
  let count = 0;
  const stream = Stream.fromSSEResponse<unknown>(new Response(chunkStream(chunks)), new AbortController());
  for await (const event of stream) if (isEvent(event)) count++;
  return count;
};

const ourDecoder: Row = async (chunks) => {
  const reader = bodyOf(chunks).getReader();
  let count = 0;
  const decoder = createSseDecoder({
    onMessage: (message) => {
      if (isEvent(JSON.parse(message.data))) count++;
    },
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    decoder.push(value);
  }
  decoder.end();
  return count;
};

/** The app's transport with an injected fetch; `fold` sees every action, as the run store does. */
function appPath(
  makeFold: () => { fold: (action: Parameters<typeof reduceRun>[1]) => void; count: () => number },
): Row {
  return async (chunks) => {
    const { fold, count } = makeFold();
    await sendResponsesRequest({
      endpoint: { baseUrl: 'http://bench.invalid/v1' },
      body: '{}',
      signal: new AbortController().signal,
      fetch: () =>
        Promise.resolve(
          new Response(chunkStream(chunks), { headers: { 'content-type': 'text/event-stream' } }),
        ),
      onAction: fold,
    });
    return count();
  };
}

const sendRequest = appPath(() => {
  let n = 0;
  return { fold: (action) => void (action.kind === 'event' && n++), count: () => n };
});

const sendAndReduce = appPath(() => {
  let view = initialView();
  return { fold: (action) => void (view = reduceRun(view, action)), count: () => view.eventCount };
});

/** What the run store does per action: reduce, and keep the raw event for the Events tab. */
const sendReduceLog = appPath(() => {
  let view = initialView();
  const log = new EventLog();
  return {
    fold: (action) => {
      view = reduceRun(view, action);
      if (action.kind === 'event') {
        const seq = action.event.sequence_number;
        log.append(action.at, action.event.type, action.raw, typeof seq === 'number' ? seq : undefined);
      }
    },
    count: () => log.length,
  };
});

interface RowSpec {
  name: string;
  run: Row;
  target?: number;
}

const ROWS: RowSpec[] = [
  { name: 'floor: split + JSON.parse', run: floor },
  { name: 'openai 6.49 Stream.fromSSEResponse', run: openaiSdk },
  { name: 'ours: createSseDecoder + JSON.parse', run: ourDecoder, target: 1.1 },
  { name: 'ours: sendResponsesRequest (parse+decode)', run: sendRequest, target: 1.1 },
  { name: 'ours: sendResponsesRequest + reduceRun', run: sendAndReduce },
  { name: 'ours: + reduceRun + EventLog (run store)', run: sendReduceLog },
];

const expectedNote = (length: number) => `${(length / 1e6).toFixed(1)} MB`;

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface ParserBenchOptions {
  deltas?: number;
  /** Network chunk size in bytes; default 16 KB. */
  chunkBytes?: number;
  warmup?: number;
  rounds?: number;
  log?: (line: string) => void;
}

/** Runs the Node rows and returns their figures (median ms, ratio to the floor). */
export async function runParserBench(options: ParserBenchOptions = {}): Promise<Figure[]> {
  const { warmup = 3, rounds = 9, log = () => undefined } = options;
  const bytes = await longStreamBytes(options.deltas);
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const chunks = chunked(bytes, chunkBytes);
  const input = `${expectedNote(bytes.length)} in ${chunks.length} chunks of ${chunkBytes / 1024} KB`;
  log(`parser: ${input}`);
  const gc = exposeGc();
  const times = ROWS.map(() => [] as number[]);
  let expected: number | undefined;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [i, row] of ROWS.entries()) {
      gc();
      const start = performance.now();
      const count = await row.run(chunks);
      const ms = performance.now() - start;
      expected ??= count;
      if (count !== expected) throw new Error(`${row.name} saw ${count} events, the floor saw ${expected}`);
      if (round >= warmup) times[i]?.push(ms);
    }
    log(`parser: round ${round + 1}/${warmup + rounds}${round < warmup ? ' (warm-up)' : ''}`);
  }
  const floorMs = median(times[0] ?? []);
  return ROWS.map((row, i) => {
    const ms = median(times[i] ?? []);
    const ratio = ms / floorMs;
    const figure: Figure = { group: 'parser', name: row.name, value: ms, unit: 'ms', ratio };
    if (row.target !== undefined) {
      figure.target = `≤ ${row.target}× floor`;
      figure.pass = ratio <= row.target;
    }
    if (i === 0) figure.note = `${expected} events, ${input}, median of ${rounds} rounds`;
    return figure;
  });
}
