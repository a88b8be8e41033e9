import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { keyScope } from '../../core/endpoints';
import { useConnectionStore } from '../../state/connection';
import { useHistoryStore } from '../history';
import { ItemList } from './item-list';
import { activeEndpoint, inputItemsQuery } from './queries';

/** The input items of a response opened by id, under it in Output. */
export function InputItemsSection() {
  const { t } = useTranslation('responsesApi');
  const shown = useHistoryStore(useShallow((s) => (s.shownId ? s.entries[s.shownId] : undefined)));
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  // Only where it was opened: another base URL (and its key) would not know it.
  const here = shown !== undefined && keyScope(shown.baseUrl) === keyScope(baseUrl);
  const responseId = here && shown.kind === 'opened' ? shown.responseId : undefined;
  const query = useQuery({ ...inputItemsQuery(activeEndpoint(), responseId ?? ''), enabled: !!responseId });
  if (!responseId) return null;
  const result = query.data;
  return (
    <section aria-label={t('inputItems.title')} className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">{t('inputItems.title')}</h3>
      {!result ? (
        <p className="text-xs text-ink-muted">{t('inputItems.loading')}</p>
      ) : !result.ok ? (
        <p className="text-xs text-danger">{t('inputItems.failed', { message: result.error.message })}</p>
      ) : result.value.data.length === 0 ? (
        <p className="text-xs text-ink-muted">{t('inputItems.none')}</p>
      ) : (
        <>
          <ItemList items={result.value.data} label={t('inputItems.title')} />
          {result.value.hasMore && (
            <p className="text-xs text-ink-muted">
              {t('inputItems.more', { count: result.value.data.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
