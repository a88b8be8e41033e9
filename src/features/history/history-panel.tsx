/** Placeholder: the persisted response tree (issue 5) lands here. */
export function HistoryPanel() {
  return <section aria-label="History" className="rounded border border-slate-300 bg-white p-3" />;
}
