export { useWorkspaceStore, flushWorkspace } from './workspace-store';
export { getParsedRequest, useParsedRequest, type ParsedRequest } from './request-parse';
export { deferEdit, flushPendingEdit } from './pending-edit';
