import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { buildIndex, newestFirst, threadThrough, treeRows, type HistoryEntry } from '../../core/history';
import { Panel } from '../../components/ui/panel';
import { Tabs } from '../../components/ui/tabs';
import { EntryDetails } from './entry-details';
import { selectEntry } from './history-actions';
import { useHistoryStore } from './history-store';
import { HistoryThread } from './history-thread';
import { HistoryToolbar, StorageAlert } from './history-toolbar';
import { VirtualEntries } from './virtual-entries';

/**
 * Every response sent from this browser, newest first, as a list, a tree or the selected thread.
 * Selecting an entry shows it in Output and makes it the parent of the next follow-up.
 * `entryActions` adds controls for the selected entry under its details (the app's server-side actions).
 */
export function HistoryPanel({ entryActions }: { entryActions?: (entry: HistoryEntry) => ReactNode }) {
  const { entries, selectedId, liveId, persist, loaded } = useHistoryStore(
    useShallow((s) => ({
      entries: s.entries,
      selectedId: s.selectedId,
      liveId: s.liveId,
      persist: s.persist,
      loaded: s.loaded,
    })),
  );
  const { t } = useTranslation('history');
  const [tab, setTab] = useState('list');
  const [notice, setNotice] = useState('');
  const all = useMemo(() => Object.values(entries), [entries]);
  const list = useMemo(() => newestFirst(all).map((entry) => ({ entry })), [all]);
  // The tree and thread need the index; build it only when they are on screen.
  const index = useMemo(() => (tab === 'list' ? undefined : buildIndex(all)), [all, tab]);
  const rows = useMemo(() => (index && tab === 'tree' ? treeRows(index) : []), [index, tab]);
  const focusId = selectedId ?? list[0]?.entry.id;
  const thread = useMemo(
    () => (index && tab === 'thread' && focusId ? threadThrough(index, focusId) : []),
    [index, tab, focusId],
  );
  const selected = selectedId ? entries[selectedId] : undefined;

  const select = (id: string) => {
    setNotice('');
    void selectEntry(id).then((result) => {
      if (result === 'busy') setNotice(t('busy'));
      if (result === 'no-body') setNotice(t('noBody'));
    });
  };

  return (
    <Panel
      label={t('panel')}
      meta={
        <>
          {loaded ? t('count', { count: all.length }) : t('loading')}
          {persist.state === 'saving' ? t('saving') : ''}
        </>
      }
      actions={<HistoryToolbar count={all.length} />}
    >
      <StorageAlert persist={persist} />
      {notice && <p className="text-xs text-warning-ink">{notice}</p>}
      <Tabs
        label={t('views')}
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'list', label: t('list') },
          { id: 'tree', label: t('tree') },
          { id: 'thread', label: t('thread') },
        ]}
      >
        {all.length === 0 ? (
          <p className="text-sm text-ink-muted">{t('empty')}</p>
        ) : tab === 'list' ? (
          <VirtualEntries
            label={t('entriesList')}
            lines={list}
            selectedId={selectedId}
            liveId={liveId}
            onSelect={select}
          />
        ) : tab === 'tree' ? (
          <VirtualEntries
            label={t('entriesTree')}
            lines={rows}
            selectedId={selectedId}
            liveId={liveId}
            onSelect={select}
          />
        ) : (
          <HistoryThread thread={thread} selectedId={selectedId} liveId={liveId} onSelect={select} />
        )}
      </Tabs>
      {selected && <EntryDetails key={selected.id} entry={selected} />}
      {selected && entryActions?.(selected)}
    </Panel>
  );
}
