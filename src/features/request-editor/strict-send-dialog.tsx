import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { focusRequestPath } from './editor-focus';
import { findingText } from './finding-text';
import { dropPendingSend, sendAnyway, useStrictSend } from './strict-send';

/** How many errors the dialog lists before "… and N more". */
const SHOWN = 5;

/**
 * Asks before sending a request with strict-mode errors: Send anyway (not asked again for the same
 * errors) or Fix (the cursor goes to the first error in Request JSON).
 */
export function StrictSendDialog() {
  const { t } = useTranslation('editor');
  const pending = useStrictSend((s) => s.pending);
  if (!pending) return null;
  const { errors } = pending;
  const fix = () => {
    const [first] = dropPendingSend();
    // After the dialog has closed and handed focus back to the button that opened it.
    if (first) setTimeout(() => focusRequestPath(first.path), 0);
  };
  return (
    <Dialog open onClose={() => dropPendingSend()} title={t('strict.title')}>
      <p className="text-sm">{t('strict.body', { count: errors.length })}</p>
      <ul aria-label={t('strict.listLabel')} className="flex flex-col gap-1 text-sm text-danger">
        {errors.slice(0, SHOWN).map((f, i) => (
          <li key={`${f.rule}${f.pointer}${i}`} className="flex flex-wrap items-baseline gap-1.5">
            <span className="font-mono">{f.rule}</span>
            <span>{findingText(f)}</span>
            <code className="font-mono text-ink-muted">{f.pointer}</code>
          </li>
        ))}
        {errors.length > SHOWN && <li>{t('strict.more', { count: errors.length - SHOWN })}</li>}
      </ul>
      <p className="text-sm text-ink-muted">{t('strict.onceNote')}</p>
      <div className="flex justify-end gap-2">
        <Button variant="primary" size="md" onClick={fix} autoFocus>
          {t('strict.fix')}
        </Button>
        <Button size="md" onClick={sendAnyway}>
          {t('strict.sendAnyway')}
        </Button>
      </div>
    </Dialog>
  );
}
