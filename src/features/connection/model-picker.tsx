import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Combobox } from '../../components/ui/combobox';
import { setRequestField } from '../../core/request/edit-request';
import { useWorkspaceStore } from '../../state/workspace';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';
import { useModelList } from './use-model-list';
import { useRequestModel } from './use-request-model';

/**
 * The request's model: free text or a pick from the endpoint's `GET /v1/models`. Every change edits
 * `model` in Request JSON (what is shown is what is sent). The Combobox primitive (Ariakit).
 */
export function ModelPicker() {
  const { model, editable } = useRequestModel();
  const isDemo = useConnectionStore((s) => selectActiveProfile(s).builtIn === true);
  const [wanted, setWanted] = useState(false);
  const models = useModelList(isDemo || wanted);
  // What is being typed: it filters the list. Undefined after a pick, so the whole list shows.
  const [draft, setDraft] = useState<string | undefined>();
  const [open, setOpen] = useState(false);

  const all = models.models ?? [];
  const needle = (draft ?? '').trim().toLowerCase();
  const options = needle ? all.filter((m) => m.toLowerCase().includes(needle)) : all;

  const write = (next: string) => {
    const { requestText, setRequestText } = useWorkspaceStore.getState();
    setRequestText(setRequestField(requestText, ['model'], next));
  };

  const status = models.fetching
    ? 'Loading models…'
    : models.error
      ? `Model list failed: ${models.error.message}`
      : models.models
        ? `${models.models.length} model${models.models.length === 1 ? '' : 's'} on this endpoint`
        : 'Type a model, or focus to load the list';

  return (
    <Combobox
      label="Model"
      listLabel="Models"
      className="w-60"
      inputClassName="font-mono"
      value={draft ?? model}
      onValueChange={(text) => {
        setDraft(text);
        write(text);
      }}
      options={options}
      picked={model}
      onPick={(name) => {
        write(name);
        setDraft(undefined);
        setOpen(false);
      }}
      open={open}
      onOpenChange={setOpen}
      onFocus={() => {
        setWanted(true);
        setOpen(true);
      }}
      onBlur={() => setDraft(undefined)}
      disabled={!editable}
      title={editable ? undefined : 'Fix Request JSON first'}
      description={<span title={status}>{status}</span>}
    >
      <Button
        aria-label="Refresh models"
        title="Reload GET /v1/models"
        onClick={() => {
          setWanted(true);
          models.refetch();
        }}
      >
        ↻
      </Button>
    </Combobox>
  );
}
