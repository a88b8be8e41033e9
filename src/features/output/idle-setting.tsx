import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/ui/field';
import { useRunStore } from '../../state/run';

/** How long a stream may stay silent before the pane warns that it may have stalled. */
export function IdleSetting() {
  const { t } = useTranslation('output');
  const idleWarningMs = useRunStore((s) => s.idleWarningMs);
  const id = useId();
  return (
    <span className="flex items-center gap-1 text-xs text-ink">
      <label htmlFor={id}>{t('idleSetting')}</label>
      <TextInput
        id={id}
        type="number"
        min={1}
        max={600}
        className="w-16 px-1 py-0 text-xs"
        value={Math.round(idleWarningMs / 1000)}
        onChange={(e) => {
          const seconds = Number(e.target.value);
          if (Number.isFinite(seconds) && seconds >= 1)
            useRunStore.getState().setIdleWarningMs(seconds * 1000);
        }}
      />
    </span>
  );
}
