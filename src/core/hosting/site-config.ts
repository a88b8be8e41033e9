/**
 * `playground.json`, the self-hoster's file beside index.html: first-visit defaults for a playground
 * on a static host (profiles, a default model, presets to offer). It comes from the network, so it
 * is an edge: bounded, validated with valibot, and refused whole (with every problem listed) when
 * anything in it is wrong. The format is documented in docs/self-hosting.md.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as v from 'valibot';
import { endpointUrl } from '../api/endpoint-url';
import { headerProblem } from '../api/headers';
import { NAME_LIMIT, NOTES_LIMIT, type ChainingMode, type HeaderRow } from '../endpoints/profile';
import { parsePresetFile } from '../presets/preset-import';
import type { PresetEntry } from '../presets/preset-format';
import { checkLinkBaseUrl } from '../presets/link-base-url';
import { err, ok, type Result } from '../result';

/** The file's name, beside index.html. */
export const SITE_CONFIG_FILE = 'playground.json';

export const SITE_CONFIG_LIMITS = {
  /** Characters in the whole file. */
  fileChars: 1_000_000,
  profiles: 20,
  headersPerProfile: 20,
  modelChars: 200,
  /** Problems listed at most. */
  problems: 12,
} as const;

/** A profile a self-hoster offers; keys never come from a file anyone can read. */
export interface SiteProfile {
  name: string;
  baseUrl: string;
  headers: HeaderRow[];
  chainingMode: ChainingMode;
  notes: string;
}

export interface SiteConfig {
  profiles: SiteProfile[];
  defaultModel?: string;
  presets: PresetEntry[];
}

/** Header names that carry credentials: never in a public file. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|api-key|x-api-key|x-goog-api-key)$/i;

const baseUrl = v.pipe(
  v.string('must be a text'),
  v.check(
    (value) => checkLinkBaseUrl(value, 'base URL').ok,
    'must be an http:// or https:// URL without a user name or password',
  ),
  v.check((value) => endpointUrl(value, '/responses').ok, 'is not a usable base URL'),
);

const headers = v.pipe(
  v.record(v.string(), v.string('header values must be texts')),
  v.check(
    (h) => Object.keys(h).length <= SITE_CONFIG_LIMITS.headersPerProfile,
    `at most ${SITE_CONFIG_LIMITS.headersPerProfile} headers`,
  ),
  v.check(
    (h) => !Object.keys(h).some((name) => SECRET_HEADER.test(name.trim())),
    'must not hold credentials (Authorization, API keys, cookies): keys never go in a public file',
  ),
  v.check(
    (h) => !Object.keys(h).some((name) => /^x-proxy-/i.test(name.trim())),
    'x-proxy-* names are reserved for the local proxy',
  ),
  v.check(
    (h) => headerProblem(h) === undefined,
    'holds a header that cannot be sent (check names and values)',
  ),
);

const profile = v.strictObject({
  name: v.optional(
    v.pipe(v.string('must be a text'), v.maxLength(NAME_LIMIT, `at most ${NAME_LIMIT} characters`)),
    '',
  ),
  baseUrl,
  headers: v.optional(headers, {}),
  chainingMode: v.optional(
    v.picklist(['auto', 'server', 'replay'], 'must be "auto", "server" or "replay"'),
    'auto',
  ),
  notes: v.optional(
    v.pipe(v.string('must be a text'), v.maxLength(NOTES_LIMIT, `at most ${NOTES_LIMIT} characters`)),
    '',
  ),
});

const schema = v.strictObject({
  $schema: v.optional(v.string()),
  profiles: v.optional(
    v.pipe(
      v.array(profile, 'must be a list ([ … ])'),
      v.maxLength(SITE_CONFIG_LIMITS.profiles, `at most ${SITE_CONFIG_LIMITS.profiles} profiles`),
    ),
    [],
  ),
  defaultModel: v.optional(
    v.pipe(
      v.string('must be a text'),
      v.trim(),
      v.minLength(1, 'must not be empty'),
      v.maxLength(SITE_CONFIG_LIMITS.modelChars, `at most ${SITE_CONFIG_LIMITS.modelChars} characters`),
    ),
  ),
  // Read by the preset-file reader below (it keeps every literal of the requests as written).
  presets: v.optional(v.unknown()),
});

/**
 * Reads `playground.json`. Refused whole, with its problems (at most 12), when it is too large, not
 * JSON, has unknown fields (a typo would otherwise be silently ignored) or any invalid value. The
 * presets use the preset file format (docs/preset-format.md), as a whole file or its list.
 *
 * @param text the file as served
 */
export function parseSiteConfig(text: string): Result<SiteConfig, string[]> {
  if (text.length > SITE_CONFIG_LIMITS.fileChars)
    return err([
      `The file is too large (${text.length} characters; at most ${SITE_CONFIG_LIMITS.fileChars}).`,
    ]);
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return err([`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return err(['The file must hold a JSON object ({ "profiles": [ … ] }).']);
  const checked = v.safeParse(schema, json, { abortPipeEarly: true });
  if (!checked.success) {
    const problems = checked.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    return err(capped(problems));
  }
  const { profiles, defaultModel, presets } = checked.output;
  let presetEntries: PresetEntry[] = [];
  if (presets !== undefined) {
    const root = parseTree(source);
    const node = root && findNodeAtLocation(root, ['presets']);
    const file = node ? parsePresetFile(source.slice(node.offset, node.offset + node.length)) : undefined;
    if (!file?.ok) return err(capped((file?.error ?? ['presets: unreadable']).map((p) => `presets: ${p}`)));
    presetEntries = file.value.presets;
  }
  const config: SiteConfig = {
    profiles: profiles.map((p) => ({
      name: p.name.trim(),
      baseUrl: p.baseUrl.trim(),
      headers: Object.entries(p.headers).map(([name, value]) => ({ name: name.trim(), value })),
      chainingMode: p.chainingMode,
      notes: p.notes,
    })),
    presets: presetEntries,
  };
  if (defaultModel !== undefined) config.defaultModel = defaultModel;
  return ok(config);
}

function capped(problems: string[]): string[] {
  const max = SITE_CONFIG_LIMITS.problems;
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), `…and ${problems.length - max} more problems.`];
}
