export { useHostingStore, type DemoHost } from './hosting-store';
