import { lazy } from 'react';
import { startAutoAnswer } from './auto-answer';

// Its own chunk, loaded after the first paint (it matters once a response is there).
export const ThreadPanel = lazy(() => import('./thread-panel').then((m) => ({ default: m.ThreadPanel })));

// The auto-answer loop follows this tab's turns whatever is on screen.
startAutoAnswer();
