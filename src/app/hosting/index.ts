export { startHosting } from './hosting';
export { HostingNotices } from './hosting-notices';
