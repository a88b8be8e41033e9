import { useTranslation } from 'react-i18next';
import type { Notice } from '../../core/response/types';
import { noticeWords } from './notice-text';

/** The run's notices (resumed streams, unknown events, sequence gaps …) in the UI language. */
export function RunNotices({ notices }: { notices: readonly Notice[] | undefined }) {
  const { t } = useTranslation('output');
  const { t: tErrors } = useTranslation('errors');
  // A stored view is read only in outline: its notices may be missing or not a list.
  if (!Array.isArray(notices) || notices.length === 0) return null;
  return (
    <ul aria-label={t('notices')} className="list-disc pl-5 text-xs text-ink-muted">
      {notices.map((notice: unknown, i) => (
        <li key={i}>{noticeWords(t, tErrors, notice)}</li>
      ))}
    </ul>
  );
}
