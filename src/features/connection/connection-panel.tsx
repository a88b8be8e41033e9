import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { demoBaseUrl, selectApiKey, useConnectionStore, type HeaderRow } from './connection-store';

/** Base URL, API key (scoped to that base URL) and extra headers. */
export function ConnectionPanel() {
  const { baseUrl, apiKey, rememberKeys, headers } = useConnectionStore(
    useShallow((s) => ({
      baseUrl: s.baseUrl,
      apiKey: selectApiKey(s),
      rememberKeys: s.rememberKeys,
      headers: s.headers,
    })),
  );
  const { setBaseUrl, setApiKey, setRememberKeys, setHeaders } = useConnectionStore.getState();
  const id = useId();
  const isDemo = baseUrl === demoBaseUrl();

  const updateHeader = (index: number, patch: Partial<HeaderRow>) =>
    setHeaders(headers.map((h, i) => (i === index ? { ...h, ...patch } : h)));

  return (
    <section aria-label="Connection" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-base`} className="text-sm font-medium">
            Base URL
          </label>
          <input
            id={`${id}-base`}
            type="url"
            spellCheck={false}
            className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            placeholder="https://api.openai.com/v1"
          />
        </div>
        <div className="flex w-72 flex-col gap-1">
          <label htmlFor={`${id}-key`} className="text-sm font-medium">
            API key
          </label>
          <input
            id={`${id}-key`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            placeholder={isDemo ? 'not needed for the demo' : 'sk-…'}
            aria-describedby={`${id}-key-note`}
          />
        </div>
        {!isDemo && (
          <button
            type="button"
            className="rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100"
            onClick={() => setBaseUrl(demoBaseUrl())}
          >
            Use demo backend
          </button>
        )}
      </div>
      <p id={`${id}-key-note`} className="text-xs text-slate-700">
        {isDemo
          ? 'The built-in demo backend answers without a key, on this machine.'
          : 'The key is sent only to this base URL, as Authorization: Bearer.'}{' '}
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" checked={rememberKeys} onChange={(e) => setRememberKeys(e.target.checked)} />
          Remember API keys on this device
        </label>
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800">Extra headers ({headers.length})</summary>
        <div className="mt-2 flex flex-col gap-2">
          {headers.map((h, i) => (
            <div key={i} className="flex gap-2">
              <input
                aria-label={`Header name ${i + 1}`}
                className="w-48 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
                value={h.name}
                onChange={(e) => updateHeader(i, { name: e.target.value })}
                placeholder="X-Header"
              />
              <input
                aria-label={`Header value ${i + 1}`}
                className="flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
                value={h.value}
                onChange={(e) => updateHeader(i, { value: e.target.value })}
              />
              <button
                type="button"
                aria-label={`Remove header ${i + 1}`}
                className="rounded border border-slate-400 px-2 hover:bg-slate-100"
                onClick={() => setHeaders(headers.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="self-start rounded border border-slate-400 bg-white px-2 py-1 hover:bg-slate-100"
            onClick={() => setHeaders([...headers, { name: '', value: '' }])}
          >
            Add header
          </button>
          <p className="text-xs text-slate-700">
            Every extra header makes the browser ask the endpoint for CORS permission first; relays that do
            not allow it fail with a network error.
          </p>
        </div>
      </details>
    </section>
  );
}
