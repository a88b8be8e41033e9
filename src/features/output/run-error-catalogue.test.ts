import { describe, expect, it } from 'vitest';
import { RUN_ERROR_MESSAGES } from '../../core/api/run-error-messages';
import { initI18n } from '../../i18n';
import { runErrorText } from './run-error-text';

/** The core writes these RunError sentences in English; the `errors` catalogue must say the same. */
describe('the errors catalogue and the core’s RunError sentences', () => {
  it('words a resume failure in Chinese, keeping the inner detail as it came', async () => {
    const i18n = initI18n('zh-CN');
    await i18n.changeLanguage('zh-CN');
    const words = runErrorText(i18n.getFixedT('zh-CN', 'errors'), {
      kind: 'cut',
      message: 'The stream broke, and resuming it failed: HTTP 502',
      text: { id: 'resumeFailed', params: { detail: 'HTTP 502' } },
      hint: RUN_ERROR_MESSAGES.hintOpenLater,
      hintText: { id: 'hintOpenLater' },
    });
    expect(words).toEqual({
      message: '流中断了，续传也失败了：HTTP 502',
      hint: '稍后按 ID 打开该响应，查看它最终如何结束。',
    });
    await i18n.changeLanguage('en');
  });
});
