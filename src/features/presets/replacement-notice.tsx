import { Button } from '../../components/ui/button';
import { dismissReplacement, undoReplacement, useReplacementStore } from './replace-request';

/**
 * Says what just replaced the request (a shared link, a deep link, a preset, a curl import): its
 * model and tools, and the Base URL when that changed too. Nothing was sent; Undo puts back what
 * was there. Not a role=status (the Output pane owns that role), but announced politely.
 */
export function ReplacementNotice() {
  const last = useReplacementStore((s) => s.last);
  if (!last) return null;
  return (
    <section
      aria-label="Request replaced"
      aria-live="polite"
      className="mx-4 mt-3 flex flex-wrap items-start gap-2 rounded border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950"
    >
      <div className="min-w-0 flex-1">
        <p>
          <strong>{last.title}.</strong> Nothing has been sent: check the request, then press Send.
        </p>
        {last.summary && <p className="text-blue-900">{last.summary}</p>}
        {last.baseUrl && (
          <p>
            Base URL is now <code className="break-all">{last.baseUrl}</code>.
          </p>
        )}
        {last.notes.length > 0 && (
          <ul className="list-disc pl-5">
            {last.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      <Button onClick={undoReplacement}>Undo</Button>
      <Button variant="link" onClick={dismissReplacement}>
        Dismiss
      </Button>
    </section>
  );
}
