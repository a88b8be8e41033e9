import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { BUILTIN_PRESETS } from '../../core/presets/builtin-presets';
import { replaceRequest } from './replace-request';
import { useSitePresets } from './site-presets';

/**
 * The library: presets this site offers (playground.json), then the built-in ones. One click loads
 * a request into the editor (nothing is sent).
 */
export function BuiltinList({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation('hosting');
  const { t: tp } = useTranslation('presets');
  const site = useSitePresets((s) => s.presets);
  return (
    <div className="flex flex-col gap-3">
      {site.length > 0 && (
        <PresetList
          label={t('sitePresets')}
          presets={site.map((p, i) => ({
            id: `site-${i}`,
            name: p.name,
            description: p.description ?? '',
            requestText: p.requestText,
          }))}
          onLoaded={onLoaded}
        />
      )}
      <PresetList
        label={tp('builtin')}
        presets={BUILTIN_PRESETS.map((preset) => ({
          ...preset,
          name: tp(`library.${preset.id}.name`),
          description: tp(`library.${preset.id}.description`),
        }))}
        onLoaded={onLoaded}
      />
    </div>
  );
}

interface ListedPreset {
  id: string;
  name: string;
  description: string;
  requestText: string;
}

function PresetList({
  label,
  presets,
  onLoaded,
}: {
  label: string;
  presets: readonly ListedPreset[];
  onLoaded: () => void;
}) {
  const { t } = useTranslation('presets');
  return (
    <ul className="flex flex-col gap-2" aria-label={label}>
      {presets.map((preset) => (
        <li key={preset.id} className="flex items-start gap-3 rounded border border-slate-200 p-2">
          <div className="min-w-0 flex-1">
            <p className="font-medium">{preset.name}</p>
            {preset.description && <p className="text-sm text-slate-700">{preset.description}</p>}
          </div>
          <Button
            size="sm"
            aria-label={t('loadNamed', { name: preset.name })}
            onClick={() => {
              replaceRequest({
                title: t('loadedTitle', { name: preset.name }),
                requestText: preset.requestText,
              });
              onLoaded();
            }}
          >
            {t('load')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
