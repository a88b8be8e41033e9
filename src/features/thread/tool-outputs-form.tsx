import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
import { checkOutput, toolCalls, type ToolCall } from '../../core/history';
import type { ResponseView } from '../../core/response/types';
import { sendToolOutputs } from './send-turn';
import { draftKey, setDraft, useThreadStore } from './thread-store';

function CheckNote({ text }: { text: string }) {
  const check = checkOutput(text);
  switch (check.kind) {
    case 'json':
      return <span className="text-emerald-800">valid JSON</span>;
    case 'text':
      return <span className="text-slate-700">plain text (sent as is)</span>;
    case 'empty':
      return <span className="text-slate-700">empty</span>;
    case 'broken-json':
      return (
        <span className="text-amber-900">
          not valid JSON ({check.message}); it would be sent as plain text
        </span>
      );
  }
}

function CallOutput({ call, owner }: { call: ToolCall; owner: string }) {
  const key = draftKey(owner, call.callId);
  const text = useThreadStore((s) => s.drafts[key] ?? '');
  const hasFixture = useThreadStore((s) => call.name in s.fixtures);
  const id = `tool-output-${call.callId}`;
  return (
    <li className="flex flex-col gap-1 rounded border border-sky-200 bg-sky-50 p-2">
      <div className="flex flex-wrap items-baseline gap-2 text-xs">
        <span className="font-mono font-semibold">{call.name}</span>
        <span className="max-w-full truncate font-mono text-slate-700" title={call.arguments}>
          {call.arguments}
        </span>
      </div>
      <label htmlFor={id} className="text-xs font-medium">
        Output for {call.callId}
      </label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        className="rounded border border-slate-400 bg-white p-1 font-mono text-xs"
        value={text}
        onChange={(e) => setDraft(key, e.target.value)}
        placeholder='{"result": …} or plain text'
      />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <CheckNote text={text} />
        <Button
          className="ml-auto"
          onClick={() => useThreadStore.setState((s) => ({ fixtures: { ...s.fixtures, [call.name]: text } }))}
        >
          {/* The name says which tool and contains the visible words (WCAG 2.5.3, label in name). */}
          {hasFixture ? (
            <>
              Update fixture
              <span className="sr-only">{`: save this answer as the ${call.name} fixture`}</span>
            </>
          ) : (
            <>
              Save<span className="sr-only"> this answer</span> as
              <span className="sr-only">{` the ${call.name}`}</span> fixture
            </>
          )}
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
    <section aria-label="Tool outputs" className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">
        Tool outputs{' '}
        <span className="font-normal text-slate-700">
          ({calls.length} call{calls.length === 1 ? '' : 's'} of {view.responseId ?? 'this response'})
        </span>
      </h3>
      <ul className="flex flex-col gap-2">
        {calls.map((call) => (
          <CallOutput key={call.callId} call={call} owner={owner} />
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" size="md" onClick={() => void send()} disabled={running || sending}>
          Send tool outputs
        </Button>
        <Button
          size="sm"
          onClick={fill}
          disabled={covered.length === 0}
          title={covered.length === 0 ? 'No saved fixture matches these tools' : undefined}
        >
          Fill from fixtures ({covered.length}/{calls.length})
        </Button>
      </div>
    </section>
  );
}
