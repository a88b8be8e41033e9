import { describe, expect, it } from 'vitest';
import { createSseDecoder, type SseMessage } from './sse-decoder';
import { bytes, chunkings, seededRandom } from './testing';

interface Outcome {
  messages: SseMessage[];
  comments: string[];
  retries: number[];
  discardedTail?: string;
}

function replay(chunks: Uint8Array[]): Outcome {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const decoder = createSseDecoder({
    // Copy so the assertions see plain objects with only the keys that are set.
    onMessage: (m) => messages.push({ ...m }),
    onComment: (c) => comments.push(c),
    onRetry: (ms) => retries.push(ms),
  });
  for (const chunk of chunks) decoder.push(chunk);
  return { messages, comments, retries, ...decoder.end() };
}

interface Case {
  name: string;
  input: Uint8Array;
  messages: SseMessage[];
  comments?: string[];
  retries?: number[];
  discardedTail?: string;
}

const d = (data: string, event?: string, id?: string): SseMessage => ({ data, event, id });
const long = 'x'.repeat(2049);
const BOM = [0xef, 0xbb, 0xbf];

// Numbered groups follow the SSE conformance checklist in docs/architecture.md ("The stream
// pipeline"): line endings, splits inside characters, fields and BOMs, comments, EOF. "WPT" cases are
// the web-platform-tests eventsource format-* cases.
const cases: Case[] = [
  // 1. line endings
  ...[
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ].map(([name, eol]) => ({
    name: `1. ${name} line endings`,
    input: bytes(['event: a', 'data: 1', '', 'data: 2', 'data: 3', '', ''].join(eol)),
    messages: [d('1', 'a'), d('2\n3')],
  })),
  {
    name: '1. mixed line endings',
    input: bytes('data: 1\r\n\ndata: 2\r\rdata: 3\n\r'),
    messages: [d('1'), d('2'), d('3')],
  },
  // 2, 3. CR and LF as separate line endings or one CRLF
  { name: '2. CR LF CR LF', input: bytes('data: a\r\n\r\n'), messages: [d('a')] },
  { name: '3. CR then CRLF', input: bytes('data: a\r\r\n'), messages: [d('a')] },
  // 4. multi-byte characters (every offset is covered by chunk size 1 and the random splits)
  { name: '4. 2/3/4-byte UTF-8', input: bytes('data: é世👋\n\n'), messages: [d('é世👋')] },
  {
    name: '4. JSON escape vs raw emoji',
    input: bytes('data: {"t":"\\ud83d\\udc4b"}\n\ndata: {"t":"👋"}\n\n'),
    messages: [d('{"t":"\\ud83d\\udc4b"}'), d('{"t":"👋"}')],
  },
  // 5, 6, 7 are about chunk boundaries: see the explicit splits below.
  // 8. BOM
  { name: '8. BOM at start', input: bytes(BOM, 'data: a\n\n'), messages: [d('a')] },
  {
    name: '8. BOM only once (WPT format-bom-2)',
    input: bytes(BOM, BOM, 'data:1\n\ndata:2\n\n'),
    messages: [d('2')],
  },
  {
    name: '8. BOM on a later line is not stripped',
    input: bytes('data: a\n', BOM, 'data: b\n\n'),
    messages: [d('a')],
  },
  {
    name: '8. UTF-16 BOM (WPT format-bom-utf-16)',
    input: bytes([0xff, 0xfe], 'data:1\n\ndata:2\n\n'),
    messages: [d('2')],
  },
  {
    name: '8. the text "ï»¿" at start is not a BOM (eventsource-parser would strip it)',
    input: bytes('ï»¿data: x\n\ndata: y\n\n'),
    messages: [d('y')],
  },
  // 9. invalid UTF-8
  { name: '9. invalid byte', input: bytes('data: a', [0xff], 'b\n\n'), messages: [d('a\uFFFDb')] },
  {
    name: '9. truncated sequence before LF',
    input: bytes('data: ', [0xe4, 0xb8], '\n\n'),
    messages: [d('\uFFFD')],
  },
  // 11. data field forms
  {
    name: '11. data forms',
    input: bytes('data:x\n\ndata: x\n\ndata:  x\n\ndata\n\ndata:\n\n'),
    messages: [d('x'), d('x'), d(' x'), d(''), d('')],
  },
  // 12. multi-line data
  {
    name: '12. multi-line',
    input: bytes('data: a\ndata: b\n\ndata:\ndata:\n\n'),
    messages: [d('a\nb'), d('\n')],
  },
  {
    name: '12. WPT format-field-data',
    input: bytes('data:\n\ndata\ndata\n\ndata:test\n\n'),
    messages: [d(''), d('\n'), d('test')],
  },
  // 13. event field
  {
    name: '13. event set, empty, repeated, without data',
    input: bytes(
      'event: foo\ndata: 1\n\nevent:\ndata: 2\n\nevent: a\nevent: b\ndata: 3\n\nevent: lost\n\ndata: 4\n\n',
    ),
    messages: [d('1', 'foo'), d('2'), d('3', 'b'), d('4')],
  },
  { name: '13. WPT format-field-event-empty', input: bytes('event: \ndata:data\n\n'), messages: [d('data')] },
  // 14. comments
  {
    name: '14. comments',
    input: bytes(`: hi\n\ndata: a\n: between\ndata: b\n\n: PING\n\n:\n\n:${long}\n: nul\0\n\n`),
    messages: [d('a\nb')],
    comments: ['hi', 'between', 'PING', '', long, 'nul\0'],
  },
  {
    name: '14. WPT format-comments',
    input: bytes(`data:1\r:\0\n:\r\ndata:2\n:${long}\rdata:3\n:data:fail\r:${long}\ndata:4\n\n`),
    messages: [d('1\n2\n3\n4')],
    comments: ['\0', '', long, 'data:fail', long],
  },
  // 15. unknown fields
  {
    name: '15. unknown, wrong case, space before colon, NUL in name',
    input: bytes('DATA: a\n\ndata : a\n\nda\0ta: a\n\nfoo: bar\ndata: x\n\n'),
    messages: [d('x')],
  },
  {
    name: '15. WPT format-field-parsing',
    input: bytes(
      'data:\0\ndata:  2\rData:1\ndata\0:2\ndata:1\r\0data:4\nda-ta:3\rdata_5\ndata:3\rdata:\r\n data:32\ndata:4\n\n',
    ),
    messages: [d('\0\n 2\n1\n3\n\n4')],
  },
  // 16. id and retry
  {
    name: '16. id persists, NUL ignored, empty resets',
    input: bytes('id: 7\ndata: a\n\nid: x\0y\ndata: b\n\ndata: c\n\nid\ndata: d\n\n'),
    messages: [d('a', undefined, '7'), d('b', undefined, '7'), d('c', undefined, '7'), d('d')],
  },
  {
    name: '16. retry valid, bogus, empty',
    input: bytes('retry: 1000\nretry: 1s\nretry:\nretry: -5\ndata: a\n\n'),
    messages: [d('a')],
    retries: [1000],
  },
  // 17. blank and whitespace-only lines
  {
    name: '17. leading and repeated blank lines',
    input: bytes('\n\n\ndata: a\n\n\n\ndata: b\n\n'),
    messages: [d('a'), d('b')],
  },
  {
    name: '17. whitespace-only line is a field',
    input: bytes('data: a\n   \ndata: b\n\n'),
    messages: [d('a\nb')],
  },
  {
    name: 'WPT format-leading-space',
    input: bytes('data:\ttest\rdata: \ndata:test\n\n'),
    messages: [d('\ttest\n\ntest')],
  },
  { name: 'WPT format-null-character', input: bytes('data:\0\n\n\n\n'), messages: [d('\0')] },
  // 18. EOF
  { name: '18. EOF mid-line', input: bytes('data: a\n\ndata: b'), messages: [d('a')], discardedTail: 'b' },
  { name: '18. EOF after a single LF', input: bytes('data: a\n'), messages: [], discardedTail: 'a' },
  { name: '18. EOF after a single CR', input: bytes('data: a\r'), messages: [], discardedTail: 'a' },
  { name: '18. EOF on a CR that ends a blank line', input: bytes('data: a\n\r'), messages: [d('a')] },
  { name: '18. EOF with an unterminated comment', input: bytes(': x'), messages: [], comments: [] },
  { name: '18. EOF after an event line only', input: bytes('event: x\n'), messages: [] },
  {
    name: '18. WPT format-data-before-final-empty-line',
    input: bytes('retry:1000\ndata:test1\n\nid:test\ndata:test2'),
    messages: [d('test1')],
    retries: [1000],
    discardedTail: 'test2',
  },
  {
    name: 'WPT format-newlines (final blank line is a lone CR)',
    input: bytes('data:test\r\ndata\ndata:test\r\n\r'),
    messages: [d('test\n\ntest')],
  },
];

