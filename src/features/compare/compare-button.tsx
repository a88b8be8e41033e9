import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { setCompareOpen, useCompareStore } from './compare-store';

/** The region's DOM id, for the button's aria-controls (the app places the two apart). */
export const COMPARE_REGION_ID = 'compare-region';

/**
 * Compare mode: button **Compare** opens the region **Compare**, two to four columns (regions
 * `Column 1`…) each sending the editor's request to its own endpoint, key and model, measured and
 * compared side by side. The app lays out the button (`CompareButton`, here: in the first paint) and
 * the region (`CompareArea` in compare-panel, its own chunk; nothing while closed) where it sees fit.
 */
export function CompareButton() {
  const { t } = useTranslation('compare');
  const open = useCompareStore((s) => s.open);
  return (
    <Button
      size="md"
      aria-expanded={open}
      aria-controls={open ? COMPARE_REGION_ID : undefined}
      title={t('openHint')}
      className={`font-semibold ${open ? 'border-accent bg-accent-surface text-accent-strong' : ''}`}
      onClick={() => setCompareOpen(!open)}
    >
      {t('open')}
    </Button>
  );
}
