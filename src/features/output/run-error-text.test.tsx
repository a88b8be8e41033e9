import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeHttpError } from '../../core/api';
import { i18n } from '../../i18n';
import { RunErrorAlert } from './run-error-alert';

const refused = () =>
  normalizeHttpError(
    502,
    JSON.stringify({
      error: {
        message: 'x',
        type: 'proxy_error',
        param: null,
        code: 'proxy_connect_refused',
        target: 'http://127.0.0.1:9',
      },
    }),
    new Headers({ 'x-proxy-error': 'proxy_connect_refused' }),
  );

describe('RunErrorAlert wording', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('a refused port through the proxy: the status, what happened and the fix, no "server answered"', () => {
    render(<RunErrorAlert error={refused()} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('502');
    expect(alert.textContent).toContain('Connection refused by http://127.0.0.1:9');
    expect(alert.textContent).toMatch(/running and listening on that port/);
    expect(alert.textContent).not.toMatch(/server answered|retrying later/);
  });

  it('in Chinese: our sentences translated, a relay’s own message verbatim', async () => {
    await i18n.changeLanguage('zh-CN');
    const relay = normalizeHttpError(
      503,
      '{"error":{"message":"当前分组上游负载已饱和，请稍后再试","type":"one_api_error","code":null}}',
    );
    const { unmount } = render(<RunErrorAlert error={relay} />);
    expect(screen.getByRole('alert').textContent).toContain('当前分组上游负载已饱和，请稍后再试');
    expect(screen.getByRole('alert').textContent).toContain('服务器返回了错误');
    unmount();
    render(<RunErrorAlert error={refused()} />);
    expect(screen.getByRole('alert').textContent).toContain('拒绝连接');
  });
});
