import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useShallow } from 'zustand/react/shallow';
import { useHistoryStore } from '../history';
import { compactThread } from './compact';
import { followUpParent } from './send-turn';

/** button Compact thread: compacts the thread the next follow-up would continue, and continues from it. */
export function CompactControl({ running }: { running: boolean }) {
  const { t } = useTranslation('responsesApi');
  const { entries, selectedId } = useHistoryStore(
    useShallow((s) => ({ entries: s.entries, selectedId: s.selectedId })),
  );
  const parentId = useMemo(() => followUpParent(entries, selectedId), [entries, selectedId]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();

  const compact = async () => {
    const parent = parentId ? entries[parentId] : undefined;
    if (!parent) return setOutcome({ ok: false, message: t('compact.nothing') });
    setBusy(true);
    setOutcome(await compactThread(parent));
    setBusy(false);
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="md" onClick={() => void compact()} disabled={running || busy}>
        {busy ? t('compact.working') : t('compact.button')}
      </Button>
      {outcome && (
        <span role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'text-ink' : 'text-danger'}>
          {outcome.message}
        </span>
      )}
    </div>
  );
}
