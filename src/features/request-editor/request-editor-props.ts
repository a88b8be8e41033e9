import type { RequestTextError } from '../../core/request/parse-request';

/** Props of the request JSON editor (Monaco, or its plain-text stand-ins). */
export interface RequestEditorProps {
  /** The request text; the editor shows exactly this. */
  value: string;
  /** Every edit made in the editor, with the full new text. */
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter in the editor. */
  onSubmit: () => void;
  /** The current parse error, if any: marked in the editor and linked for screen readers. */
  error?: RequestTextError;
  /** Id of the element that describes `error` (defaults to the id {@link RequestErrorMessage} uses). */
  errorId?: string;
}

/** Id of the parse-error message, referenced by the editor's `aria-describedby`. */
export const REQUEST_ERROR_ID = 'request-json-error';
