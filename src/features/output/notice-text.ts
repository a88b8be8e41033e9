import type { TFunction } from 'i18next';
import { isNoticeId, NOTICE_MESSAGES, noticeText } from '../../core/response/notice-messages';
import type { Notice } from '../../core/response/types';
import { wordedParams } from './run-error-text';

/**
 * A run's notice in the UI language (`output:notice.<id>`), inner error sentences worded too. A view
 * saved by an older version holds English strings: shown as they are, like anything unrecognised.
 */
export function noticeWords(t: TFunction<'output'>, tErrors: TFunction<'errors'>, notice: unknown): string {
  if (typeof notice === 'string') return notice;
  if (!isNotice(notice)) return '';
  return t(`notice.${notice.id}`, { ...wordedParams(tErrors, notice), defaultValue: noticeText(notice) });
}

function isNotice(value: unknown): value is Notice & { id: keyof typeof NOTICE_MESSAGES } {
  if (typeof value !== 'object' || value === null) return false;
  const { id, params } = value as { id?: unknown; params?: unknown };
  return isNoticeId(id) && (params === undefined || (typeof params === 'object' && params !== null));
}
