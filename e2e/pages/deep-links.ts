/** The fragment of a deep link that opens `request` on `baseUrl` (UI-CONTRACT, "Deep link"). */
export function requestFragment(request: unknown, baseUrl: string): string {
  const encoded = Buffer.from(JSON.stringify(request), 'utf8').toString('base64url');
  return `#request=${encoded}&base_url=${encodeURIComponent(baseUrl)}`;
}
