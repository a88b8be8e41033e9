import { useMemo, useState, type ReactNode } from 'react';
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
      if (result === 'busy')
        setNotice('A response is still arriving: it stays in Output until it ends (or press Stop).');
      if (result === 'no-body') setNotice('Nothing was received for this entry, so Output is unchanged.');
    });
  };

  return (
    <Panel
      label="History"
      meta={
        <>
          {loaded ? `${all.length} entr${all.length === 1 ? 'y' : 'ies'}` : 'loading…'}
          {persist.state === 'saving' ? ' · saving…' : ''}
        </>
      }
      actions={<HistoryToolbar count={all.length} />}
    >
      <StorageAlert persist={persist} />
      {notice && <p className="text-xs text-warning-ink">{notice}</p>}
      <Tabs
        label="History views"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'list', label: 'List' },
          { id: 'tree', label: 'Tree' },
          { id: 'thread', label: 'Thread' },
        ]}
      >
        {all.length === 0 ? (
          <p className="text-sm text-ink-muted">Responses you send are kept here, across reloads.</p>
        ) : tab === 'list' ? (
          <VirtualEntries
            label="History entries"
            lines={list}
            selectedId={selectedId}
            liveId={liveId}
            onSelect={select}
          />
        ) : tab === 'tree' ? (
          <VirtualEntries
            label="History tree"
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
