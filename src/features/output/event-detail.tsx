import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import type { EventLogEntry } from '../../core/response/event-log';
import { ChunkedText } from './chunked-text';

/** One event in full: its facts, labelled, and its data as indented JSON (exactly as received if not JSON). */
export function EventDetail({
  index,
  entry,
  startedAt,
  onClose,
}: {
  index: number;
  entry: EventLogEntry;
  startedAt?: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['output', 'common']);
  const text = useMemo(() => prettyRaw(entry.raw), [entry.raw]);
  const facts: [string, string][] = [
    [t('events.fields.index'), String(index)],
    [t('events.fields.type'), entry.type],
    [t('events.fields.seq'), entry.seq !== undefined ? String(entry.seq) : '–'],
    [
      t('events.fields.received'),
      `${new Date(entry.at).toLocaleTimeString(i18n.language)}${
        startedAt !== undefined
          ? ` · ${t('events.fields.afterStart', { ms: Math.round(entry.at - startedAt) })}`
          : ''
      }`,
    ],
    [t('events.fields.size'), t('events.fields.chars', { count: entry.raw.length })],
  ];
  return (
    <section aria-label={t('events.detail')} className="flex flex-col gap-2 rounded border border-line p-2">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{t('events.detail')}</h3>
        <CopyButton label={t('copy.event')} text={text} copied={t('copy.copied')} failed={t('copy.failed')}>
          {t('common:copy')}
        </CopyButton>
        <Button size="xs" className="ml-auto" onClick={onClose}>
          {t('events.close')}
        </Button>
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-xs">
        {facts.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-ink-muted">{name}</dt>
            <dd className="font-mono text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      <pre
        aria-label={t('events.selected')}
        // It scrolls: keyboard users reach it (axe: scrollable-region-focusable).
        tabIndex={0}
        className="max-h-72 overflow-auto rounded bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap"
      >
        <ChunkedText key={index} text={text} />
      </pre>
    </section>
  );
}

function prettyRaw(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
