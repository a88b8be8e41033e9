import { beforeAll, describe, expect, it } from 'vitest';
import { describeRequest, REQUEST_SUMMARY_PARTS } from '../../core/presets/describe-request';
import { initI18n } from '../../i18n';
import { en } from '../../i18n/en';
import { requestSummary } from './summary-text';

const text = JSON.stringify({
  model: 'm',
  tools: [{ type: 'function', name: 'f' }],
  input: [],
  stream: true,
});

describe('request summary', () => {
  beforeAll(() => void initI18n('en'));

  it('the English catalogue says exactly what the core writes', () => {
    expect(en.presets.summary).toEqual(REQUEST_SUMMARY_PARTS);
    expect(requestSummary(text)).toBe(describeRequest(text));
  });

  it('is worded in Chinese', async () => {
    const i18n = initI18n('zh-CN');
    expect(requestSummary(text)).toBe('模型 m · 1 个工具：f · 0 个输入项 · 流式输出');
    await i18n.changeLanguage('en');
  });
});
