export { createDemoBackend } from './backend';
export type { DemoBackend, DemoBackendOptions } from './backend';
export { DEMO_MODELS } from './models';
export { ResponseStore } from './store';
export type { StoredResponse } from './store';
