import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { parseOverrides, resolveColumn, type ColumnSettings } from '../../core/compare';
import { profileLabel } from '../../core/endpoints/profile';
import { useConnectionStore } from '../../state/connection';
import { updateColumn } from './compare-store';
import { PriceFields } from './price-fields';
import { columnProblemText } from './problem-text';

const INPUT = 'w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm';
const LABEL = 'flex flex-col gap-0.5 text-xs font-medium text-slate-800';
/** Code, not prose: the same in every language. */
const OVERRIDES_EXAMPLE = '{"temperature": 0.2, "reasoning": {"effort": "low"}}';

/** A column's endpoint (profile or typed base URL), key, model and parameter overrides. */
export function ColumnSettingsForm({ column }: { column: ColumnSettings }) {
  const { t } = useTranslation('compare');
  const ids = { hint: useId(), overrides: useId() };
  const { profiles, keys, proxy } = useConnectionStore(
    useShallow((s) => ({ profiles: s.profiles, keys: s.keys, proxy: s.proxy })),
  );
  const resolved = resolveColumn(column, profiles);
  const overrides = parseOverrides(column.overrides);
  const setBaseUrl = (baseUrl: string) =>
    // Typing a base URL leaves the profile: the key typed next belongs to this URL alone.
    updateColumn(column.id, { profileId: undefined, baseUrl });
  const pickProfile = (id: string) => {
    const profile = profiles.find((p) => p.id === id);
    if (profile) updateColumn(column.id, { profileId: profile.id, baseUrl: profile.baseUrl });
    else updateColumn(column.id, { profileId: undefined });
  };

  return (
    <div className="flex flex-col gap-1.5">
      <label className={LABEL}>
        {t('profile')}
        <select
          className={INPUT}
          value={resolved.profile?.id ?? ''}
          onChange={(e) => pickProfile(e.target.value)}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileLabel(p)}
            </option>
          ))}
          <option value="">{t('customBaseUrl')}</option>
        </select>
      </label>
      <label className={LABEL}>
        {t('baseUrl')}
        <input
          className={`${INPUT} font-mono`}
          value={resolved.baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          inputMode="url"
        />
      </label>
      <label className={LABEL}>
        {t('apiKey')}
        <input
          type="password"
          className={`${INPUT} font-mono`}
          value={keys[resolved.keyId] ?? ''}
          onChange={(e) => useConnectionStore.getState().setKeyById(resolved.keyId, e.target.value)}
          autoComplete="off"
          aria-describedby={ids.hint}
        />
      </label>
      <p id={ids.hint} className="text-[11px] text-slate-600">
        {t('apiKeyHint')}
      </p>
      <label className={LABEL}>
        {t('model')}
        <input
          className={`${INPUT} font-mono`}
          value={column.model}
          placeholder={t('modelPlaceholder')}
          onChange={(e) => updateColumn(column.id, { model: e.target.value })}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <label className={LABEL}>
        {t('overrides')}
        <textarea
          className={`${INPUT} font-mono`}
          rows={2}
          value={column.overrides}
          placeholder={OVERRIDES_EXAMPLE}
          spellCheck={false}
          aria-invalid={!overrides.ok}
          aria-describedby={overrides.ok ? undefined : ids.overrides}
          onChange={(e) => updateColumn(column.id, { overrides: e.target.value })}
        />
      </label>
      {!overrides.ok && (
        <p id={ids.overrides} className="text-xs text-red-800">
          {columnProblemText(overrides.error)}
        </p>
      )}
      {!resolved.profile && proxy === 'available' && (
        <label className="flex items-center gap-2 text-xs">
          <input
            type="checkbox"
            checked={column.useProxy === true}
            onChange={(e) => updateColumn(column.id, { useProxy: e.target.checked })}
          />
          {t('useProxy')}
        </label>
      )}
      {resolved.profile && <PriceFields profile={resolved.profile} model={column.model} />}
    </div>
  );
}
