/**
 * The columns as targets to send to: endpoint with its key, model, overrides and the body for a
 * request. Compare's Send all uses them, and so can other features that run something on every
 * column (the tool-test matrix: test × column).
 */
import type { Endpoint } from '../../core/api/types';
import {
  columnEndpoint,
  columnRequestText,
  priceFor,
  resolveColumn,
  type ColumnSettings,
  type ModelPrice,
} from '../../core/compare';
import { parseRequestText } from '../../core/request/parse-request';
import type { Result } from '../../core/result';
import { useConnectionStore, type ConnectionState } from '../../state/connection';
import { useCompareStore } from './compare-store';

export interface ColumnTarget {
  /** The column's stable id. */
  id: string;
  /** 0-based position; the UI calls it "Column {index + 1}". */
  index: number;
  settings: ColumnSettings;
  /** Base URL, the key kept for it (same scoping as the main connection), headers, proxy. */
  endpoint: Endpoint;
  /** Where its key lives in the connection's key map (`setKeyById` changes it). */
  keyId: string;
  /** The body this column sends for a request: its model in place of `model`, overrides merged. */
  requestFor: (requestText: string) => Result<string, string>;
  /** The profile's price for the model a body asks for, when it has one. */
  priceFor: (body: string) => ModelPrice | undefined;
}

function targetsOf(columns: readonly ColumnSettings[], connection: ConnectionState): ColumnTarget[] {
  const context = {
    profiles: connection.profiles,
    keys: connection.keys,
    proxyOrigin: connection.proxy === 'available' ? window.location.origin : undefined,
  };
  return columns.map((settings, index) => {
    const { profile, keyId } = resolveColumn(settings, connection.profiles);
    return {
      id: settings.id,
      index,
      settings,
      endpoint: columnEndpoint(settings, context),
      keyId,
      requestFor: (text) => columnRequestText(text, settings),
      priceFor: (body) => {
        const parsed = parseRequestText(body);
        const model = parsed.ok && typeof parsed.value.model === 'string' ? parsed.value.model : undefined;
        return priceFor(profile?.prices, model);
      },
    };
  });
}

/** Every Compare column as a target, as set right now (read at the moment of sending). */
export function columnTargets(): ColumnTarget[] {
  return targetsOf(useCompareStore.getState().columns, useConnectionStore.getState());
}