describe('createSseDecoder: conformance table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const expected: Outcome = {
        messages: c.messages,
        comments: c.comments ?? [],
        retries: c.retries ?? [],
      };
      if (c.discardedTail !== undefined) expected.discardedTail = c.discardedTail;
      for (const { name, chunks } of chunkings(c.input)) {
        expect(replay(chunks), name).toEqual(expected);
      }
    });
  }
});

describe('createSseDecoder: explicit chunk boundaries', () => {
  const splits: [string, (string | number[])[][], string[]][] = [
    ['2. CR | LF CR | LF', [['data: a\r'], ['\n\r'], ['\n']], ['a']],
    ['3. CR | CRLF', [['data: a\r'], ['\r\n']], ['a']],
    ['5. field name split', [['da'], ['ta: x\n\n']], ['x']],
    ['6. split after the colon', [['data:'], [' x\n\n']], ['x']],
    ['6. split after the space', [['data: '], ['x\n\n']], ['x']],
    ['6. split before the extra space', [['data: '], [' x\n\n']], [' x']],
    ['7. empty chunks everywhere', [[], ['data'], [], [': x'], [], ['\n'], [], ['\n'], []], ['x']],
    ['8. BOM split', [[[0xef]], [[0xbb, 0xbf], 'data:1\n\n'], ['data:2\n\n']], ['1', '2']],
    ['8. BOM split byte by byte', [[[0xef]], [[0xbb]], [[0xbf]], ['data:1\n\n']], ['1']],
  ];
  for (const [name, parts, data] of splits) {
    it(name, () => {
      const out = replay(parts.map((p) => bytes(...p)));
      expect(out.messages.map((m) => m.data)).toEqual(data);
    });
  }

  it('ignores pushes after end and a second end', () => {
    const seen: string[] = [];
    const decoder = createSseDecoder({ onMessage: (m) => seen.push(m.data) });
    decoder.push(bytes('data: a\n\n'));
    expect(decoder.end()).toEqual({});
    decoder.push(bytes('data: b\n\n'));
    expect(decoder.end()).toEqual({});
    expect(seen).toEqual(['a']);
  });
});

