export { createDemoBackend } from './backend';
export type { DemoBackend, DemoBackendOptions } from './backend';
export { DEMO_MODELS } from './models';
