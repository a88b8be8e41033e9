import { KEY_ENV, type CodeHeader, type CodeRequest } from './code-request';
import { shellQuote } from './literals';

export { shellQuote };

/** A header argument whose value is `Prefix $ENV`: the variable must expand, so it sits in double quotes. */
function envHeader(name: string, prefix: string, env: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name)
    ? `"${name}: ${prefix}$${env}"`
    : `${shellQuote(`${name}: ${prefix}`)}"$${env}"`;
}

function headerArg(header: CodeHeader): string {
  return header.env ? envHeader(header.name, '', header.env) : shellQuote(`${header.name}: ${header.value}`);
}

/**
 * curl for a POSIX shell (bash, zsh, Git Bash). The key comes from `$OPENAI_API_KEY` at run time;
 * `-N` turns off curl's output buffering so streamed events print as they arrive. The body is the
 * editor's JSON, single-quoted, so nothing in it is expanded by the shell.
 */
export function curlSnippet(request: CodeRequest): string {
  const lines = [
    `curl ${shellQuote(request.url)}`,
    `-H ${envHeader('Authorization', 'Bearer ', KEY_ENV)}`,
    `-H 'Content-Type: application/json'`,
    ...request.headers.map((h) => `-H ${headerArg(h)}`),
    ...(request.stream ? ['-N'] : []),
    `-d ${shellQuote(request.bodyText.trim())}`,
  ];
  return `${lines.join(' \\\n  ')}\n`;
}
