export { useWorkspaceStore } from './workspace-store';
