import { isObject, stringArray, type JsonObject } from '../json';
import { lintSchema } from './lint-schema';
import { emptyObjectSchema } from './schema-fixes';
import { finding, levelSeverity, makeFix, strictLevel, type Finding } from './lint-types';
import { msg } from './lint-messages';
import type { RequestPath } from '../request/edit-request';

/** A function tool: its schema at the strict level its `strict` asks for, and T04. */
export function lintFunction(tool: JsonObject, base: RequestPath, fineTuned: boolean): Finding[] {
  const out: Finding[] = [];
  const level = strictLevel(tool.strict);
  const params = tool.parameters;
  // Linted once at the strict level: the tool's own level only lowers severities, and T04 needs
  // to know whether the schema would pass strict mode.
  const strictFindings =
    params === undefined || params === null
      ? undefined
      : lintSchema(params, { base: [...base, 'parameters'], level: 'strict', fineTuned });
  if (strictFindings === undefined) {
    if (level !== 'off')
      out.push(
        finding(
          'S06',
          level === 'strict' ? 'error' : 'warning',
          [...base, 'parameters'],
          msg('parametersRequired'),
          makeFix(msg('addEmptyParameters'), [{ path: [...base, 'parameters'], value: emptyObjectSchema() }]),
        ),
      );
  } else {
    out.push(...strictFindings.map((f) => ({ ...f, severity: levelSeverity(f.severity, level) })));
  }
  if (tool.strict === undefined) {
    const clean = strictFindings !== undefined && !strictFindings.some((f) => f.severity === 'error');
    out.unshift(
      finding(
        'T04',
        'warning',
        base,
        msg('strictOmitted'),
        makeFix(msg(clean ? 'setStrictTrue' : 'setStrictFalse'), [
          { path: [...base, 'strict'], value: clean },
        ]),
      ),
    );
  }
  return out;
}

/** T13: an MCP tool names its server exactly once. */
export function lintMcp(tool: JsonObject, base: RequestPath): Finding[] {
  const out: Finding[] = [];
  if (typeof tool.server_label !== 'string' || tool.server_label === '')
    out.push(finding('T13', 'error', [...base, 'server_label'], msg('mcpLabel')));
  const targets = ['server_url', 'connector_id', 'tunnel_id'].filter(
    (k) => tool[k] !== undefined && tool[k] !== '',
  );
  if (targets.length !== 1)
    out.push(finding('T13', 'error', base, msg('mcpTarget', { found: targets.length })));
  if (tool.connector_id !== undefined)
    out.push(finding('T13', 'info', [...base, 'connector_id'], msg('mcpConnectorDeprecated')));
  return out;
}

/** T14: file_search settings within range. */
export function lintFileSearch(tool: JsonObject, base: RequestPath): Finding[] {
  const out: Finding[] = [];
  const ids = stringArray(tool.vector_store_ids);
  if (!ids || ids.length === 0)
    out.push(finding('T14', 'error', [...base, 'vector_store_ids'], msg('fileSearchStores')));
  const max = tool.max_num_results;
  if (typeof max === 'number' && (max < 1 || max > 50)) {
    out.push(
      finding(
        'T14',
        'error',
        [...base, 'max_num_results'],
        msg('maxResultsRange'),
        makeFix(msg('clamp'), [
          { path: [...base, 'max_num_results'], value: Math.min(50, Math.max(1, Math.round(max))) },
        ]),
      ),
    );
  }
  const ranking = tool.ranking_options;
  const threshold = isObject(ranking) ? ranking.score_threshold : undefined;
  if (typeof threshold === 'number' && (threshold < 0 || threshold > 1)) {
    const path = [...base, 'ranking_options', 'score_threshold'];
    out.push(
      finding(
        'T14',
        'error',
        path,
        msg('scoreThresholdRange'),
        makeFix(msg('clamp'), [{ path, value: Math.min(1, Math.max(0, threshold)) }]),
      ),
    );
  }
  return out;
}
