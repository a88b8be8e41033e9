import { describe, expect, it, vi } from 'vitest';
import { DEMO_WORKER_CLAIM_MESSAGE as CLAIM_MESSAGE } from '../../core/hosting';
import { removeDemoWorker, startDemoWorker } from './demo-worker';

const APP = 'https://u.github.io/repo/';
const SCRIPT = `${APP}demo-sw.js`;

/** Just enough of navigator.serviceWorker, driven by the test. */
class FakeContainer extends EventTarget {
  controller: { scriptURL: string } | null = null;
  readonly active = { scriptURL: SCRIPT, postMessage: vi.fn() };
  readonly registration = { active: this.active, unregister: vi.fn(() => Promise.resolve(true)) };
  private resolveReady: (r: unknown) => void = () => undefined;
  readonly ready = new Promise((resolve) => (this.resolveReady = resolve));
  register = vi.fn((_url: string, _options: RegistrationOptions) => Promise.resolve(this.registration));
  getRegistration = vi.fn(() => Promise.resolve(this.registration));

  activate() {
    this.resolveReady(this.registration);
  }
  takeControl(scriptURL = SCRIPT) {
    this.controller = { scriptURL };
    this.dispatchEvent(new Event('controllerchange'));
  }
}
const asContainer = (c: FakeContainer) => c as unknown as ServiceWorkerContainer;

describe('startDemoWorker', () => {
  it('says so when the browser has no Service Worker', async () => {
    expect(await startDemoWorker(undefined, APP)).toEqual({ ok: false, error: undefined });
  });

  it('registers demo-sw.js for the app directory, checked on every load, and waits for control', async () => {
    const container = new FakeContainer();
    const started = startDemoWorker(asContainer(container), APP);
    let done = false;
    void started.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.register).toHaveBeenCalledWith(SCRIPT, { scope: APP, updateViaCache: 'none' });
    expect(done).toBe(false);
    container.takeControl();
    expect(await started).toEqual({ ok: true, value: undefined });
  });

  it('is ready at once when the worker already controls the page', async () => {
    const container = new FakeContainer();
    container.controller = { scriptURL: SCRIPT };
    expect((await startDemoWorker(asContainer(container), APP)).ok).toBe(true);
  });

  it('asks an active worker to claim a page it does not control (after a hard reload)', async () => {
    const container = new FakeContainer();
    container.active.postMessage.mockImplementation(() => container.takeControl());
    const started = startDemoWorker(asContainer(container), APP);
    container.activate();
    expect((await started).ok).toBe(true);
    expect(container.active.postMessage).toHaveBeenCalledWith(CLAIM_MESSAGE);
  });

  it('does not take a worker of the host (another script) for ours', async () => {
    const container = new FakeContainer();
    container.controller = { scriptURL: 'https://u.github.io/sw.js' };
    const started = startDemoWorker(asContainer(container), APP, 50);
    const result = await started;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/did not take control/);
  });

  it('reports a failed registration in the browser’s words', async () => {
    const container = new FakeContainer();
    container.register.mockRejectedValue(new DOMException('The operation is insecure.', 'SecurityError'));
    expect(await startDemoWorker(asContainer(container), APP)).toEqual({
      ok: false,
      error: 'The operation is insecure.',
    });
  });
});

describe('removeDemoWorker', () => {
  it('unregisters our worker and leaves anyone else’s alone', async () => {
    const ours = new FakeContainer();
    await removeDemoWorker(asContainer(ours), APP);
    expect(ours.registration.unregister).toHaveBeenCalled();

    const theirs = new FakeContainer();
    theirs.active.scriptURL = 'https://u.github.io/sw.js';
    await removeDemoWorker(asContainer(theirs), APP);
    expect(theirs.registration.unregister).not.toHaveBeenCalled();
    await removeDemoWorker(undefined, APP);
  });
});
