/** Shared state: the stores several features read. Features import from here, never each other's stores. */
export * from './connection';
export * from './run';
export * from './workspace';
export * from './tool-tests';
export * from './theme';
