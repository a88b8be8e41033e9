import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { savedComparisons } from '../../core/compare';
import { useHistoryStore } from '../history';
import { openSaved, rerunSaved } from './saved-actions';

const SHOWN = 10;

/** The latest comparisons kept in history, to open again or re-run. */
export function SavedComparisons() {
  const { t, i18n } = useTranslation('compare');
  const entries = useHistoryStore((s) => s.entries);
  const saved = useMemo(() => savedComparisons(Object.values(entries)).slice(0, SHOWN), [entries]);
  return (
    <div className="flex flex-col gap-1.5 border-t border-line pt-2">
      <h3 className="text-sm font-semibold">{t('saved')}</h3>
      {saved.length === 0 ? (
        <p className="text-xs text-ink-muted">{t('savedNone')}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-xs">
          {saved.map((s) => {
            const when = new Date(s.at).toLocaleString(i18n.language);
            return (
              <li key={s.groupId} className="flex flex-wrap items-center gap-2">
                <span>{t('savedItem', { when, columns: s.columns.length, runs: s.runs })}</span>
                <Button aria-label={t('openSavedLabel', { when })} onClick={() => void openSaved(s.groupId)}>
                  {t('openSaved')}
                </Button>
                <Button aria-label={t('rerunLabel', { when })} onClick={() => void rerunSaved(s.groupId)}>
                  {t('rerun')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
