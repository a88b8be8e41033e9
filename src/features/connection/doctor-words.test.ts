import { beforeAll, describe, expect, it } from 'vitest';
import type { DoctorCheck } from '../../core/endpoints';
import { i18n, initI18n } from '../../i18n';
import { doctorResult } from './doctor-words';

const check = (over: Partial<DoctorCheck>): DoctorCheck => ({
  id: 'stream',
  label: 'Streaming',
  status: 'pass',
  summary: 'English summary',
  ...over,
});

beforeAll(() => {
  initI18n('en');
});

describe('the doctor’s result words', () => {
  it('words a check by its ids in Chinese, joining list parts and keeping a server’s words', () => {
    const t = i18n.getFixedT('zh-CN', 'doctor');
    const framing = check({
      text: [{ key: 'framingDone' }, { key: 'framingFirstByte', params: { ms: 12 } }],
      list: true,
    });
    expect(doctorResult(t, framing)).toBe('以 `[DONE]` 结束；首字节用时 12 ms');
    const failed = check({
      text: [{ key: 'modelsFailed', params: { failure: 'HTTP 500: 当前分组上游负载已饱和' } }],
    });
    expect(doctorResult(t, failed)).toBe(
      '获取模型列表失败（HTTP 500: 当前分组上游负载已饱和）；请手动输入模型名称。',
    );
  });

  it('falls back to the English summary for an older card or stored text that is not ours', () => {
    const t = i18n.getFixedT('en', 'doctor');
    expect(doctorResult(t, check({}))).toBe('English summary');
    const forged = [{ key: 'constructor' }] as unknown as DoctorCheck['text'];
    expect(doctorResult(t, check({ text: forged }))).toBe('English summary');
    expect(doctorResult(t, check({ text: [{ key: 'storeOk' }] }))).toBe(
      'Stored: GET /v1/responses/{id} returns the response.',
    );
  });
});
