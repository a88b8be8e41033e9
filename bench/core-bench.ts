/**
 * Core figures: how long the big-input paths of src/core take (a 4 MB SSE line, a 2 MB request, a
 * 1,000-entry history tree, 200k log entries, 100k deltas folded, an oversized link refused).
 * These were wall-clock bounds in the unit tests, where a busy machine made them fail; the unit
 * tests now check the results, and the timing lives here, as figures with a target.
 */
import { buildIndex, newestFirst, treeRows } from '../src/core/history/tree';
import { entry } from '../src/core/history/testing';
import { MAX_DEEP_LINK_REQUEST_CHARS, parseDeepLink } from '../src/core/presets/deep-link';
import { parseRequestText } from '../src/core/request/parse-request';
import { EventLog } from '../src/core/response/event-log';
import { initialView, reduceRun } from '../src/core/response/reduce';
import type { ResponseView, WireEvent } from '../src/core/response/types';
import { createSseDecoder } from '../src/core/sse/sse-decoder';
import { bytes, seededRandom } from '../src/core/sse/testing';
import { median, type Figure } from './stats';

interface Case {
  name: string;
  targetMs: number;
  /** Builds the input (not timed) and returns the timed work. */
  prepare: () => () => void;
}

const CASES: Case[] = [
  {
    name: 'SSE: one 4 MB data line in 1–16 KB chunks',
    targetMs: 500,
    prepare: () => {
      const payload = 'QUJD'.repeat(1_000_000);
      const input = bytes(`event: x\ndata: {"b64":"${payload}"}\n\n`);
      const random = seededRandom(42);
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < input.length;) {
        const size = 1024 + Math.floor(random() * 15 * 1024);
        chunks.push(input.subarray(i, i + size));
        i += size;
      }
      return () => {
        const decoder = createSseDecoder({ onMessage: () => {} });
        for (const chunk of chunks) decoder.push(chunk);
        decoder.end();
      };
    },
  },
  {
    name: 'request: parse a 2 MB request with 2,000 tools',
    targetMs: 2000,
    prepare: () => {
      const big = JSON.stringify({
        model: 'm',
        input: 'x'.repeat(2_000_000),
        tools: Array(2000).fill({ type: 'function', name: 'f' }),
      });
      return () => void parseRequestText(big);
    },
  },
  {
    name: 'history: index, rows and order of 1,000 entries',
    targetMs: 100,
    prepare: () => {
      const many = Array.from({ length: 1000 }, (_, i) =>
        entry(`n${i + 1}`, { parentId: i % 10 === 0 ? undefined : `n${i}`, responseId: `resp_${i + 1}` }),
      );
      return () => {
        treeRows(buildIndex(many));
        newestFirst(many);
      };
    },
  },
  {
    name: 'event log: append 200k entries',
    targetMs: 2000,
    prepare: () => () => {
      const log = new EventLog();
      for (let i = 0; i < 200_000; i++)
        log.append(i, i % 2 ? 'response.output_text.delta' : 'keepalive', `{"i":${i}}`, i);
    },
  },
  {
    name: 'reducer: fold 100k text deltas',
    targetMs: 3000,
    prepare: () => () => {
      let view: ResponseView = reduceRun(initialView(), { kind: 'start', at: 0 });
      const item = { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
      const added = { type: 'response.output_item.added', output_index: 0, item } as WireEvent;
      view = reduceRun(view, { kind: 'event', at: 0, raw: '', event: added });
      for (let i = 0; i < 100_000; i++) {
        const event = {
          type: 'response.output_text.delta',
          output_index: 0,
          content_index: 0,
          delta: 'ab',
          sequence_number: i,
        } as WireEvent;
        view = reduceRun(view, { kind: 'event', at: i, raw: '', event });
      }
    },
  },
  {
    name: 'deep link: refuse an oversized request',
    targetMs: 500,
    prepare: () => {
      const hash = `#request=${'A'.repeat(MAX_DEEP_LINK_REQUEST_CHARS + 4)}`;
      return () => void parseDeepLink(hash);
    },
  },
];

export async function runCoreBench(
  options: { rounds?: number; log?: (line: string) => void } = {},
): Promise<Figure[]> {
  const rounds = options.rounds ?? 5;
  const figures: Figure[] = [];
  for (const c of CASES) {
    const work = c.prepare();
    work(); // warm-up: JIT and lazy initialisation are not what we measure
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      work();
      times.push(performance.now() - started);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const value = median(times);
    options.log?.(`core: ${c.name}: ${value.toFixed(1)} ms`);
    figures.push({
      group: 'core',
      name: c.name,
      value,
      unit: 'ms',
      target: `< ${c.targetMs} ms`,
      pass: value < c.targetMs,
    });
  }
  return figures;
}
