import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { selectApiKey, selectKeyNotKept, useConnectionStore } from '../../state/connection';

/**
 * The API key field with a show/hide toggle (hidden is `type="password"`), described by the note
 * under the connection row (`describedBy`).
 */
export function ApiKeyField({
  describedBy,
  isDemo,
  inputRef,
}: {
  describedBy: string;
  isDemo: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation('connection');
  const apiKey = useConnectionStore(selectApiKey);
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="flex w-64 flex-col gap-1">
      <label htmlFor={`${id}-key`} className="text-sm font-medium">
        {t('key.label')}
      </label>
      <div className="flex gap-1">
        <input
          id={`${id}-key`}
          ref={inputRef}
          type={shown ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
          value={apiKey}
          onChange={(e) => useConnectionStore.getState().setApiKey(e.target.value)}
          placeholder={isDemo ? t('key.placeholderDemo') : 'sk-…'}
          aria-describedby={describedBy}
        />
        <Button size="xs" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? t('key.hide') : t('key.show')}
        </Button>
      </div>
    </div>
  );
}

/**
 * After a reload, the key typed last time for this profile and base URL was not kept (keys are
 * stored only with "Remember API keys on this device"): say so, and offer the opt-in. Nothing is
 * stored without it; remembering focuses the key field so the key can be typed once more.
 */
export function KeyNotKeptNotice({ keyInput }: { keyInput: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation('connection');
  const notKept = useConnectionStore((s) => selectKeyNotKept(s) && !s.rememberKeys);
  if (!notKept) return null;
  const remember = () => {
    const store = useConnectionStore.getState();
    store.setRememberKeys(true);
    store.dismissKeyNotKept();
    keyInput.current?.focus();
  };
  return (
    <div
      role="note"
      className="flex flex-wrap items-center gap-2 rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950"
    >
      <span>{t('key.notKept')}</span>
      <Button size="xs" onClick={remember}>
        {t('key.rememberOnDevice')}
      </Button>
      <Button size="xs" variant="link" onClick={() => useConnectionStore.getState().dismissKeyNotKept()}>
        {t('key.dismiss')}
      </Button>
    </div>
  );
}
