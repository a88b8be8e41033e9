/**
 * The endpoint doctor: one click probes a base URL and returns a compatibility card. Requests are
 * sent the way Send sends them (same headers, `credentials: 'omit'`), directly or through the local
 * proxy, one after another so latencies are not skewed.
 */
import { isObject } from '../json';
import type { Endpoint } from '../api/types';
import { redactUrlSecretsInText } from '../api/url-secrets';
import { evaluatePreflight, sendHeaderNames, type PreflightProbe } from './doctor-cors';
import { apiChecks } from './doctor-api';
import { probeJson, type ProbeContext } from './doctor-http';
import { probeStream } from './doctor-stream';
import {
  chainingCheck,
  functionsCheck,
  reasoningCheck,
  storeCheck,
  streamVerdict,
  usageVerdict,
} from './doctor-probes';
import { failureText, isMissingRoute, modelIds, outputItems } from './doctor-read';
import {
  CHECK_LABELS,
  type CheckId,
  type CheckStatus,
  type DoctorCard,
  type DoctorCheck,
  type DoctorFacts,
} from './doctor-types';
import { proxiedEndpoint } from './proxy-route';
import { doctorSummary, said, type DoctorWords } from './doctor-messages';

export interface DoctorOptions {
  /** The real endpoint, as Send would use it (base URL, key, extra headers). */
  endpoint: Endpoint;
  /** The page's origin (the preflight's `Origin`). */
  pageOrigin: string;
  /** How to obtain the CORS preflight answer (see doctor-cors.ts). */
  preflight: PreflightProbe;
  fetch?: typeof fetch;
  /** The app's origin when the local proxy is available; probes use it when asked or when CORS blocks. */
  proxyOrigin?: string;
  useProxy?: boolean;
  /** The model to test with; default the first one listed. */
  model?: string;
  /** Merged into every POST body (e.g. the demo's `metadata.demo_pace_ms`). */
  extraBody?: Record<string, unknown>;
  signal?: AbortSignal;
  now?: () => number;
  /** Per request. Default 60 s. */
  timeoutMs?: number;
  /** Called after each check with all checks so far. */
  onProgress?: (checks: DoctorCheck[]) => void;
}

/**
 * Probes an endpoint: CORS preflight, `GET /v1/models`, a plain and a streamed `POST /v1/responses`,
 * `GET /v1/responses/{id}` (store), a `previous_response_id` follow-up, usage fields, function calling,
 * reasoning items, and the rest of the API (background, cancel, resume, input items, input tokens,
 * compaction, conversations, delete). Rejects only when `signal` aborts.
 */
