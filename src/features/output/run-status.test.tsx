import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { RunStatusBadge } from './run-status';

describe('RunStatusBadge (component)', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('names the state in one word, in English and in Chinese', async () => {
    const { rerender } = render(<RunStatusBadge status="streaming" />);
    expect(screen.getByRole('status').textContent).toBe('streaming');
    await i18n.changeLanguage('zh-CN');
    const words = {
      streaming: '生成中',
      completed: '已完成',
      incomplete: '未完成',
      failed: '失败',
      cancelled: '已取消',
    };
    for (const [status, word] of Object.entries(words)) {
      rerender(<RunStatusBadge status={status as keyof typeof words} />);
      expect(screen.getByRole('status').textContent).toBe(word);
    }
  });
});
