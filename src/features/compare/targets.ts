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
  type ColumnProblem,
  type ColumnSettings,
  type ModelPrice,
} from '../../core/compare';
import { parseRequestText } from '../../core/request/parse-request';
import type { Result } from '../../core/result';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useConnectionStore, type ConnectionState } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
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
  requestFor: (requestText: string) => Result<string, ColumnProblem>;
  /** The profile's price for the model a body asks for, when it has one. */
  priceFor: (body: string) => ModelPrice | undefined;
}

type ConnectionParts = Pick<ConnectionState, 'profiles' | 'keys' | 'proxy'>;

function targetsOf(columns: readonly ColumnSettings[], connection: ConnectionParts): ColumnTarget[] {
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

/** A column as another feature runs things on it (the shape tool tests take as `columns`). */
export interface ColumnRunTarget {
  id: string;
  /** `Column 2`, in the UI's language. */
  label: string;
  endpoint: Endpoint;
  /** Replaces the request's model; empty keeps it. */
  model: string;
  /** The editor's request with the column's overrides (and model), when it has overrides. */
  requestText?: string;
}

/**
 * The open Compare columns as run targets, following edits of the columns, keys and the request;
 * empty while Compare is closed (nothing to run on).
 */
export function useColumnRunTargets(): ColumnRunTarget[] {
  const { t } = useTranslation('compare');
  const open = useCompareStore((s) => s.open);
  const columns = useCompareStore((s) => s.columns);
  const connection = useConnectionStore(
    useShallow((s) => ({ profiles: s.profiles, keys: s.keys, proxy: s.proxy })),
  );
  const requestText = useWorkspaceStore((s) => s.requestText);
  return useMemo(() => {
    if (!open) return [];
    return targetsOf(columns, connection).map((target) => {
      const own = target.settings.overrides.trim() ? target.requestFor(requestText) : undefined;
      return {
        id: target.id,
        label: t('column', { n: target.index + 1 }),
        endpoint: target.endpoint,
        model: target.settings.model.trim(),
        ...(own?.ok ? { requestText: own.value } : {}),
      };
    });
  }, [open, columns, connection, requestText, t]);
}
