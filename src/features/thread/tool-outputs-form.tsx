import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { checkOutput, toolCalls, type ToolCall } from '../../core/history';
import type { ResponseView } from '../../core/response/types';
import { sendToolOutputs } from './send-turn';
import { draftKey, setDraft, useThreadStore } from './thread-store';

function CheckNote({ text }: { text: string }) {
  const { t } = useTranslation('thread');
  const check = checkOutput(text);
  switch (check.kind) {
    case 'json':
      return <span className="text-success-ink">{t('toolOutputs.check.json')}</span>;
    case 'text':
      return <span className="text-ink-muted">{t('toolOutputs.check.text')}</span>;
    case 'empty':
      return <span className="text-ink-muted">{t('toolOutputs.check.empty')}</span>;
    case 'broken-json':
      return (
        <span className="text-warning-ink">{t('toolOutputs.check.broken', { message: check.message })}</span>
      );
  }
}

const SR_ONLY = [<span key="sr" className="sr-only" />];

function CallOutput({ call, owner }: { call: ToolCall; owner: string }) {
  const { t } = useTranslation('thread');
  const key = draftKey(owner, call.callId);
  const text = useThreadStore((s) => s.drafts[key] ?? '');
  const hasFixture = useThreadStore((s) => call.name in s.fixtures);
  const id = `tool-output-${call.callId}`;
  return (
    <li className="flex flex-col gap-1 rounded border border-info-line bg-info-surface p-2 text-ink">
      <div className="flex flex-wrap items-baseline gap-2 text-xs">
        <span className="font-mono font-semibold">{call.name}</span>
        <span className="max-w-full truncate font-mono text-ink-muted" title={call.arguments}>
          {call.arguments}
        </span>
      </div>
      <label htmlFor={id} className="text-xs font-medium">
        {t('toolOutputs.outputFor', { callId: call.callId })}
      </label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        className="rounded border border-line-strong bg-surface p-1 font-mono text-xs text-ink"
        value={text}
        onChange={(e) => setDraft(key, e.target.value)}
        placeholder={t('toolOutputs.placeholder', { example: '{"result": …}' })}
      />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <CheckNote text={text} />
        <Button
          className="ml-auto"
          onClick={() => useThreadStore.setState((s) => ({ fixtures: { ...s.fixtures, [call.name]: text } }))}
        >
          {/* The name says which tool and contains the visible words (WCAG 2.5.3, label in name). */}
          <Trans
            t={t}
            i18nKey={hasFixture ? 'toolOutputs.updateFixture' : 'toolOutputs.saveFixture'}
            values={{ name: call.name }}
            components={SR_ONLY}
          />
        </Button>
      </div>
    </li>
  );
}

/**
 * One editor per function or custom tool call of the shown response, and Send tool outputs, which
 * answers all of them in one request continuing that response.
 */
export function ToolOutputsForm({ view, running }: { view: ResponseView; running: boolean }) {
  const { t } = useTranslation('thread');
  const calls = useMemo(() => toolCalls(view), [view]);
  const owner = view.responseId ?? 'no-id';
  const fixtures = useThreadStore((s) => s.fixtures);
  const [sending, setSending] = useState(false);
  const covered = calls.filter((c) => c.name in fixtures);

  const fill = () => {
    for (const call of covered) setDraft(draftKey(owner, call.callId), fixtures[call.name] ?? '');
  };
  const send = async () => {
    setSending(true);
    const drafts = useThreadStore.getState().drafts;
    const outputs = Object.fromEntries(calls.map((c) => [c.callId, drafts[draftKey(owner, c.callId)] ?? '']));
    const reason = await sendToolOutputs(view, outputs);
    useThreadStore.setState({ sendError: reason });
    setSending(false);
  };

  return (
    <section aria-label={t('toolOutputs.region')} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">
        {t('toolOutputs.heading')}{' '}
        <span className="font-normal text-ink-muted">
          {t('toolOutputs.calls', {
            count: calls.length,
            id: view.responseId ?? t('toolOutputs.thisResponse'),
          })}
        </span>
      </h3>
      <ul className="flex flex-col gap-2">
        {calls.map((call) => (
          <CallOutput key={call.callId} call={call} owner={owner} />
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" size="md" onClick={() => void send()} disabled={running || sending}>
          {t('toolOutputs.send')}
        </Button>
        <Button
          size="sm"
          onClick={fill}
          disabled={covered.length === 0}
          title={covered.length === 0 ? t('toolOutputs.noFixture') : undefined}
        >
          {t('toolOutputs.fill', { covered: covered.length, count: calls.length })}
        </Button>
      </div>
    </section>
  );
}
