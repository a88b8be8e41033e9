import { lazy } from 'react';

// Its own chunk, loaded after the first paint (it matters once a response is there).
export const ThreadPanel = lazy(() => import('./thread-panel').then((m) => ({ default: m.ThreadPanel })));
export { startAutoAnswer } from './auto-answer';
