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
import { said, verbatim, type Said } from '../said';
import { SITE_CONFIG_MESSAGES } from './site-config-messages';

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

type Problem = keyof typeof SITE_CONFIG_MESSAGES;
/** Valibot carries our message ids as its messages; the page words them (`siteConfig` table). */
const id = (problem: Problem) => problem;
/** strictObject's issues: an unknown field, a missing one, or not an object at all. */
const objectIssue = (issue: v.BaseIssue<unknown>): Problem =>
  issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never'
    ? 'unknownField'
    : issue.expected?.startsWith('"')
      ? 'missingField'
      : 'mustBeObject';

const baseUrl = v.pipe(
  v.string(id('mustBeText')),
  v.check((value) => checkLinkBaseUrl(value, 'link').ok, id('baseUrlInvalid')),
  v.check((value) => endpointUrl(value, '/responses').ok, id('baseUrlUnusable')),
);

const headers = v.pipe(
  v.record(v.string(), v.string(id('headerValuesText')), id('headersNotObject')),
  v.check((h) => Object.keys(h).length <= SITE_CONFIG_LIMITS.headersPerProfile, id('tooManyHeaders')),
  v.check((h) => !Object.keys(h).some((name) => SECRET_HEADER.test(name.trim())), id('credentials')),
  v.check((h) => !Object.keys(h).some((name) => /^x-proxy-/i.test(name.trim())), id('proxyHeaders')),
  v.check((h) => headerProblem(h) === undefined, id('badHeader')),
);

const profile = v.strictObject(
  {
    name: v.optional(v.pipe(v.string(id('mustBeText')), v.maxLength(NAME_LIMIT, id('tooLong'))), ''),
    baseUrl,
    headers: v.optional(headers, {}),
    chainingMode: v.optional(v.picklist(['auto', 'server', 'replay'], id('chainingMode')), 'auto'),
    notes: v.optional(v.pipe(v.string(id('mustBeText')), v.maxLength(NOTES_LIMIT, id('tooLong'))), ''),
  },
  objectIssue,
);

const schema = v.strictObject(
  {
    $schema: v.optional(v.string(id('mustBeText'))),
    profiles: v.optional(
      v.pipe(
        v.array(profile, id('notList')),
        v.maxLength(SITE_CONFIG_LIMITS.profiles, id('tooManyProfiles')),
      ),
      [],
    ),
    defaultModel: v.optional(
      v.pipe(
        v.string(id('mustBeText')),
        v.trim(),
        v.minLength(1, id('empty')),
        v.maxLength(SITE_CONFIG_LIMITS.modelChars, id('tooLong')),
      ),
    ),
    // Read by the preset-file reader below (it keeps every literal of the requests as written).
    presets: v.optional(v.unknown()),
  },
  objectIssue,
);

/** One valibot issue as a message: the field's path and what is wrong with it. */
function issueSaid(issue: v.BaseIssue<unknown>): Said {
  const problem: Said =
    issue.message in SITE_CONFIG_MESSAGES
      ? said('siteConfig', issue.message as Problem, issueValues(issue))
      : verbatim(issue.message);
  const path = v.getDotPath(issue);
  return path ? said('siteConfig', 'atPath', { path, problem }) : problem;
}

/** The bound a length issue names (`maxLength`'s requirement), or the header limit of its check. */
function issueValues(issue: v.BaseIssue<unknown>): Record<string, number> {
  if (typeof issue.requirement === 'number') return { max: issue.requirement };
  return issue.message === 'tooManyHeaders' ? { max: SITE_CONFIG_LIMITS.headersPerProfile } : {};
}

/**
 * Reads `playground.json`. Refused whole, with its problems (at most 12), when it is too large, not
 * JSON, has unknown fields (a typo would otherwise be silently ignored) or any invalid value. The
 * presets use the preset file format (docs/preset-format.md), as a whole file or its list.
 *
 * @param text the file as served
 * @returns the config, or its problems as `siteConfig` messages
 */
export function parseSiteConfig(text: string): Result<SiteConfig, Said[]> {
  if (text.length > SITE_CONFIG_LIMITS.fileChars)
    return err([said('siteConfig', 'tooLarge', { count: text.length, max: SITE_CONFIG_LIMITS.fileChars })]);
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return err([said('siteConfig', 'notJson', { detail: e instanceof Error ? e.message : String(e) })]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return err([said('siteConfig', 'notObject')]);
  const checked = v.safeParse(schema, json, { abortPipeEarly: true });
  if (!checked.success) return err(capped(checked.issues.map(issueSaid)));
  const { profiles, defaultModel, presets } = checked.output;
  let presetEntries: PresetEntry[] = [];
  if (presets !== undefined) {
    const root = parseTree(source);
    const node = root && findNodeAtLocation(root, ['presets']);
    const file = node ? parsePresetFile(source.slice(node.offset, node.offset + node.length)) : undefined;
    if (!file?.ok)
      return err(
        capped(
          (file?.error ?? [verbatim('unreadable')]).map((problem) =>
            said('siteConfig', 'inPresets', { problem }),
          ),
        ),
      );
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

function capped(problems: Said[]): Said[] {
  const max = SITE_CONFIG_LIMITS.problems;
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), said('siteConfig', 'moreProblems', { count: problems.length - max })];
}
