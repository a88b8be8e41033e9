import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log';

describe('EventLog', () => {
  it('stores entries in order and returns them as plain objects', () => {
    const log = new EventLog();
    log.append(10, 'response.created', '{"type":"response.created"}', 0);
    log.append(11, 'keepalive', '{"type":"keepalive"}');
    expect(log.length).toBe(2);
    expect(log.entry(0)).toEqual({
      at: 10,
      type: 'response.created',
      raw: '{"type":"response.created"}',
      seq: 0,
    });
    expect(log.entry(1)).toEqual({ at: 11, type: 'keepalive', raw: '{"type":"keepalive"}' });
  });

  it('masks a credential-like query value a server echoes in an event', () => {
    const log = new EventLog();
    log.append(1, 'error', '{"type":"error","message":"bad URL https://r.example/v1?api_key=sk-echo-1"}');
    expect(log.entry(0).raw).toBe(
      '{"type":"error","message":"bad URL https://r.example/v1?api_key=REDACTED"}',
    );
  });

  it('flags sequence gaps and duplicates per entry', () => {
    const log = new EventLog();
    for (const seq of [0, 1, 3, 3, 2, 4, undefined, 5]) log.append(0, 't', '', seq);
    const flags = Array.from({ length: log.length }, (_, i) => {
      const e = log.entry(i);
      return e.gap ? 'gap' : e.duplicate ? 'dup' : 'ok';
    });
    expect(flags).toEqual(['ok', 'ok', 'gap', 'dup', 'dup', 'ok', 'ok', 'ok']);
    expect(log.countFlagged()).toBe(3);
  });

  it('rejects out-of-range indexes', () => {
    const log = new EventLog();
    expect(() => log.entry(0)).toThrow(RangeError);
  });

  it('clear starts over, including sequence tracking', () => {
    const log = new EventLog();
    log.append(0, 'a', 'x', 7);
    log.clear();
    log.append(1, 'b', 'y', 0);
    expect(log.length).toBe(1);
    expect(log.entry(0)).toEqual({ at: 1, type: 'b', raw: 'y', seq: 0 });
  });

  it('keeps raw events in shared pages, and reads back any character', () => {
    const log = new EventLog();
    const raws = ['{"delta":"流式 ⏱️ \\u0000"}', 'x'.repeat(3_000_000), '', '{"a":1}'];
    raws.forEach((raw, i) => log.append(i, 't', raw, i));
    raws.forEach((raw, i) => expect(log.entry(i).raw).toBe(raw));
    expect(log.rawChars).toBe(raws.join('').length);
    log.append(9, 't', 'after a read', 9);
    expect(log.entry(4).raw).toBe('after a read');
  });

  // How cheaply: `npm run bench` (core figures).
  it('holds 200k entries in their own characters', () => {
    const log = new EventLog();
    for (let i = 0; i < 200_000; i++)
      log.append(i, i % 2 ? 'response.output_text.delta' : 'keepalive', `{"i":${i}}`, i);
    expect(log.rawChars).toBe(Array.from({ length: 200_000 }, (_, i) => `{"i":${i}}`).join('').length);
    expect(log.length).toBe(200_000);
    expect(log.entry(199_999)).toEqual({
      at: 199_999,
      type: 'response.output_text.delta',
      raw: '{"i":199999}',
      seq: 199_999,
    });
    expect(log.countFlagged()).toBe(0);
  });
});
