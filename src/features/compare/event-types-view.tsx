import { useTranslation } from 'react-i18next';
import { diffEventTypes } from '../../core/compare';

/** Which event types one column's stream sent and the other's did not, and counts that differ. */
export function EventTypesView({
  a,
  b,
  first,
  second,
}: {
  a: Record<string, number>;
  b: Record<string, number>;
  first: number;
  second: number;
}) {
  const { t } = useTranslation('compare');
  if (Object.keys(a).length === 0 && Object.keys(b).length === 0)
    return <p className="text-sm text-ink-muted">{t('eventsUnknown')}</p>;
  const diff = diffEventTypes(a, b);
  if (diff.onlyA.length === 0 && diff.onlyB.length === 0 && diff.counts.length === 0)
    return <p className="text-sm">{t('eventsSame', { a: first, b: second })}</p>;
  const list = (title: string, items: string[]) =>
    items.length > 0 && (
      <div>
        <h4 className="text-xs font-semibold">{title}</h4>
        <ul className="list-disc pl-5 font-mono text-xs break-all">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="grid gap-2 md:grid-cols-3">
      {list(t('eventsOnly', { n: first }), diff.onlyA)}
      {list(t('eventsOnly', { n: second }), diff.onlyB)}
      {list(
        t('eventsCounts'),
        diff.counts.map((c) => t('eventsTimes', { type: c.type, a: c.a, b: c.b })),
      )}
    </div>
  );
}
