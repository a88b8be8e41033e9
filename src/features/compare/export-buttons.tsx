import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText, downloadText } from '../../components/ui/clipboard-and-files';
import { reportJson, reportMarkdown } from './report';

const BUTTON = 'rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100';

function fileName(ext: string): string {
  return `comparison-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`;
}

/** Export the comparison as JSON or a Markdown table (download), or copy the table. */
export function ExportButtons() {
  const { t } = useTranslation('compare');
  const [copied, setCopied] = useState<boolean | undefined>();
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => downloadText(fileName('json'), reportJson())}>
        {t('exportJson')}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => downloadText(fileName('md'), reportMarkdown(), 'text/markdown')}
      >
        {t('exportMarkdown')}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => void copyText(reportMarkdown()).then(setCopied)}
      >
        {t('copyMarkdown')}
      </button>
      <span aria-live="polite" className="self-center text-xs">
        {copied === true && t('copiedMarkdown')}
        {copied === false && t('shareNotCopied')}
      </span>
    </>
  );
}
