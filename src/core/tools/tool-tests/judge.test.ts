import { describe, expect, it } from 'vitest';
import { validateJsonText } from '../validate';
import { judgeRun } from './judge';
import { reasonMessage } from './reason-message';
import { subsetMismatch } from './subset';
import type { RunOutcome, ToolTest, ValidateJson } from './types';

const validate: ValidateJson = (schema, text) => Promise.resolve(validateJsonText(schema, text));
const REQUEST = {
  model: 'm',
  tools: [
    {
      type: 'function',
      name: 'get_weather',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' }, unit: { enum: ['c', 'f'] } },
        required: ['city'],
        additionalProperties: false,
      },
    },
    {
      type: 'function',
      name: 'send_email',
      parameters: { type: 'object', properties: { to: { type: 'string' } } },
    },
    { type: 'function', name: 'now' },
  ],
};
const test = (expect: ToolTest['expect']): ToolTest => ({ id: 't', input: 'x', expect });
const outcome = (...calls: [string, string][]): RunOutcome => ({
  status: 'completed',
  calls: calls.map(([name, args]) => ({ name, arguments: args })),
});
const judge = (t: ToolTest, o: RunOutcome) => judgeRun(t, REQUEST, o, validate);
const codes = async (t: ToolTest, o: RunOutcome) => (await judge(t, o)).reasons.map((r) => r.code);

describe('judgeRun', () => {
  it('passes when exactly the expected functions are called, in any order, with valid arguments', async () => {
    const t = test([{ name: 'send_email' }, { name: 'get_weather' }]);
    const result = await judge(t, outcome(['get_weather', '{"city":"Paris"}'], ['send_email', '{"to":"a"}']));
    expect(result).toMatchObject({ pass: true, reasons: [] });
    expect(result.calls.map((c) => c.name)).toEqual(['get_weather', 'send_email']);
    // The same function twice is still "exactly the expected functions".
    expect(
      (
        await judge(
          test([{ name: 'get_weather' }]),
          outcome(['get_weather', '{"city":"a"}'], ['get_weather', '{"city":"b"}']),
        )
      ).pass,
    ).toBe(true);
  });

  it('fails on a missing call, an extra call, and calls when none were expected', async () => {
    expect(await codes(test([{ name: 'get_weather' }, { name: 'now' }]), outcome(['now', '{}']))).toEqual([
      'missing',
    ]);
    expect(await codes(test([{ name: 'now' }]), outcome(['now', '{}'], ['send_email', '{}']))).toEqual([
      'unexpected',
    ]);
    const none = await judge(test([]), outcome(['now', '{}']));
    expect(none.reasons).toEqual([{ code: 'unexpected', names: ['now'] }]);
    expect((await judge(test([]), { status: 'completed', calls: [], text: 'Hi' })).pass).toBe(true);
  });

  it('fails when arguments break the tool’s schema, or are not JSON, and lists the violations', async () => {
    const result = await judge(test([{ name: 'get_weather' }]), outcome(['get_weather', '{"city":1,"x":2}']));
    expect(result.pass).toBe(false);
    expect(result.calls[0]?.violations.map((v) => v.message)).toEqual([
      'unexpected property "x"',
      'must be string',
    ]);
    expect(reasonMessage(result.reasons[0]!)).toEqual({
      key: 'invalidArguments',
      values: { name: 'get_weather', count: 2, first: '/ unexpected property "x"' },
    });
    const cut = await judge(test([{ name: 'get_weather' }]), outcome(['get_weather', '{"city":']));
    expect(cut.reasons.map((r) => r.code)).toEqual(['not-json']);
    expect(cut.calls[0]?.notJson).toBeTruthy();
    // A function without parameters only needs JSON.
    expect((await judge(test([{ name: 'now' }]), outcome(['now', '{"any":1}']))).pass).toBe(true);
  });

  it('checks argument expectations: a subset to match and a schema on top of the tool’s own', async () => {
    const paris = test([{ name: 'get_weather', match: { city: 'Paris' } }]);
    expect((await judge(paris, outcome(['get_weather', '{"city":"Paris","unit":"c"}']))).pass).toBe(true);
    const rome = await judge(paris, outcome(['get_weather', '{"city":"Rome"}']));
    expect(rome.reasons).toEqual([
      { code: 'mismatch', name: 'get_weather', path: '/city', expected: 'Paris', actual: 'Rome' },
    ]);
    const strictUnit = test([{ name: 'get_weather', schema: { required: ['unit'] } }]);
    expect(await codes(strictUnit, outcome(['get_weather', '{"city":"Rome"}']))).toEqual([
      'expectation-schema',
    ]);
    expect((await judge(strictUnit, outcome(['get_weather', '{"city":"Rome","unit":"f"}']))).pass).toBe(true);
  });

  it('fails a run that errored or was incomplete, first reason first', async () => {
    const t = test([{ name: 'now' }]);
    expect(await codes(t, { status: 'failed', error: 'HTTP 500', calls: [] })).toEqual(['error', 'missing']);
    expect(
      (await judge(t, { status: 'incomplete', incompleteReason: 'max_output_tokens', calls: [] })).reasons[0],
    ).toEqual({
      code: 'incomplete',
      reason: 'max_output_tokens',
    });
    const cancelled = (await judge(t, { status: 'cancelled', calls: [] })).reasons[0];
    expect(cancelled).toEqual({ code: 'ended', status: 'cancelled' });
    expect(reasonMessage(cancelled!)).toEqual({ key: 'ended', values: { status: 'cancelled' } });
  });

  it('reports a validator that cannot run instead of passing', async () => {
    const down: ValidateJson = () => Promise.resolve({ status: 'unavailable', message: 'no workers' });
    const result = await judgeRun(test([{ name: 'now' }]), REQUEST, outcome(['now', '{}']), down);
    expect(result.reasons).toEqual([{ code: 'validator-unavailable', message: 'no workers' }]);
  });
});

describe('subsetMismatch', () => {
  it('matches objects by subset, lists item by item, scalars by equality', () => {
    expect(subsetMismatch({ a: { b: 1 } }, { a: { b: 1.0, c: 2 }, d: 3 })).toBeUndefined();
    expect(subsetMismatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2, c: 3 }] })).toBeUndefined();
    expect(subsetMismatch({ a: [1] }, { a: [1, 2] })).toEqual({ path: '/a', expected: [1], actual: [1, 2] });
    expect(subsetMismatch({ 'x/y': 1 }, {})).toEqual({ path: '/x~1y', expected: 1, actual: undefined });
    expect(subsetMismatch('1', 1)).toEqual({ path: '', expected: '1', actual: 1 });
    expect(subsetMismatch(null, null)).toBeUndefined();
  });
});
