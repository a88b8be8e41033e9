/**
 * A catalogue string without its backticks, for places that cannot hold <code> (attributes,
 * <option>s, accessible names); visible text renders them as code with InlineCode instead.
 */
export function plain(text: string): string {
  return text.replace(/`/g, '');
}
