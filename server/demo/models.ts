/** What `GET /v1/models` lists: ordinary names (all answered alike) and the demo-* behaviours. */

export const DEMO_MODELS = [
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4o',
  'o4-mini',
  'gpt-5',
  'demo-error-401',
  'demo-error-429',
  'demo-error-500',
  'demo-error-event',
  'demo-cut',
  'demo-incomplete',
  'demo-refusal',
] as const;

export function modelList(): {
  object: 'list';
  data: { id: string; object: 'model'; created: number; owned_by: string }[];
} {
  return {
    object: 'list',
    data: DEMO_MODELS.map((id, i) => ({
      id,
      object: 'model',
      created: 1744316542 + i * 86400,
      owned_by: id.startsWith('demo-') ? 'demo' : 'system',
    })),
  };
}
