import { parseRequestText } from '../request/parse-request';

/**
 * The parts of a request summary, by id with their values, for the UI to word; {@link describeRequest}
 * words them in English. Placeholders use the i18next syntax, `{{name}}`; `tools` counts with
 * `{{count}}` (`_one`/`_other` in the catalogues).
 */
export const REQUEST_SUMMARY_PARTS = {
  model: 'model {{model}}',
  tools_one: '{{count}} tool: {{names}}',
  tools_other: '{{count}} tools: {{names}}',
  instructions: 'instructions',
  inputItems_one: '{{count}} input item',
  inputItems_other: '{{count}} input items',
  continues: 'continues {{id}}',
  streamed: 'streamed',
  notStreamed: 'not streamed',
} as const;

/** One part of a summary: its id (plural ids without the `_one`/`_other` suffix) and values. */
export interface SummaryPart {
  key: 'model' | 'tools' | 'instructions' | 'inputItems' | 'continues' | 'streamed' | 'notStreamed';
  params?: { count?: number; [name: string]: string | number | undefined };
}

/** What a request holds, part by part (model, tools, instructions, input, chaining, streaming). */
export function describeRequestParts(requestText: string): SummaryPart[] {
  const parsed = parseRequestText(requestText);
  if (!parsed.ok) return [];
  const request = parsed.value;
  const parts: SummaryPart[] = [];
  if (typeof request.model === 'string') parts.push({ key: 'model', params: { model: request.model } });
  if (Array.isArray(request.tools) && request.tools.length > 0) {
    const names = request.tools.map((tool: unknown) => {
      const t = (tool ?? {}) as Record<string, unknown>;
      return typeof t.name === 'string' ? t.name : typeof t.type === 'string' ? t.type : 'tool';
    });
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    parts.push({ key: 'tools', params: { count: names.length, names: shown } });
  }
  if (typeof request.instructions === 'string') parts.push({ key: 'instructions' });
  if (Array.isArray(request.input))
    parts.push({ key: 'inputItems', params: { count: request.input.length } });
  if (typeof request.previous_response_id === 'string')
    parts.push({ key: 'continues', params: { id: request.previous_response_id } });
  parts.push({ key: request.stream === true ? 'streamed' : 'notStreamed' });
  return parts;
}

/**
 * A one-line summary of a request for notices ("model gpt-4.1 · 4 tools: a, b, c, d · streamed"), in
 * English, so someone opening a link sees what it holds before sending anything. Empty for invalid JSON.
 */
export function describeRequest(requestText: string): string {
  return describeRequestParts(requestText)
    .map(({ key, params }) => {
      const count = params?.count;
      const id = (
        count === undefined ? key : `${key}_${count === 1 ? 'one' : 'other'}`
      ) as keyof typeof REQUEST_SUMMARY_PARTS;
      return REQUEST_SUMMARY_PARTS[id].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
        String(params?.[name] ?? ''),
      );
    })
    .join(' · ');
}