export async function runDoctor(opts: DoctorOptions): Promise<DoctorCard> {
  const now = opts.now ?? Date.now;
  const signal = opts.signal ?? new AbortController().signal;
  const checks: DoctorCheck[] = [];
  const facts: DoctorFacts = { latencyMs: {} };
  const latency = facts.latencyMs ?? {};
  // The card is saved on the profile: a server that echoes the key in an error must not put it there.
  const key = opts.endpoint.apiKey?.trim() ?? '';
  const redact = (text: string) =>
    redactUrlSecretsInText(key.length >= 4 ? text.split(key).join('[API key]') : text);
  const add = (id: CheckId, status: CheckStatus, words: DoctorWords, ms?: number) => {
    const text = words.text.map((t) => (t.params ? { ...t, params: redactParams(t.params, redact) } : t));
    checks.push({
      id,
      label: CHECK_LABELS[id],
      status,
      summary: doctorSummary({ ...words, text }),
      text,
      ...(words.list ? { list: true as const } : {}),
      ...(ms === undefined ? {} : { ms: Math.round(ms) }),
    });
    opts.onProgress?.([...checks]);
  };
  const skipRest = (reason: DoctorWords) => {
    for (const id of Object.keys(CHECK_LABELS) as CheckId[])
      if (!checks.some((c) => c.id === id)) add(id, 'skip', reason);
  };

  const names = sendHeaderNames(opts.endpoint);
  const cors = evaluatePreflight(await opts.preflight(opts.endpoint, names, signal), opts.pageOrigin, names);
  facts.cors = cors.verdict;
  const corsUsable = cors.verdict === 'allowed' || cors.verdict === 'lenient';
  const viaProxy = opts.proxyOrigin !== undefined && (opts.useProxy === true || cors.verdict === 'blocked');
  const route = viaProxy ? 'proxy' : 'direct';
  const corsStatus: CheckStatus =
    cors.verdict === 'allowed' ? 'pass' : cors.verdict === 'lenient' ? 'warn' : 'fail';
  add(
    'cors',
    corsStatus,
    viaProxy && !corsUsable ? { text: [...cors.words.text, { key: 'corsViaProxy' }] } : cors.words,
  );
  const card = (model?: string): DoctorCard => ({
    version: 1,
    baseUrl: opts.endpoint.baseUrl,
    checkedAt: now(),
    route,
    ...(model ? { model } : {}),
    checks,
    facts,
    advice: {
      ...(facts.chaining === undefined ? {} : { chainingMode: facts.chaining ? 'server' : 'replay' }),
      ...(cors.verdict === 'blocked' ? { useProxy: true } : {}),
    },
  });

  if (cors.verdict === 'unreachable' || (!corsUsable && !viaProxy)) {
    skipRest(said(cors.verdict === 'unreachable' ? 'skipUnreachable' : 'skipCors'));
    return card();
  }
  const ctx: ProbeContext = {
    endpoint: viaProxy && opts.proxyOrigin ? proxiedEndpoint(opts.endpoint, opts.proxyOrigin) : opts.endpoint,
    // Called as a plain function: window.fetch invoked as a method of another object throws.
    fetch: (input, init) => (opts.fetch ?? globalThis.fetch)(input, init),
    signal,
    now,
    timeoutMs: opts.timeoutMs ?? 60_000,
  };

  const models = await probeJson(ctx, 'GET', '/models');
  latency.models = Math.round(models.ms);
  const ids = models.ok ? modelIds(models.json) : [];
  if (models.ok) facts.models = ids.length;
  if (!models.ok)
    add(
      'models',
      'warn',
      said('modelsFailed', { failure: failureText(models.status, models.error) }),
      models.ms,
    );
  else if (ids.length === 0) add('models', 'warn', said('modelsEmpty'), models.ms);
  else
    add(
      'models',
      'pass',
      said(ids.length === 1 ? 'modelsOne' : 'modelsMany', {
        count: ids.length,
        ids: `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`,
      }),
      models.ms,
    );

  const model = opts.model?.trim() || ids[0];
  if (!model) {
    skipRest(said('skipNoModel'));
    return card(model);
  }
  const extra = opts.extraBody ?? {};
  const base = {
    model,
    input: 'Reply with the single word OK.',
    max_output_tokens: 64,
    store: true,
    ...extra,
  };

  const plain = await probeJson(ctx, 'POST', '/responses', base);
  latency.plain = Math.round(plain.ms);
  if (!plain.ok) {
    facts.responsesRoute = !isMissingRoute(plain.status);
    const missing = facts.responsesRoute === false;
    add(
      'responses',
      'fail',
      said(missing ? 'responsesMissing' : 'verbatim', {
        [missing ? 'failure' : 'text']: failureText(plain.status, plain.error),
      }),
      plain.ms,
    );
    skipRest(said(missing ? 'skipNoResponsesRoute' : 'skipResponsesFailed'));
    return card(model);
  }
  facts.responsesRoute = true;
  const id = isObject(plain.json) && typeof plain.json.id === 'string' ? plain.json.id : undefined;
  const status =
    isObject(plain.json) && typeof plain.json.status === 'string' ? plain.json.status : 'unknown';
  add(
    'responses',
    id ? 'pass' : 'warn',
    id
      ? said('responsesOk', { status: plain.status, state: status, id })
      : said('responsesNoId', { status: plain.status }),
    plain.ms,
  );

  const stream = await probeStream(ctx, base);
  const streamed = streamVerdict(stream);
  add('stream', streamed.status, streamed.words, streamed.ms);
  if (stream.ok) {
    facts.framing = stream.framing;
    latency.stream = Math.round(stream.ms);
    if (stream.framing.firstByteMs !== undefined) latency.firstByte = Math.round(stream.framing.firstByteMs);
  }

  if (!id) add('store', 'skip', said('skipNoId'));
  else {
    const store = await storeCheck(ctx, id);
    facts.store = store.stored;
    add('store', store.status, store.words, store.ms);
  }

  if (!id) add('chaining', 'skip', said('skipNoId'));
  else {
    const chain = await chainingCheck(ctx, base, id);
    if (chain.chaining !== undefined) facts.chaining = chain.chaining;
    add('chaining', chain.status, chain.words, chain.ms);
  }

  const usage = usageVerdict(plain.json, stream);
  facts.usageFields = usage.fields;
  add('usage', usage.status, usage.words);

  const fn = await functionsCheck(ctx, base);
  if (fn.works !== undefined) facts.functionCalling = fn.works;
  add('functions', fn.status, fn.words, fn.ms);

  const reasoningBefore =
    outputItems(plain.json).some((i) => i.type === 'reasoning') ||
    (stream.ok && stream.items.some((i) => i.type === 'reasoning'));
  const rs = await reasoningCheck(ctx, base, reasoningBefore);
  facts.reasoningItems = rs.seen;
  add('reasoning', rs.status, rs.words, rs.ms);

  const api: NonNullable<DoctorFacts['api']> = {};
  facts.api = api;
  await apiChecks(ctx, base, id, (check, verdict, supported) => {
    if (supported !== undefined) api[check as keyof typeof api] = supported;
    add(check, verdict.status, verdict.words, verdict.ms);
  });
  return card(model);
}

/** A message's values with the key taken out (a server may echo it in an error). */
function redactParams(
  params: Record<string, string | number>,
  redact: (text: string) => string,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? redact(value) : value]),
  );
}
