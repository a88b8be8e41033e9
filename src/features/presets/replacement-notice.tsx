import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { dismissReplacement, undoReplacement, useReplacementStore } from './replace-request';

/**
 * Says what just replaced the request (a shared link, a deep link, a preset, a curl import): its
 * model and tools, and the Base URL when that changed too. Nothing was sent; Undo puts back what
 * was there. Not a role=status (the Output pane owns that role), but announced politely.
 */
export function ReplacementNotice() {
  const { t } = useTranslation('presets');
  const last = useReplacementStore((s) => s.last);
  if (!last) return null;
  return (
    <section
      aria-label={t('notice.region')}
      aria-live="polite"
      className="mx-4 mt-3 flex flex-wrap items-start gap-2 rounded border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950"
    >
      <div className="min-w-0 flex-1">
        <p>
          <strong>{last.title}.</strong> {t('notice.nothingSent')}
        </p>
        {last.summary && <p className="text-blue-900">{last.summary}</p>}
        {last.baseUrl && (
          <p>
            <Trans
              t={t}
              i18nKey="notice.baseUrl"
              values={{ baseUrl: last.baseUrl }}
              components={{ 1: <code className="break-all" /> }}
            />
          </p>
        )}
        {last.notes.length > 0 && (
          <ul className="list-disc pl-5">
            {last.notes.map((note) => (
              <li key={note}>
                <InlineCode text={note} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <Button onClick={undoReplacement}>{t('notice.undo')}</Button>
      <Button variant="link" onClick={dismissReplacement}>
        {t('notice.dismiss')}
      </Button>
    </section>
  );
}
