/**
 * Syntax highlighting for other features (the Code dialog) with the Monaco the editor already
 * ships, loaded on demand in the editor's chunk: no second highlighter in the bundle, and nothing
 * of Monaco in the first paint.
 */
export async function loadColorizer(): Promise<(code: string, language: string) => Promise<string>> {
  const { colorize } = await import('./monaco-setup');
  return colorize;
}
