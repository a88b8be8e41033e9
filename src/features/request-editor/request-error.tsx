import { useTranslation } from 'react-i18next';
import type { RequestTextError } from '../../core/request/parse-request';
import { REQUEST_ERROR_ID } from './request-editor-props';
import { requestErrorText } from './request-error-text';

/**
 * "Line L, column C: message" under the editor. Not a live region (it would speak on every
 * keystroke while the user types); the editor input points at it with `aria-describedby`.
 */
export function RequestErrorMessage({
  error,
  id = REQUEST_ERROR_ID,
}: {
  error: RequestTextError;
  id?: string;
}) {
  const { t } = useTranslation('editor');
  return (
    <p id={id} className="text-sm text-red-800" data-testid="request-json-error">
      <span className="font-semibold">{t('errorAt', { line: error.line, column: error.column })}</span>{' '}
      {requestErrorText(error)}
    </p>
  );
}
