import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';

// The dialog and what it holds load when it is first opened, not with the page.
const PresetsDialog = lazy(() => import('./presets-dialog'));

/** The header's Presets button: built-in library, the user's presets, preset files, curl import. */
export function PresetsMenu() {
  const { t } = useTranslation('presets');
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState('library');
  return (
    <>
      <Button size="md" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <PresetsDialog onClose={() => setOpen(false)} tab={tab} onTab={setTab} />
        </Suspense>
      )}
    </>
  );
}
