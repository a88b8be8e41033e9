import { describe, expect, it, vi } from 'vitest';
import { installDemoGate, type DemoMode } from './demo-gate';

const APP = 'https://u.github.io/repo/';

function setup() {
  let settle: (mode: DemoMode) => void = () => undefined;
  const mode = new Promise<DemoMode>((resolve) => (settle = resolve));
  const original = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve(new Response('net')),
  );
  const target = { fetch: original as unknown as typeof fetch };
  installDemoGate(APP, mode, target);
  return { target, original, settle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('installDemoGate', () => {
  it('lets every other URL through at once, untouched', async () => {
    const { target, original } = setup();
    const init = { method: 'POST', body: '{}' };
    await target.fetch('https://api.openai.com/v1/responses', init);
    await target.fetch('http://127.0.0.1:4401/relay/v1/responses');
    await target.fetch(`${APP}playground.json`);
    expect(original.mock.calls).toEqual([
      ['https://api.openai.com/v1/responses', init],
      ['http://127.0.0.1:4401/relay/v1/responses', undefined],
      [`${APP}playground.json`, undefined],
    ]);
  });

  it('holds a demo request until the in-browser demo controls the page, then sends it as it was', async () => {
    const { target, original, settle } = setup();
    const request = new Request(`${APP}demo/v1/responses`, { method: 'POST', body: '{"model":"m"}' });
    const pending = target.fetch(request);
    const byUrl = target.fetch(`${APP}demo/v1/models`);
    await tick();
    expect(original).not.toHaveBeenCalled();
    settle({ kind: 'browser' });
    expect(await (await pending).text()).toBe('net');
    await byUrl;
    expect(original.mock.calls.map(([input]) => input)).toEqual([request, `${APP}demo/v1/models`]);
  });

  it('answers a demo request with an OpenAI-shaped error when the demo cannot run here', async () => {
    const { target, original, settle } = setup();
    settle({ kind: 'unavailable', message: 'No Service Worker: run npm start.' });
    const response = await target.fetch(new URL(`${APP}demo/v1/responses`), { method: 'POST' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { message: 'No Service Worker: run npm start.' } });
    expect(original).not.toHaveBeenCalled();
  });

  it('takes itself away once a real server answers the demo', async () => {
    const { target, original, settle } = setup();
    expect(target.fetch).not.toBe(original);
    settle({ kind: 'server' });
    await tick();
    expect(target.fetch).toBe(original);
  });
});
