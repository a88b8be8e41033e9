import { BUILTIN_PRESETS } from '../../core/presets/builtin-presets';
import { replaceRequest } from './replace-request';

/** The built-in presets: one click loads a request into the editor (nothing is sent). */
export function BuiltinList({ onLoaded }: { onLoaded: () => void }) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Built-in presets">
      {BUILTIN_PRESETS.map((preset) => (
        <li key={preset.id} className="flex items-start gap-3 rounded border border-slate-200 p-2">
          <div className="min-w-0 flex-1">
            <p className="font-medium">{preset.name}</p>
            <p className="text-sm text-slate-700">{preset.description}</p>
          </div>
          <button
            type="button"
            className="rounded border border-slate-500 px-2 py-0.5 text-sm hover:bg-slate-100"
            aria-label={`Load ${preset.name}`}
            onClick={() => {
              replaceRequest({
                title: `Loaded the preset “${preset.name}”`,
                requestText: preset.requestText,
              });
              onLoaded();
            }}
          >
            Load
          </button>
        </li>
      ))}
    </ul>
  );
}
