import { useTranslation } from 'react-i18next';
import { MAX_COLUMNS } from '../../core/compare';
import { ColumnCard } from './column-card';
import { CompareToolbar } from './compare-toolbar';
import { COMPARE_REGION_ID as REGION_ID } from './compare-button';
import { useCompareStore } from './compare-store';
import { ComparisonResults } from './comparison-results';
import { SavedComparisons } from './saved-comparisons';

/** The region **Compare** while Compare mode is open. */
export function CompareArea() {
  const open = useCompareStore((s) => s.open);
  return open ? <CompareRegion id={REGION_ID} /> : null;
}

function CompareRegion({ id }: { id: string }) {
  const { t } = useTranslation('compare');
  const columns = useCompareStore((s) => s.columns);
  const notice = useCompareStore((s) => s.notice);
  const gridCols =
    columns.length >= 4 ? 'xl:grid-cols-4' : columns.length === 3 ? 'xl:grid-cols-3' : 'xl:grid-cols-2';
  return (
    <section
      id={id}
      aria-label={t('region')}
      className="flex flex-col gap-3 rounded border border-line bg-surface p-3"
    >
      <header className="flex flex-col gap-1">
        <h2 className="text-base font-semibold">{t('title')}</h2>
        <p className="text-sm text-ink-muted">{t('intro')}</p>
      </header>
      <CompareToolbar canAdd={columns.length < MAX_COLUMNS} />
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : undefined}
          aria-live={notice.kind === 'error' ? undefined : 'polite'}
          className={`rounded border p-2 text-sm ${notice.kind === 'error' ? 'border-danger-line bg-danger-surface text-danger-ink' : 'border-info-line bg-info-surface text-info-ink'}`}
        >
          {notice.text}
        </p>
      )}
      <div className={`grid grid-cols-1 gap-3 md:grid-cols-2 ${gridCols}`}>
        {columns.map((column, index) => (
          <ColumnCard key={column.id} column={column} index={index} removable={columns.length > 2} />
        ))}
      </div>
      <ComparisonResults />
      <SavedComparisons />
    </section>
  );
}
