import type { Finding } from '../../core/tools';

/**
 * A linter finding's message as the editor shows it (markers, the Send check). One place to word
 * findings, so switching to the tools namespace's translated text is a one-line change here.
 */
export function findingText(finding: Finding): string {
  return finding.message;
}
