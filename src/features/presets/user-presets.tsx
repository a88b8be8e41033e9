import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { presetFileName, serializePresetFile } from '../../core/presets/preset-format';
import { parseRequestText } from '../../core/request/parse-request';
import { selectToolTests, useToolTestsStore } from '../../state/tool-tests';
import { useWorkspaceStore } from '../../state/workspace';
import { toolTestsProblem } from './tool-tests-problem';
import { Button } from '../../components/ui/button';
import { downloadText } from '../../components/ui/clipboard-and-files';
import { usePresetsStore, type UserPreset } from './presets-store';
import { replaceRequest } from './replace-request';
import { requestSummary } from './summary-text';

/** Save the editor's request as a preset; load, rename, duplicate, export or delete saved ones. */
export function UserPresets({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation('presets');
  const presets = usePresetsStore((s) => s.presets);
  return (
    <div className="flex flex-col gap-4">
      <SaveForm />
      {presets.length === 0 ? (
        <p className="text-sm text-slate-700">{t('mine.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('mine.list')}>
          {presets.map((preset) => (
            <PresetRow key={preset.id} preset={preset} onLoaded={onLoaded} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SaveForm() {
  const { t } = useTranslation('presets');
  const requestText = useWorkspaceStore((s) => s.requestText);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const save = () => {
    const parsed = parseRequestText(requestText);
    if (!parsed.ok) {
      setMessage({
        error: true,
        text: t('mine.invalid', { line: parsed.error.line }),
      });
      return;
    }
    const tests = selectToolTests(useToolTestsStore.getState());
    if (!tests.ok) {
      const [first] = tests.error;
      setMessage({ error: true, text: toolTestsProblem(first?.index ?? 0, first?.problem) });
      return;
    }
    const model = typeof parsed.value.model === 'string' ? parsed.value.model : 'request';
    const id = usePresetsStore
      .getState()
      .add({ name: name.trim() || t('mine.defaultName', { model }), requestText, tests: tests.value });
    const saved = usePresetsStore.getState().presets.find((p) => p.id === id);
    setMessage({ error: false, text: t('mine.saved', { name: saved?.name ?? name }) });
    setName('');
  };
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="flex min-w-60 flex-1 flex-col gap-1 text-sm font-medium">
        {t('mine.name')}
        <input
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('mine.namePlaceholder')}
          className="rounded border border-slate-400 px-2 py-1 font-normal"
        />
      </label>
      <Button type="submit" variant="primary" size="md">
        {t('mine.save')}
      </Button>
      {message && (
        <p
          role={message.error ? 'alert' : undefined}
          aria-live="polite"
          className={`w-full text-sm ${message.error ? 'text-red-800' : 'text-green-800'}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}

function PresetRow({ preset, onLoaded }: { preset: UserPreset; onLoaded: () => void }) {
  const { t } = useTranslation('presets');
  const { rename, duplicate, remove } = usePresetsStore.getState();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(preset.name);
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <li className="flex flex-wrap items-center gap-2 rounded border border-slate-200 p-2">
      {editing ? (
        <form
          className="flex flex-1 items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename(preset.id, draft);
            setEditing(false);
          }}
        >
          <label className="sr-only" htmlFor={`rename-${preset.id}`}>
            {t('mine.newName', { name: preset.name })}
          </label>
          <input
            id={`rename-${preset.id}`}
            autoFocus
            value={draft}
            maxLength={120}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation(); // closes the rename, not the dialog
                e.preventDefault();
                setEditing(false);
              }
            }}
            className="flex-1 rounded border border-slate-400 px-2 py-0.5"
          />
          <Button size="sm" type="submit">
            {t('mine.saveName')}
          </Button>
          <Button size="sm" onClick={() => setEditing(false)}>
            {t('mine.cancel')}
          </Button>
        </form>
      ) : (
        <div className="min-w-0 flex-1">
          <p className="font-medium">{preset.name}</p>
          <p className="truncate text-xs text-slate-600">{requestSummary(preset.requestText)}</p>
        </div>
      )}
      {!editing && (
        <div
          className="flex flex-wrap gap-1"
          role="group"
          aria-label={t('mine.actions', { name: preset.name })}
        >
          <Button
            size="sm"
            onClick={() => {
              replaceRequest({
                title: t('loadedTitle', { name: preset.name }),
                requestText: preset.requestText,
                tests: preset.tests,
              });
              onLoaded();
            }}
          >
            {t('load')}
          </Button>
          <Button
            size="sm"
            onClick={() => {
              setDraft(preset.name);
              setEditing(true);
            }}
          >
            {t('mine.rename')}
          </Button>
          <Button size="sm" onClick={() => duplicate(preset.id)}>
            {t('mine.duplicate')}
          </Button>
          <Button
            size="sm"
            onClick={() =>
              downloadText(presetFileName(new Date(), preset.name), serializePresetFile([preset]))
            }
          >
            {t('mine.export')}
          </Button>
          {confirmDelete ? (
            <>
              <Button size="sm" variant="danger" onClick={() => remove(preset.id)}>
                {t('mine.confirmDelete')}
              </Button>
              <Button size="sm" onClick={() => setConfirmDelete(false)}>
                {t('mine.keep')}
              </Button>
            </>
          ) : (
            <Button size="sm" onClick={() => setConfirmDelete(true)}>
              {t('mine.delete')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
