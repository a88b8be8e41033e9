import { parseRequestText } from '../request/parse-request';

/**
 * A one-line summary of a request for notices ("gpt-4.1 · 4 tools: a, b, c, d · streamed"), so
 * someone opening a link sees what it holds before sending anything. Empty for invalid JSON.
 */
export function describeRequest(requestText: string): string {
  const parsed = parseRequestText(requestText);
  if (!parsed.ok) return '';
  const request = parsed.value;
  const parts: string[] = [];
  if (typeof request.model === 'string') parts.push(`model ${request.model}`);
  if (Array.isArray(request.tools) && request.tools.length > 0) {
    const names = request.tools.map((tool: unknown) => {
      const t = (tool ?? {}) as Record<string, unknown>;
      return typeof t.name === 'string' ? t.name : typeof t.type === 'string' ? t.type : 'tool';
    });
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    parts.push(`${names.length} tool${names.length === 1 ? '' : 's'}: ${shown}`);
  }
  if (typeof request.instructions === 'string') parts.push('instructions');
  if (Array.isArray(request.input))
    parts.push(`${request.input.length} input item${request.input.length === 1 ? '' : 's'}`);
  if (typeof request.previous_response_id === 'string')
    parts.push(`continues ${request.previous_response_id}`);
  parts.push(request.stream === true ? 'streamed' : 'not streamed');
  return parts.join(' · ');
}
