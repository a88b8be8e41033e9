import { lazy, Suspense, useState } from 'react';

// The dialog and what it holds load when it is first opened, not with the page.
const PresetsDialog = lazy(() => import('./presets-dialog'));

/** The header's Presets button: built-in library, the user's presets, preset files, curl import. */
export function PresetsMenu() {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState('library');
  return (
    <>
      <button
        type="button"
        className="rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Presets
      </button>
      {open && (
        <Suspense fallback={null}>
          <PresetsDialog onClose={() => setOpen(false)} tab={tab} onTab={setTab} />
        </Suspense>
      )}
    </>
  );
}
