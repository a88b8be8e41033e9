/** Placeholder: the visual tool-schema builder (issue 4) lands here. */
export function ToolsPanel() {
  return <section aria-label="Tools" className="rounded border border-slate-300 bg-white p-3" />;
}