describe('createSseDecoder: fast path for one-line data blocks', () => {
  // Blocks the fast path takes (one `data:` line) mixed with blocks it hands to the library. Byte by
  // byte no chunk ever holds a whole block, so that replay is all library: the reference.
  const blocks = [
    'data: {"a":1}',
    'data:x',
    'data:',
    'data:  two',
    'event: e\ndata: 1',
    'event:\ndata: 2',
    'event:f\ndata:',
    'event: g',
    'id: 9',
    ': hi',
  ];
  blocks.push('retry: 5', 'data: a\ndata: b', '');
  for (const eol of ['\n', '\r\n']) {
    it(`gives the same outcome at every chunking (${JSON.stringify(eol)} between blocks)`, () => {
      const random = seededRandom(7);
      const picked = Array.from({ length: 60 }, () => blocks[Math.floor(random() * blocks.length)] ?? '');
      const input = bytes(`${picked.map((b) => `${b}${eol}${eol}`).join('')}data: tail`);
      const [byteByByte, ...rest] = chunkings(input).map(({ chunks }) => replay(chunks));
      expect(byteByByte?.messages.length).toBeGreaterThan(20);
      expect(byteByByte?.discardedTail).toBe('tail');
      for (const outcome of rest) expect(outcome).toEqual(byteByByte);
    });
  }
});

describe('createSseDecoder: performance', () => {
  // How fast: `npm run bench` (core figures). Here: that the result is right.
  it('decodes a 4 MB single data line in 1–16 KB chunks', () => {
    const payload = 'QUJD'.repeat(1_000_000); // 4 MB of base64
    const input = bytes(
      `event: response.image_generation_call.partial_image\ndata: {"b64":"${payload}"}\n\n`,
    );
    const random = seededRandom(42);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < input.length;) {
      const size = 1024 + Math.floor(random() * 15 * 1024);
      chunks.push(input.subarray(i, i + size));
      i += size;
    }
    const out = replay(chunks);
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]?.data).toBe(`{"b64":"${payload}"}`);
  });
});
