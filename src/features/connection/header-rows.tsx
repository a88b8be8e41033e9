import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import type { HeaderRow } from '../../core/endpoints';

/** The extra headers of a profile: name/value rows. */
export function HeaderRows({
  headers,
  onChange,
}: {
  headers: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}) {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation('connection');
  const update = (index: number, patch: Partial<HeaderRow>) =>
    onChange(headers.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <div className="flex flex-col gap-2">
      {headers.map((h, i) => (
        <div key={i} className="flex gap-2">
          <input
            aria-label={tc('headers.name', { n: i + 1 })}
            className="w-48 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            value={h.name}
            onChange={(e) => update(i, { name: e.target.value })}
            placeholder="X-Header"
          />
          <input
            aria-label={tc('headers.value', { n: i + 1 })}
            className="flex-1 rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            value={h.value}
            onChange={(e) => update(i, { value: e.target.value })}
          />
          <Button
            aria-label={tc('headers.remove', { n: i + 1 })}
            onClick={() => onChange(headers.filter((_, j) => j !== i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button
        size="md"
        className="self-start"
        onClick={() => onChange([...headers, { name: '', value: '' }])}
      >
        {tc('headers.add')}
      </Button>
      <p className="text-xs text-slate-700">{tc('headers.note')}</p>
      <p className="text-xs text-slate-700">{t('credentialHeadersNotRemembered')}</p>
    </div>
  );
}
