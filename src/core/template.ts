/**
 * Fills a `{{name}}` template with its values (a missing value stays as its placeholder). Its own
 * module: the run errors' English (in the first load) needs it without the linter's messages.
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
