import { useEffect, useRef, useState } from 'react';
import { browserPreflight, proxyPreflight, runDoctor, type DoctorCheck } from '../../core/endpoints';
import { selectActiveProfile, selectEndpoint, useConnectionStore } from '../../state/connection';

/** Runs the endpoint doctor for the active profile and saves the card on it. */
export function useDoctor(model: string) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<DoctorCheck[]>([]);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const state = useConnectionStore.getState();
    const profile = selectActiveProfile(state);
    // The real endpoint: the doctor decides the route itself (useProxy, or CORS blocked).
    const { proxy: _route, ...endpoint } = selectEndpoint(state);
    const origin = window.location.origin;
    const proxyAvailable = state.proxy === 'available';
    setRunning(true);
    setProgress([]);
    try {
      const card = await runDoctor({
        endpoint,
        pageOrigin: origin,
        // The page cannot send a preflight itself: the proxy runs one, else a real request shows the verdict.
        preflight: proxyAvailable ? proxyPreflight(fetch, origin) : browserPreflight(fetch),
        ...(proxyAvailable ? { proxyOrigin: origin } : {}),
        useProxy: profile.useProxy,
        ...(model.trim() ? { model } : {}),
        // The demo paces its answers like a real model; the doctor needs no show.
        ...(profile.builtIn ? { extraBody: { metadata: { demo_pace_ms: '0' } } } : {}),
        signal: own.signal,
        onProgress: (checks) => {
          if (controller.current === own) setProgress(checks);
        },
      });
      useConnectionStore.getState().setDoctorCard(profile.id, card);
    } catch {
      // Aborted: keep the previous card.
    } finally {
      if (controller.current === own) {
        setRunning(false);
        setProgress([]);
      }
    }
  };
  return { running, progress, run: () => void run(), stop: () => controller.current?.abort() };
}
