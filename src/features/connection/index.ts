export { ConnectionPanel } from './connection-panel';
