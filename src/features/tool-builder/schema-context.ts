import { createContext, useContext } from 'react';

/** What every row of one schema editor shares: the whole schema and how to write it back. */
export interface SchemaEdit {
  root: unknown;
  strict: boolean;
  disabled: boolean;
  /** Writes a new version of the whole schema (only the changed fields reach the text). */
  commit: (root: unknown) => void;
  /** Names rows "Parameter …" (a function's top level) or "Property …" (nested, structured output). */
  topNoun: 'parameter' | 'property';
  /** Unique per editor, so drag and drop stays within one list. */
  scope: string;
}

export const SchemaEditContext = createContext<SchemaEdit | null>(null);

export function useSchemaEdit(): SchemaEdit {
  const ctx = useContext(SchemaEditContext);
  if (!ctx) throw new Error('SchemaEditContext missing');
  return ctx;
}
