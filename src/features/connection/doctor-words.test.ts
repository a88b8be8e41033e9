import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeHttpError } from '../../core/api';
import { networkError } from '../../core/api/network-error';
import type { DoctorCheck } from '../../core/endpoints';
import { doctorSummary, said } from '../../core/endpoints/doctor-messages';
import { failureText } from '../../core/endpoints/doctor-read';
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

  it('words a probe’s failure that is one of our sentences (a refused port, a proxy page) in Chinese', () => {
    const refused = normalizeHttpError(
      502,
      JSON.stringify({
        error: {
          message: 'connect ECONNREFUSED',
          code: 'proxy_connect_refused',
          target: 'http://127.0.0.1:9',
        },
      }),
      new Headers({ 'x-proxy-error': 'proxy_connect_refused' }),
    );
    const words = said('modelsFailed', { failure: failureText(502, refused) });
    const card = check({ text: words.text, summary: doctorSummary(words) });
    expect(card.summary).toBe('The model list failed (HTTP 502: connect ECONNREFUSED); type a model name.');
    expect(doctorResult(i18n.getFixedT('en', 'doctor'), card, i18n.getFixedT('en', 'errors'))).toBe(
      'The model list failed (HTTP 502: Connection refused by http://127.0.0.1:9: nothing is listening on that host and port.); type a model name.',
    );
    expect(doctorResult(i18n.getFixedT('zh-CN', 'doctor'), card, i18n.getFixedT('zh-CN', 'errors'))).toBe(
      '获取模型列表失败（HTTP 502：http://127.0.0.1:9 拒绝连接：该主机和端口上没有服务在监听。）；请手动输入模型名称。',
    );
    const offline = networkError('https://relay.example/v1', new TypeError('x'), false, 'offline');
    const store = said('storeFailed', { failure: failureText(undefined, offline) });
    expect(
      doctorResult(
        i18n.getFixedT('zh-CN', 'doctor'),
        check({ text: store.text }),
        i18n.getFixedT('zh-CN', 'errors'),
      ),
    ).toBe('无法取回（浏览器处于离线状态。）。');
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
