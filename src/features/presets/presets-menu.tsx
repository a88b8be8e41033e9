import { Button } from '../../components/ui/button';
import { useState } from 'react';
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

/** The header's Presets button: built-in library, the user's presets, preset files, curl import. */
export function PresetsMenu() {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState('library');
  const close = () => setOpen(false);
  return (
    <>
      <Button size="md" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Presets
      </Button>
      {open && (
        <Dialog open onClose={close} title="Presets" wide>
          <Tabs label="Presets" tabs={TABS} active={tab} onChange={setTab}>
            {tab === 'library' && <BuiltinList onLoaded={close} />}
            {tab === 'mine' && <UserPresets onLoaded={close} />}
            {tab === 'files' && <PresetFiles />}
            {tab === 'curl' && <CurlImport onImported={close} />}
          </Tabs>
        </Dialog>
      )}
    </>
  );
}
