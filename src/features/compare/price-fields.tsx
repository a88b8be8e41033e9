import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { TextInput } from '../../components/ui/field';
import { priceFor } from '../../core/compare';
import { profileLabel, type ModelPrice, type Profile } from '../../core/endpoints/profile';
import { parseRequestText } from '../../core/request/parse-request';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';

/** The model a column asks for: its own, else the request's. */
function useColumnModel(model: string): string {
  const requestText = useWorkspaceStore((s) => s.requestText);
  const requestModel = useMemo(() => {
    const parsed = parseRequestText(requestText);
    return parsed.ok && typeof parsed.value.model === 'string' ? parsed.value.model : '';
  }, [requestText]);
  return model.trim() || requestModel;
}

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
const valid = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n >= 0;

/** Prices per million tokens for the column's model, stored with its profile (for the cost row). */
export function PriceFields({ profile, model }: { profile: Profile; model: string }) {
  const { t } = useTranslation('compare');
  const name = useColumnModel(model);
  const saved = priceFor(profile.prices, name);
  if (!name) return <p className="text-[11px] text-ink-muted">{t('pricesNeedModel')}</p>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer font-medium">
        {t('prices', { model: name })}
        {saved && ` · ${saved.input} / ${saved.cachedInput ?? saved.input} / ${saved.output}`}
      </summary>
      {/* A fresh form per model and saved price, so the fields start from what is stored. */}
      <PriceForm key={`${name}\n${JSON.stringify(saved)}`} profile={profile} model={name} saved={saved} />
    </details>
  );
}

function PriceForm({ profile, model, saved }: { profile: Profile; model: string; saved?: ModelPrice }) {
  const { t } = useTranslation('compare');
  const [input, setInput] = useState(saved ? String(saved.input) : '');
  const [cached, setCached] = useState(saved?.cachedInput !== undefined ? String(saved.cachedInput) : '');
  const [output, setOutput] = useState(saved ? String(saved.output) : '');
  const [error, setError] = useState(false);
  const others = (profile.prices ?? []).filter((p) => p.model !== saved?.model);
  const update = (prices: ModelPrice[]) =>
    useConnectionStore.getState().updateProfile(profile.id, { prices });
  const save = () => {
    const [i, c, o] = [number(input), number(cached), number(output)];
    if (!valid(i) || !valid(o) || (c !== undefined && !valid(c))) return setError(true);
    setError(false);
    update([
      ...others,
      c === undefined ? { model, input: i, output: o } : { model, input: i, cachedInput: c, output: o },
    ]);
  };
  return (
    <form
      className="mt-1 flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="text-[11px] text-ink-muted">{t('pricesHint', { profile: profileLabel(profile) })}</p>
      <div className="flex flex-wrap gap-2">
        {(
          [
            [t('priceInput'), input, setInput],
            [t('priceCached'), cached, setCached],
            [t('priceOutput'), output, setOutput],
          ] as const
        ).map(([label, value, set]) => (
          <label key={label} className="flex flex-col">
            {label}
            <TextInput
              className="w-24 px-1 py-0.5 text-xs"
              inputMode="decimal"
              value={value}
              onChange={(e) => set(e.target.value)}
            />
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="text-danger">
          {t('priceInvalid')}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit">{t('savePrice')}</Button>
        {saved && (
          <Button variant="link" onClick={() => update(others)}>
            {t('removePrice')}
          </Button>
        )}
      </div>
    </form>
  );
}
