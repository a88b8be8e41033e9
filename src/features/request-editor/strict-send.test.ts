import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/tools';
import {
  dropPendingSend,
  guardStrictSend,
  mustAsk,
  sendAnyway,
  strictErrorsKey,
  useStrictSend,
} from './strict-send';

const finding = (rule: string, pointer: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  message: `${rule} at ${pointer}`,
  messageKey: 'grammarEmpty',
  path: pointer.split('/').slice(1),
  pointer,
});

describe('strict errors key', () => {
  it('does not depend on order, and changes when an error changes', () => {
    const a = finding('S03', '/tools/0/parameters');
    const b = finding('S04', '/tools/0/parameters');
    expect(strictErrorsKey([a, b])).toBe(strictErrorsKey([b, a]));
    expect(strictErrorsKey([a])).not.toBe(strictErrorsKey([a, b]));
    expect(strictErrorsKey([a])).not.toBe(strictErrorsKey([finding('S03', '/tools/1/parameters')]));
  });

  it('asks only with errors not already acknowledged', () => {
    const errors = [finding('S03', '/x')];
    expect(mustAsk([], undefined)).toBe(false);
    expect(mustAsk(errors, undefined)).toBe(true);
    expect(mustAsk(errors, strictErrorsKey(errors))).toBe(false);
    expect(mustAsk([...errors, finding('T01', '/y')], strictErrorsKey(errors))).toBe(true);
  });
});

describe('guardStrictSend', () => {
  beforeEach(() => useStrictSend.setState({ pending: undefined, acknowledged: undefined }));

  it('sends at once without errors (warnings do not count)', () => {
    const send = vi.fn();
    expect(guardStrictSend([finding('S22', '/x', 'warning')], send)).toBe(true);
    expect(send).toHaveBeenCalledOnce();
    expect(useStrictSend.getState().pending).toBeUndefined();
  });

  it('holds a send with errors until "Send anyway", then does not ask again for the same errors', () => {
    const errors = [finding('S03', '/tools/0/parameters')];
    const first = vi.fn();
    expect(guardStrictSend(errors, first)).toBe(false);
    expect(first).not.toHaveBeenCalled();
    expect(useStrictSend.getState().pending?.errors).toEqual(errors);
    sendAnyway();
    expect(first).toHaveBeenCalledOnce();
    expect(useStrictSend.getState().pending).toBeUndefined();

    const second = vi.fn();
    expect(guardStrictSend([...errors], second)).toBe(true);
    expect(second).toHaveBeenCalledOnce();

    const third = vi.fn();
    expect(guardStrictSend([...errors, finding('T01', '/tools/0/name')], third)).toBe(false);
    expect(third).not.toHaveBeenCalled();
  });

  it('"Fix" drops the held send and hands back its errors; the next Send asks again', () => {
    const errors = [finding('S03', '/x')];
    const send = vi.fn();
    guardStrictSend(errors, send);
    expect(dropPendingSend()).toEqual(errors);
    expect(send).not.toHaveBeenCalled();
    expect(guardStrictSend(errors, send)).toBe(false);
  });
});
