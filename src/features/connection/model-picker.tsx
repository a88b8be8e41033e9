import { useId, useState, type KeyboardEvent } from 'react';
import { setRequestField } from '../../core/request/edit-request';
import { useWorkspaceStore } from '../../state/workspace';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';
import { useModelList } from './use-model-list';
import { useRequestModel } from './use-request-model';

/**
 * The request's model: free text or a pick from the endpoint's `GET /v1/models`. Every change edits
 * `model` in Request JSON (what is shown is what is sent). An ARIA combobox with a listbox popup.
 */
export function ModelPicker() {
  const { model, editable } = useRequestModel();
  const isDemo = useConnectionStore((s) => selectActiveProfile(s).builtIn === true);
  const [wanted, setWanted] = useState(false);
  const models = useModelList(isDemo || wanted);
  const [draft, setDraft] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();

  const value = draft ?? model;
  const all = models.models ?? [];
  const needle = (draft ?? '').trim().toLowerCase();
  const options = needle ? all.filter((m) => m.toLowerCase().includes(needle)) : all;
  const shown = open && options.length > 0;

  const write = (next: string) => {
    const { requestText, setRequestText } = useWorkspaceStore.getState();
    setRequestText(setRequestField(requestText, ['model'], next));
  };
  const pick = (name: string) => {
    write(name);
    setDraft(undefined);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : -1));
    } else if (e.key === 'Enter' && shown && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const status = models.fetching
    ? 'Loading models…'
    : models.error
      ? `Model list failed: ${models.error.message}`
      : models.models
        ? `${models.models.length} model${models.models.length === 1 ? '' : 's'} on this endpoint`
        : 'Type a model, or focus to load the list';

  return (
    <div className="relative flex w-60 flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium">
        Model
      </label>
      <div className="flex gap-1">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={shown}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          spellCheck={false}
          disabled={!editable}
          title={editable ? undefined : 'Fix Request JSON first'}
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm disabled:bg-slate-100"
          value={value}
          onFocus={() => {
            setWanted(true);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setDraft(undefined);
          }}
          onChange={(e) => {
            setDraft(e.target.value);
            setOpen(true);
            setActive(-1);
            write(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          aria-label="Refresh models"
          title="Reload GET /v1/models"
          className="rounded border border-slate-400 bg-white px-2 text-sm hover:bg-slate-100"
          onClick={() => {
            setWanted(true);
            models.refetch();
          }}
        >
          ↻
        </button>
      </div>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Models"
        hidden={!shown}
        className="absolute top-full z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-400 bg-white text-sm shadow"
      >
        {shown &&
          options.map((m, i) => (
            <li
              key={m}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={m === model}
              className={`cursor-pointer px-2 py-1 font-mono ${i === active ? 'bg-blue-100' : 'hover:bg-slate-100'}`}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
            >
              {m}
            </li>
          ))}
      </ul>
      <p id={`${id}-status`} className="truncate text-xs text-slate-700" title={status}>
        {status}
      </p>
    </div>
  );
}
