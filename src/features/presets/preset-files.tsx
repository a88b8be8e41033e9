import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { useState } from 'react';
import { presetFileName, serializePresetFile } from '../../core/presets/preset-format';
import { parsePresetFile } from '../../core/presets/preset-import';
import { downloadText } from '../../components/ui/clipboard-and-files';
import type { Said } from '../../core/said';
import { saidText } from '../../i18n';
import { usePresetsStore } from './presets-store';

type Outcome = { ok: true; text: string; warnings: Said[] } | { ok: false; file: string; problems: Said[] };

/**
 * Preset files (format: docs/preset-format.md). Export writes every saved preset; import validates
 * the whole file first and adds nothing unless all of it is valid.
 */
export function PresetFiles() {
  const { t } = useTranslation('presets');
  const count = usePresetsStore((s) => s.presets.length);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const importFile = async (file: File) => {
    const text = await file.text();
    const result = parsePresetFile(text, file.name);
    if (!result.ok) {
      setOutcome({ ok: false, file: file.name, problems: result.error });
      return;
    }
    const added = usePresetsStore.getState().addMany(result.value.presets);
    setOutcome({
      ok: true,
      text: t('files.imported', { count: added, file: file.name }),
      warnings: result.value.warnings,
    });
  };

  return (
    <div className="flex flex-col gap-4 text-sm">
      <section aria-label={t('files.exportRegion')} className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          size="md"
          disabled={count === 0}
          onClick={() =>
            downloadText(presetFileName(), serializePresetFile(usePresetsStore.getState().presets))
          }
        >
          {t('files.exportAll')}
        </Button>
        <span className="text-slate-700">
          {count === 0 ? t('files.saveFirst') : t('files.count', { count })} {t('files.noSecrets')}
        </span>
      </section>
      <section aria-label={t('files.importRegion')} className="flex flex-col gap-2">
        <label className="flex flex-col gap-1 font-medium">
          {t('files.importFile')}
          <input
            type="file"
            accept=".json,application/json"
            className="font-normal"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be picked again after fixing it
              if (file) void importFile(file);
            }}
          />
        </label>
        <p className="text-slate-700">{t('files.importHelp')}</p>
        {outcome?.ok === false && (
          <div role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-red-950">
            <p className="font-medium">{t('files.nothingImported', { file: outcome.file })}</p>
            <ul className="list-disc pl-5">
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <InlineCode text={saidText(p)} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.ok && (
          <div aria-live="polite" className="rounded border border-green-400 bg-green-50 p-2 text-green-950">
            <p>{outcome.text}</p>
            {outcome.warnings.length > 0 && (
              <ul className="list-disc pl-5">
                {outcome.warnings.map((w, i) => (
                  <li key={i}>
                    <InlineCode text={saidText(w)} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
