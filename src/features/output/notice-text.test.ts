import { beforeAll, describe, expect, it } from 'vitest';
import { said } from '../../core/api/run-error-messages';
import { networkError } from '../../core/api/network-error';
import { NOTICE_MESSAGES, noticed, noticeText, type NoticeId } from '../../core/response/notice-messages';
import { i18n, initI18n } from '../../i18n';
import { noticeWords } from './notice-text';
import { errorText } from './run-error-text';

/** Values for every placeholder any notice has. */
const PARAMS = {
  type: 'response.future.delta',
  after: 12,
  attempt: 2,
  detail: 'HTTP 502: 当前分组上游负载已饱和',
  seq: 4,
  last: 4,
  expected: 2,
  missing: 2,
  count: 7,
  id: 'resp_1',
  status: 'cancelled',
};

const words = (language: 'en' | 'zh-CN', notice: unknown) =>
  noticeWords(i18n.getFixedT(language, 'output'), i18n.getFixedT(language, 'errors'), notice);

beforeAll(() => {
  initI18n('en');
});

describe('run notices in the UI language', () => {
  it.each(Object.keys(NOTICE_MESSAGES) as NoticeId[])('%s: the core’s English, and Chinese', (id) => {
    const notice = noticed(id, PARAMS);
    expect(words('en', notice)).toBe(noticeText(notice));
    const zh = words('zh-CN', notice);
    expect(zh).not.toBe(noticeText(notice));
    expect(zh).not.toMatch(/\{\{/);
    for (const name of NOTICE_MESSAGES[id].match(/\{\{(\w+)\}\}/g) ?? [])
      expect(zh).toContain(String(PARAMS[name.slice(2, -2) as keyof typeof PARAMS]));
  });

  it('keeps the English word for word where the e2e reads it', () => {
    expect(words('en', noticed('resumed', { after: 13 }))).toBe('stream resumed after sequence_number 13');
    expect(words('en', noticed('resumedAttempt', { after: 8, attempt: 2 }))).toBe(
      'stream resumed after sequence_number 8 (attempt 2)',
    );
    expect(words('zh-CN', noticed('resumed', { after: 13 }))).toBe('流已从 sequence_number 13 之后续传');
  });

  it('words an inner error sentence too, and keeps a server’s own words', () => {
    const offline = networkError(
      'https://relay.example/v1',
      new TypeError('Failed to fetch'),
      false,
      'offline',
    );
    const notice = noticed('afterEnd', { detail: offline.message }, { detail: offline.text });
    expect(words('en', notice)).toBe('after the response ended: This browser is offline.');
    expect(words('zh-CN', notice)).toBe('响应结束之后：浏览器处于离线状态。');
    const server = noticed('cancelRefused', { id: 'resp_1', detail: '当前分组上游负载已饱和' });
    expect(words('zh-CN', server)).toBe('服务器没有取消 resp_1：当前分组上游负载已饱和');
  });

  it('shows a notice saved by an older version (English text) as it is, and nothing for junk', () => {
    expect(words('zh-CN', 'stream resumed after sequence_number 3')).toBe(
      'stream resumed after sequence_number 3',
    );
    expect(words('zh-CN', { id: 'nope' })).toBe('');
    expect(words('zh-CN', 42)).toBe('');
  });
});

describe('our sentences around an inner error', () => {
  it('words resumeFailed / followFailed with the inner sentence in the same language', () => {
    const inner = networkError('https://relay.example/v1', new TypeError('x'), false, 'unreachable');
    const resume = said('resumeFailed', { detail: inner.message }, { detail: inner.text });
    expect(resume.message).toBe(
      'The stream broke, and resuming it failed: No server answered at https://relay.example: the host may be misspelt, the server offline or the port closed.',
    );
    const zh = i18n.getFixedT('zh-CN', 'errors');
    expect(errorText(zh, resume.text, resume.message)).toBe(
      '流中断了，续传也失败了：https://relay.example 没有服务器应答：主机名可能拼错、服务器离线或端口未开放。',
    );
    const follow = said('followFailed', { id: 'resp_1', detail: 'HTTP 502' }, { detail: undefined });
    expect(follow.text.nested).toBeUndefined();
    expect(errorText(zh, follow.text, follow.message)).toBe('跟进后台响应 resp_1 失败：HTTP 502');
  });
});
