import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Combobox } from '../../components/ui/combobox';
import { setRequestField } from '../../core/request/edit-request';
import { queryClient } from '../../state/queries';
import { useWorkspaceStore } from '../../state/workspace';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';
import { runErrorText } from '../output';
import { useModelList } from './use-model-list';
import { useRequestModel } from './use-request-model';

/**
 * The request's model: free text or a pick from the endpoint's `GET /v1/models`. Every change edits
 * `model` in Request JSON (what is shown is what is sent). The Combobox primitive (Ariakit).
 */
export function ModelPicker() {
  const { t } = useTranslation('connection');
  const { t: te } = useTranslation('errors');
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
    ? t('model.loading')
    : models.error
      ? t('model.failed', { message: runErrorText(te, models.error).message })
      : models.models
        ? t('model.count', { count: models.models.length })
        : t('model.prompt');

  return (
    <Combobox
      label={t('model.label')}
      listLabel={t('model.list')}
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
      title={editable ? undefined : t('model.fixJson')}
      description={<span title={status}>{status}</span>}
    >
      <Button
        aria-label={t('model.refresh')}
        title={t('model.refreshTitle')}
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

/** The picker under the page's query cache: what the connection panel loads after the first paint. */
export function ModelPickerWithQueries() {
  return (
    <QueryClientProvider client={queryClient}>
      <ModelPicker />
    </QueryClientProvider>
  );
}
