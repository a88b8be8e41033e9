/**
 * Endpoint profiles: a named base URL with its extra headers, chaining mode, proxy choice, notes and
 * the last doctor card. Keys are not part of a profile (they live apart, persisted only on opt-in).
 */
import { endpointUrl } from '../api/endpoint-url';
import { headerProblem } from '../api/headers';
import { demoBaseUrl } from '../hosting/app-location';
import type { DoctorCard } from './doctor-types';

export interface HeaderRow {
  name: string;
  value: string;
}

/**
 * How follow-ups continue a conversation: `server` sends `previous_response_id`; `replay` resends the
 * whole conversation as `input` (relays that do not store or route responses back); `conversation`
 * keeps the turns in a server-side Conversation (`/v1/conversations`) and sends `conversation`;
 * `auto` follows the doctor card (replay when it found that previous_response_id does not work).
 */
export type ChainingMode = 'auto' | 'server' | 'replay' | 'conversation';

/** Prices per million tokens for one model, entered by the user and stored with the profile. */
export interface ModelPrice {
  model: string;
  /** Per 1M input tokens that were not cached. */
  input: number;
  /** Per 1M cached input tokens; the input price when absent. */
  cachedInput?: number;
  /** Per 1M output tokens (reasoning tokens included, as they are billed). */
  output: number;
}

export interface Profile {
  id: string;
  /** Shown in the switcher; empty means "derive from the base URL". */
  name: string;
  baseUrl: string;
  headers: HeaderRow[];
  chainingMode: ChainingMode;
  /** Send through the `npm start` server's local proxy (endpoints without CORS headers). */
  useProxy: boolean;
  notes: string;
  /** The last endpoint doctor result, for the base URL it names. */
  doctor?: DoctorCard;
  /** The built-in demo backend: its base URL is beside the app (`{app dir}demo/v1`) and cannot be edited. */
  builtIn?: boolean;
  /** What its models cost, as the user entered them (Compare shows a cost per run). */
  prices?: ModelPrice[];
}

export const DEMO_PROFILE_ID = 'demo';
export const NAME_LIMIT = 80;
export const NOTES_LIMIT = 4000;

/**
 * The built-in demo profile for an app served from `appDir` (the page's directory, see
 * `appDirectory`): its base URL is `{appDir}demo/v1`, i.e. `/demo/v1` under `npm start`.
 */
export function demoProfile(appDir: string): Profile {
  return {
    id: DEMO_PROFILE_ID,
    name: 'Demo backend',
    baseUrl: demoBaseUrl(appDir),
    headers: [],
    chainingMode: 'auto',
    useProxy: false,
    notes: '',
    builtIn: true,
  };
}

/** A new user profile with defaults for everything not given. */
export function createProfile(id: string, fields: Partial<Omit<Profile, 'id' | 'builtIn'>> = {}): Profile {
  return {
    id,
    name: fields.name ?? '',
    baseUrl: fields.baseUrl ?? '',
    headers: fields.headers ?? [],
    chainingMode: fields.chainingMode ?? 'auto',
    useProxy: fields.useProxy ?? false,
    notes: fields.notes ?? '',
    ...(fields.doctor ? { doctor: fields.doctor } : {}),
    ...(fields.prices?.length ? { prices: fields.prices } : {}),
  };
}

/** The name to show: the given one, else the base URL's host (and path), else "New endpoint". */
export function profileLabel(profile: Pick<Profile, 'name' | 'baseUrl'>): string {
  const name = profile.name.trim();
  if (name) return name;
  try {
    const url = new URL(profile.baseUrl.trim());
    const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
    return `${url.host}${path}`;
  } catch {
    return profile.baseUrl.trim() || 'New endpoint';
  }
}

/**
 * The chaining mode follow-ups should use: the profile's explicit choice, else what the doctor card
 * found for this very base URL (replay when previous_response_id failed), else `server`.
 */
export function effectiveChainingMode(
  profile: Pick<Profile, 'chainingMode' | 'doctor' | 'baseUrl'>,
): Exclude<ChainingMode, 'auto'> {
  if (profile.chainingMode !== 'auto') return profile.chainingMode;
  const card = profile.doctor;
  if (card && card.baseUrl === profile.baseUrl && card.facts.chaining === false) return 'replay';
  return 'server';
}

/** What is wrong with a profile as the user filled it in, one message per field; empty when fine. */
export function profileProblems(
  profile: Profile,
): Partial<Record<'name' | 'baseUrl' | 'headers' | 'notes', string>> {
  const problems: Partial<Record<'name' | 'baseUrl' | 'headers' | 'notes', string>> = {};
  if (profile.name.length > NAME_LIMIT) problems.name = `Keep the name under ${NAME_LIMIT} characters.`;
  if (profile.notes.length > NOTES_LIMIT) problems.notes = `Keep the notes under ${NOTES_LIMIT} characters.`;
  const url = endpointUrl(profile.baseUrl, '/responses');
  if (!url.ok) problems.baseUrl = url.error;
  const named = profile.headers.filter((h) => h.name.trim() !== '');
  const headers = Object.fromEntries(named.map((h) => [h.name.trim(), h.value] as const));
  const headerIssue = headerProblem(headers);
  if (headerIssue) problems.headers = headerIssue;
  else if (named.some((h) => /^x-proxy-/i.test(h.name.trim())))
    problems.headers = 'Header names starting with x-proxy- are reserved for the local proxy.';
  return problems;
}

/** The extra headers as sent: blank names dropped, names trimmed, x-proxy-* reserved. */
export function headerRecord(rows: readonly HeaderRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (name && !/^x-proxy-/i.test(name)) out[name] = row.value;
  }
  return out;
}
