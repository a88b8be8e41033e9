import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saidText } from '../../i18n';
import { Button } from '../../components/ui/button';
import { copyText } from '../../components/ui/clipboard-and-files';
import { Dialog } from '../../components/ui/dialog';
import { Field, TextInput } from '../../components/ui/field';
import { resolveColumn } from '../../core/compare';
import { pageLink } from '../../core/hosting';
import { encodeShareHash, shareLinkWarning } from '../../core/presets/share-link';
import { parseRequestText } from '../../core/request/parse-request';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
import { useCompareStore } from './compare-store';

/** Share comparison: a link with the request and the columns (base URLs, models, overrides, runs). */
export function ShareComparison() {
  const { t } = useTranslation('compare');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="md" onClick={() => setOpen(true)}>
        {t('share')}
      </Button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('compare');
  const [link, setLink] = useState<string | undefined>();
  const [copied, setCopied] = useState<boolean | undefined>();
  const requestText = useWorkspaceStore((s) => s.requestText);
  const valid = parseRequestText(requestText).ok;

  useEffect(() => {
    if (!valid) return;
    let live = true;
    const { columns, runsPerColumn } = useCompareStore.getState();
    const profiles = useConnectionStore.getState().profiles;
    // Only what the link needs: base URLs (credential-like query values masked), models, overrides.
    const shared = columns.map((c) => ({
      baseUrl: resolveColumn(c, profiles).baseUrl,
      model: c.model,
      overrides: c.overrides,
    }));
    void encodeShareHash({ requestText, compare: { columns: shared, runs: runsPerColumn } }).then(
      async (hash) => {
        if (!live) return;
        const url = pageLink(window.location.href, hash);
        setLink(url);
        const done = await copyText(url);
        if (live) setCopied(done);
      },
    );
    return () => {
      live = false;
    };
  }, [requestText, valid]);

  const warning = link ? shareLinkWarning(link) : undefined;
  return (
    <Dialog open onClose={onClose} title={t('shareTitle')}>
      <p className="text-sm text-ink-muted">{t('shareIntro')}</p>
      {!valid && (
        <p
          role="alert"
          className="rounded border border-danger-line bg-danger-surface p-2 text-sm text-danger-ink"
        >
          {t('shareInvalid')}
        </p>
      )}
      {valid && link && (
        <>
          <Field label={t('shareLink')}>
            {(control) => (
              <TextInput
                {...control}
                readOnly
                value={link}
                className="font-mono text-xs"
                onFocus={(e) => e.target.select()}
              />
            )}
          </Field>
          <p aria-live="polite" className="text-sm">
            {copied === true && t('shareCopied')}
            {copied === false && t('shareNotCopied')}
          </p>
          {warning && (
            <p className="rounded border border-warning-line bg-warning-surface p-2 text-sm text-warning-ink">
              {saidText(warning)}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
