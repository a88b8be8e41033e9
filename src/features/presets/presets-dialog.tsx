import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/ui/dialog';
import { Tabs } from '../../components/ui/tabs';
import { BuiltinList } from './builtin-list';
import { CurlImport } from './curl-import';
import { PresetFiles } from './preset-files';
import { UserPresets } from './user-presets';

const TABS = ['library', 'mine', 'files', 'curl'] as const;

/** The Presets dialog: built-in library, the user's presets, preset files, curl import. */
export default function PresetsDialog({
  onClose,
  tab,
  onTab,
}: {
  onClose: () => void;
  tab: string;
  onTab: (tab: string) => void;
}) {
  const { t } = useTranslation('presets');
  const tabs = TABS.map((id) => ({ id, label: t(`tabs.${id}`) }));
  return (
    <Dialog open onClose={onClose} title={t('dialogTitle')} wide>
      <Tabs label={t('dialogTitle')} tabs={tabs} active={tab} onChange={onTab}>
        {tab === 'library' && <BuiltinList onLoaded={onClose} />}
        {tab === 'mine' && <UserPresets onLoaded={onClose} />}
        {tab === 'files' && <PresetFiles />}
        {tab === 'curl' && <CurlImport onImported={onClose} />}
      </Tabs>
    </Dialog>
  );
}
