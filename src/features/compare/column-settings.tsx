import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Checkbox } from '../../components/ui/checkbox';
import { Field, Select, TextArea, TextInput } from '../../components/ui/field';
import { parseOverrides, resolveColumn, type ColumnSettings } from '../../core/compare';
import { profileLabel } from '../../core/endpoints/profile';
import { useConnectionStore } from '../../state/connection';
import { updateColumn } from './compare-store';
import { PriceFields } from './price-fields';
import { columnProblemText } from './problem-text';

/** Code, not prose: the same in every language. */
const OVERRIDES_EXAMPLE = '{"temperature": 0.2, "reasoning": {"effort": "low"}}';

/** A column's endpoint (profile or typed base URL), key, model and parameter overrides. */
export function ColumnSettingsForm({ column }: { column: ColumnSettings }) {
  const { t } = useTranslation('compare');
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
      <Field label={t('profile')}>
        {(control) => (
          <Select
            {...control}
            value={resolved.profile?.id ?? ''}
            onChange={(e) => pickProfile(e.target.value)}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {profileLabel(p)}
              </option>
            ))}
            <option value="">{t('customBaseUrl')}</option>
          </Select>
        )}
      </Field>
      <Field label={t('baseUrl')}>
        {(control) => (
          <TextInput
            {...control}
            className="font-mono"
            value={resolved.baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            inputMode="url"
          />
        )}
      </Field>
      <Field label={t('apiKey')} hint={t('apiKeyHint')}>
        {(control) => (
          <TextInput
            {...control}
            type="password"
            className="font-mono"
            value={keys[resolved.keyId] ?? ''}
            onChange={(e) => useConnectionStore.getState().setKeyById(resolved.keyId, e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={t('model')}>
        {(control) => (
          <TextInput
            {...control}
            className="font-mono"
            value={column.model}
            placeholder={t('modelPlaceholder')}
            onChange={(e) => updateColumn(column.id, { model: e.target.value })}
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={t('overrides')} error={overrides.ok ? undefined : columnProblemText(overrides.error)}>
        {(control) => (
          <TextArea
            {...control}
            className="font-mono"
            rows={2}
            value={column.overrides}
            placeholder={OVERRIDES_EXAMPLE}
            spellCheck={false}
            onChange={(e) => updateColumn(column.id, { overrides: e.target.value })}
          />
        )}
      </Field>
      {!resolved.profile && proxy === 'available' && (
        <Checkbox
          className="text-xs"
          label={t('useProxy')}
          checked={column.useProxy === true}
          onChange={(e) => updateColumn(column.id, { useProxy: e.target.checked })}
        />
      )}
      {resolved.profile && <PriceFields profile={resolved.profile} model={column.model} />}
    </div>
  );
}
