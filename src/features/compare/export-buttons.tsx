import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { copyText, downloadText } from '../../components/ui/clipboard-and-files';
import { reportJson, reportMarkdown } from './report';

function fileName(ext: string): string {
  return `comparison-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`;
}

/** Export the comparison as JSON or a Markdown table (download), or copy the table. */
export function ExportButtons() {
  const { t } = useTranslation('compare');
  const [copied, setCopied] = useState<boolean | undefined>();
  return (
    <>
      <Button size="md" onClick={() => downloadText(fileName('json'), reportJson())}>
        {t('exportJson')}
      </Button>
      <Button size="md" onClick={() => downloadText(fileName('md'), reportMarkdown(), 'text/markdown')}>
        {t('exportMarkdown')}
      </Button>
      <Button size="md" onClick={() => void copyText(reportMarkdown()).then(setCopied)}>
        {t('copyMarkdown')}
      </Button>
      <span aria-live="polite" className="self-center text-xs">
        {copied === true && t('copiedMarkdown')}
        {copied === false && t('shareNotCopied')}
      </span>
    </>
  );
}
