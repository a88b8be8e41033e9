import { describe, expect, it } from 'vitest';
import { parseRequestText } from '../../core/request/parse-request';
import { initI18n } from '../../i18n';
import { requestErrorText } from './request-error-text';

describe('parse error words', () => {
  it('are worded in the UI language', async () => {
    const i18n = initI18n('en');
    const bad = parseRequestText('{"a": True}');
    if (bad.ok) throw new Error('expected an error');
    expect(requestErrorText(bad.error)).toBe(bad.error.message);
    await i18n.changeLanguage('zh-CN');
    expect(requestErrorText(bad.error)).toBe('意外的 “True”：JSON 字面量是小写的（`true`、`false`、`null`）');
    await i18n.changeLanguage('en');
  });
});
