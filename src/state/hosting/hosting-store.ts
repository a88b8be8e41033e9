import { create } from 'zustand';
import type { Said } from '../../core/said';

/**
 * Who answers the built-in demo backend: `server` (npm start, or Vite's dev/preview server),
 * `browser` (a static host: the in-browser demo, a Service Worker), `unavailable` (a static host in
 * a browser that cannot run it), `detecting` (the page has just loaded).
 */
export type DemoHost = 'detecting' | 'server' | 'browser' | 'unavailable';

interface HostingState {
  demo: DemoHost;
  /** Why the in-browser demo could not start (the browser's words), when `demo` is `unavailable`. */
  demoProblem?: string;
  /** What is wrong with this site's playground.json (then it was ignored), as core messages. */
  siteConfigProblems?: Said[];
  demoDismissed: boolean;
  configDismissed: boolean;
  setDemo: (demo: DemoHost, problem?: string) => void;
  setSiteConfigProblems: (problems: Said[] | undefined) => void;
  /** Hides a start-up alert for the rest of this page's life. */
  dismiss: (which: 'demo' | 'config') => void;
}

/** How this copy of the app is hosted, as found at start-up (src/app/hosting). Not persisted. */
export const useHostingStore = create<HostingState>()((set) => ({
  demo: 'detecting',
  demoDismissed: false,
  configDismissed: false,
  setDemo: (demo, demoProblem) => set({ demo, demoProblem }),
  setSiteConfigProblems: (siteConfigProblems) => set({ siteConfigProblems }),
  dismiss: (which) => set(which === 'demo' ? { demoDismissed: true } : { configDismissed: true }),
}));
