import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { lazy, Suspense, useState } from 'react';

// The dialog brings the snippet generators and the highlighter: loaded on first use only.
const CodeDialog = lazy(() => import('./code-dialog'));

/** Code: the current request as curl, JavaScript, Python and more; the key only as `$OPENAI_API_KEY`. */
export function CodeButton() {
  const { t } = useTranslation('code');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="lg" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CodeDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
