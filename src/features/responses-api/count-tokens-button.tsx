import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { isUnsupported } from '../../core/api/request-json';
import { countInputTokens } from '../../core/api/responses-api';
import { contextPressure } from '../../core/request/context-windows';
import { parseRequestText } from '../../core/request/parse-request';
import { useWorkspaceStore } from '../../state/workspace';
import { tokenCountBody } from './count-tokens';
import { activeEndpoint } from './queries';

type Outcome = { text: string; count: number; model?: string } | { text: string; problem: string };

/** button Count tokens, with the count (or why there is none) beside it. */
export function CountTokensButton() {
  const { t, i18n } = useTranslation('responsesApi');
  const requestText = useWorkspaceStore((s) => s.requestText);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const count = async () => {
    const text = requestText;
    const parsed = parseRequestText(text);
    if (!parsed.ok)
      return setOutcome({ text, problem: t('tokens.invalid', { message: parsed.error.message }) });
    setBusy(true);
    const body = tokenCountBody(parsed.value);
    const result = await countInputTokens(activeEndpoint(), body);
    setBusy(false);
    if (result.ok) {
      const model = typeof body.model === 'string' ? body.model : undefined;
      return setOutcome({ text, count: result.value, ...(model ? { model } : {}) });
    }
    const { message } = result.error;
    const path = 'POST /v1/responses/input_tokens';
    setOutcome({
      text,
      problem: isUnsupported(result.error)
        ? t('tokens.unsupported', { path, message })
        : t('tokens.failed', { message }),
    });
  };

  const stale = outcome !== undefined && outcome.text !== requestText;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const pressure = outcome && 'count' in outcome ? contextPressure(outcome.model, outcome.count) : undefined;
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="md" onClick={() => void count()} disabled={busy}>
        {busy ? t('tokens.counting') : t('tokens.button')}
      </Button>
      {outcome && 'count' in outcome && (
        <output className={stale ? 'text-ink-disabled' : 'text-ink'}>
          {t('tokens.result', { count: outcome.count, formatted: number(outcome.count) })}
          {stale && ` ${t('tokens.stale')}`}
        </output>
      )}
      {pressure && outcome && 'count' in outcome && (
        <span
          role="alert"
          className="rounded border border-warning-line bg-warning-surface px-2 py-0.5 text-warning-ink"
        >
          {t(pressure.share > 1 ? 'tokens.over' : 'tokens.near', {
            model: outcome.model,
            percent: Math.round(pressure.share * 100),
            window: number(pressure.window),
          })}
        </span>
      )}
      {outcome && 'problem' in outcome && (
        <span
          role="alert"
          className="rounded border border-danger-line bg-danger-surface px-2 py-0.5 text-danger-ink"
        >
          {outcome.problem}
        </span>
      )}
    </span>
  );
}
