import type { Finding } from '../../core/tools';
import { findingMessage } from '../tool-builder';

/** A linter finding's message as the editor shows it (markers, the Send check), in the UI language. */
export function findingText(finding: Finding): string {
  return findingMessage(finding);
}
