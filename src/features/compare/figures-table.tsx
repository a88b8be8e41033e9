import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareTable, formatCell, type ColumnRun } from '../../core/compare';

/**
 * Measures per column: the median (and spread, with several runs) of each, the best of each row
 * marked by a word and a star as well as by colour.
 */
export function FiguresTable({ runs }: { runs: readonly (readonly ColumnRun[])[] }) {
  const { t } = useTranslation('compare');
  const rows = useMemo(() => compareTable(runs), [runs]);
  const several = runs.some((r) => r.length > 1);
  if (runs.every((r) => r.length === 0)) return <p className="text-sm text-ink-muted">{t('noFigures')}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label={t('figuresTable')} className="w-full border-collapse text-xs">
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-1 text-left">
              {t('measure')}
            </th>
            {runs.map((_, i) => (
              <th key={i} scope="col" className="border-b border-line p-1 text-left">
                {t('column', { n: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="border-b border-line p-1 text-left font-medium">
                {t(`metric.${row.id}`)}
              </th>
              {row.cells.map((cell, i) => {
                const best = row.best.includes(i);
                return (
                  <td
                    key={i}
                    className={`border-b border-line p-1 font-mono ${best ? 'bg-emerald-100 font-bold text-emerald-950' : ''}`}
                    title={best ? t('bestTitle') : undefined}
                  >
                    {formatCell(row.id, cell)}
                    {best && <span className="ml-1 font-sans">★ {t('best')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {several && <p className="mt-1 text-[11px] text-ink-muted">{t('spreadNote')}</p>}
    </div>
  );
}
