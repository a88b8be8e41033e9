import { Dialog } from '../../components/ui/dialog';
import { Tabs } from '../../components/ui/tabs';
import { BuiltinList } from './builtin-list';
import { CurlImport } from './curl-import';
import { PresetFiles } from './preset-files';
import { UserPresets } from './user-presets';

const TABS = [
  { id: 'library', label: 'Library' },
  { id: 'mine', label: 'My presets' },
  { id: 'files', label: 'Import / export' },
  { id: 'curl', label: 'From curl' },
];

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
  return (
    <Dialog open onClose={onClose} title="Presets" wide>
      <Tabs label="Presets" tabs={TABS} active={tab} onChange={onTab}>
        {tab === 'library' && <BuiltinList onLoaded={onClose} />}
        {tab === 'mine' && <UserPresets onLoaded={onClose} />}
        {tab === 'files' && <PresetFiles />}
        {tab === 'curl' && <CurlImport onImported={onClose} />}
      </Tabs>
    </Dialog>
  );
}
