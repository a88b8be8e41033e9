import { useTranslation } from 'react-i18next';
import { saidText } from '../../i18n';
import { requestErrorText } from '../request-editor';
import { Button } from '../../components/ui/button';
import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import { pageLink } from '../../core/hosting';
import { encodeShareHash, shareLinkWarning } from '../../core/presets/share-link';
import { parseRequestText } from '../../core/request/parse-request';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
import { ShareTestsOption, useSharedTests } from './share-tests';
import { copyText } from '../../components/ui/clipboard-and-files';

type Link = { ok: true; url: string } | { ok: false; error: string };

/**
 * Share: a link that opens this request (with its tools) in another browser. The request travels
 * compressed in the URL fragment, which browsers never send to a server. The key never goes in;
 * the Base URL only when the user ticks the box.
 */
export function ShareButton() {
  const { t } = useTranslation('presets');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="lg" onClick={() => setOpen(true)}>
        {t('share.button')}
      </Button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('presets');
  const requestText = useWorkspaceStore((s) => s.requestText);
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  const [withBaseUrl, setWithBaseUrl] = useState(false);
  const [made, setMade] = useState<{ key: string; url: string } | undefined>();
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const warningId = useId();
  const parsed = useMemo(() => parseRequestText(requestText), [requestText]);
  const shared = useSharedTests();
  const key = `${withBaseUrl ? baseUrl : ''}\n${shared.key}\n${requestText}`;

  useEffect(() => {
    if (!parsed.ok || shared.problem) return;
    let current = true;
    const tests = shared.tests;
    const base = withBaseUrl ? maskUrlSecrets(baseUrl) : undefined;
    void encodeShareHash({ requestText, baseUrl: base, tests }).then(async (hash) => {
      if (!current) return;
      // This very page, sub-path included: the link works wherever this playground is hosted.
      const url = pageLink(window.location.href, hash);
      setMade({ key, url });
      // "Share yields a link … and copied": copy at once, and say whether it worked.
      const done = await copyText(url);
      if (current) setCopied(done ? 'yes' : 'no');
    });
    return () => {
      current = false;
    };
  }, [parsed, requestText, baseUrl, withBaseUrl, key, shared.problem, shared.tests]);

  const link: Link | undefined = !parsed.ok
    ? {
        ok: false,
        error: t('share.invalid', {
          line: parsed.error.line,
          column: parsed.error.column,
          message: requestErrorText(parsed.error),
        }),
      }
    : shared.problem
      ? { ok: false, error: shared.problem }
      : made?.key === key
        ? { ok: true, url: made.url }
        : undefined;
  const warning = link?.ok ? shareLinkWarning(link.url) : undefined;
  return (
    <Dialog open onClose={onClose} title={t('share.title')}>
      <p className="text-sm text-slate-700">{t('share.intro')}</p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={withBaseUrl} onChange={(e) => setWithBaseUrl(e.target.checked)} />
        {t('share.includeBaseUrl')} <code className="break-all text-slate-600">{baseUrl}</code>
      </label>
      <ShareTestsOption />
      {link && !link.ok && (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
          {link.error}
        </p>
      )}
      {link?.ok && (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('share.link')}
            <input
              readOnly
              value={link.url}
              aria-describedby={warning ? warningId : undefined}
              className="rounded border border-slate-400 px-2 py-1 font-mono text-xs"
              onFocus={(e) => e.target.select()}
            />
          </label>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Button
              variant="primary"
              size="md"
              onClick={() => void copyText(link.url).then((done) => setCopied(done ? 'yes' : 'no'))}
            >
              {t('share.copy')}
            </Button>
            <span aria-live="polite">
              {copied === 'yes' && t('share.copied')}
              {copied === 'no' && t('share.copyFailed')}
            </span>
            <span className="text-slate-600">{t('share.length', { count: link.url.length })}</span>
          </div>
          {warning && (
            <p
              id={warningId}
              className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
            >
              {saidText(warning)}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
