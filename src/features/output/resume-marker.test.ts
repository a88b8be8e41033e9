import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../i18n';
import { RESUME_MARKER } from '../../state/run';
import { eventRawLabel, eventTypeLabel } from './resume-marker';

beforeAll(() => {
  initI18n('en');
});

describe('the resume marker in the event log', () => {
  const raw = 'GET /v1/responses/resp_1?stream=true&starting_after=13 (attempt 2)';

  it('reads as before in English', () => {
    const t = i18n.getFixedT('en', 'output');
    expect(eventTypeLabel(t, RESUME_MARKER)).toBe('(stream resumed)');
    expect(eventRawLabel(t, RESUME_MARKER, raw)).toBe(raw);
  });

  it('is worded in Chinese; events from the wire stay as they came', () => {
    const t = i18n.getFixedT('zh-CN', 'output');
    expect(eventTypeLabel(t, RESUME_MARKER)).toBe('（流已续传）');
    expect(eventRawLabel(t, RESUME_MARKER, raw)).toBe(
      'GET /v1/responses/resp_1?stream=true&starting_after=13（第 2 次尝试）',
    );
    expect(eventTypeLabel(t, 'response.created')).toBe('response.created');
    expect(eventRawLabel(t, 'response.created', '{"a":"(attempt 1)"}')).toBe('{"a":"(attempt 1)"}');
  });
});
