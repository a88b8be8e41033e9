/*
 * PHP (Guzzle), Ruby (net/http) and PowerShell, written here so that every value goes through this
 * project's escapers (literals.ts): these are the languages whose strings interpolate (`$x`, `#{}`,
 * `$()`), where an unescaped value would run code. Each sends the editor's body text as it is.
 */
import { KEY_ENV, snippetHeaders, type CodeRequest, type SnippetHeader } from './code-request';
import { phpString, powershellString, rubyString } from './literals';

const body = (request: CodeRequest) => request.bodyText.trim();

function phpHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${phpString(h.prefix)} . ` : ''}getenv(${phpString(h.env)})`
      : phpString(h.value);
  return `        ${phpString(h.name)} => ${value},`;
}

/** PHP with Guzzle (`composer require guzzlehttp/guzzle`). */
export function phpSnippet(request: CodeRequest): string {
  return `<?php
// The key is read from $${KEY_ENV}. composer require guzzlehttp/guzzle
require 'vendor/autoload.php';

$client = new GuzzleHttp\\Client();
$response = $client->request('POST', ${phpString(request.url)}, [
    'headers' => [
${snippetHeaders(request).map(phpHeader).join('\n')}
    ],
    'body' => ${phpString(body(request))},
    'stream' => true,
]);
// Streamed or not, the answer is printed as it arrives.
$stream = $response->getBody();
while (!$stream->eof()) {
    echo $stream->read(1024);
}
`;
}

function rubyHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${rubyString(h.prefix)} + ` : ''}ENV.fetch(${rubyString(h.env)})`
      : rubyString(h.value);
  return `request[${rubyString(h.name)}] = ${value}`;
}

/** Ruby, standard library only. */
export function rubySnippet(request: CodeRequest): string {
  return `# The key is read from $${KEY_ENV}.
require "net/http"
require "uri"

uri = URI(${rubyString(request.url)})
request = Net::HTTP::Post.new(uri)
${snippetHeaders(request).map(rubyHeader).join('\n')}
request.body = ${rubyString(body(request))}

Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") do |http|
  http.request(request) do |response|
    # Streamed or not, the answer is printed as it arrives.
    response.read_body { |chunk| print chunk }
  end
end
`;
}

function powershellHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${powershellString(h.prefix)} + ` : ''}$env:${h.env}`
      : powershellString(h.value);
  return `    ${powershellString(h.name)} = ${value}`;
}

/** PowerShell 7+ (the body is sent as UTF-8 bytes, which Windows PowerShell 5.1 also gets right). */
export function powershellSnippet(request: CodeRequest): string {
  const headers = snippetHeaders(request).filter((h) => h.name !== 'Content-Type');
  return `# The key is read from $env:${KEY_ENV}.
$uri = ${powershellString(request.url)}
$headers = @{
${headers.map(powershellHeader).join('\n')}
}
$body = ${powershellString(body(request))}
$bytes = [System.Text.Encoding]::UTF8.GetBytes($body)
$response = Invoke-WebRequest -Method Post -Uri $uri -Headers $headers -ContentType 'application/json' -Body $bytes
$response.Content
`;
}
