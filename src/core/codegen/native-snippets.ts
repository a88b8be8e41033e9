/*
 * Go, C (libcurl) and Rust (reqwest), written here rather than by a snippet library so that every
 * value goes through this project's escapers (literals.ts). Each sends the editor's body text
 * byte for byte and prints the answer as it arrives.
 */
import { KEY_ENV, snippetHeaders, type CodeRequest, type SnippetHeader } from './code-request';
import { cString, goString, rustString } from './literals';

const body = (request: CodeRequest) => request.bodyText.trim();

function goHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${goString(h.prefix)}+` : ''}os.Getenv(${goString(h.env)})`
      : goString(h.value);
  return `\treq.Header.Set(${goString(h.name)}, ${value})`;
}

/** Go, standard library only (`go run main.go`). */
export function goSnippet(request: CodeRequest): string {
  return `// The key is read from $${KEY_ENV}. Run: go run main.go
package main

import (
\t"io"
\t"net/http"
\t"os"
\t"strings"
)

func main() {
\tbody := strings.NewReader(${goString(body(request))})
\treq, err := http.NewRequest("POST", ${goString(request.url)}, body)
\tif err != nil {
\t\tpanic(err)
\t}
${snippetHeaders(request).map(goHeader).join('\n')}
\tres, err := http.DefaultClient.Do(req)
\tif err != nil {
\t\tpanic(err)
\t}
\tdefer res.Body.Close()
\t// Streamed or not, the answer is printed as it arrives.
\tio.Copy(os.Stdout, res.Body)
}
`;
}

function cHeader(h: SnippetHeader): string {
  return 'env' in h
    ? `  headers = env_header(headers, ${cString(`${h.name}: ${h.prefix}`)}, ${cString(h.env)});`
    : `  headers = curl_slist_append(headers, ${cString(`${h.name}: ${h.value}`)});`;
}

/** C with libcurl (`cc main.c -lcurl`). */
export function cSnippet(request: CodeRequest): string {
  return `// The key is read from $${KEY_ENV}. Build: cc main.c -lcurl
#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

/* A header line: fixed text followed by the value of an environment variable. */
static struct curl_slist *env_header(struct curl_slist *list, const char *start, const char *name) {
  const char *value = getenv(name);
  char line[8192];
  snprintf(line, sizeof line, "%s%s", start, value ? value : "");
  return curl_slist_append(list, line);
}

int main(void) {
  CURL *curl = curl_easy_init();
  if (!curl) return 1;
  struct curl_slist *headers = NULL;
${snippetHeaders(request).map(cHeader).join('\n')}
  curl_easy_setopt(curl, CURLOPT_URL, ${cString(request.url)});
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, ${cString(body(request))});
  /* Streamed or not, libcurl writes the answer to stdout as it arrives. */
  CURLcode result = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return result == CURLE_OK ? 0 : 1;
}
`;
}

function rustHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? h.prefix
        ? `${rustString(h.prefix)}.to_owned() + &std::env::var(${rustString(h.env)})?`
        : `std::env::var(${rustString(h.env)})?`
      : rustString(h.value);
  return `        .header(${rustString(h.name)}, ${value})`;
}

/** Rust with reqwest's blocking client. */
export function rustSnippet(request: CodeRequest): string {
  return `// The key is read from $${KEY_ENV}.
// Cargo.toml: reqwest = { version = "0.12", features = ["blocking"] }
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut response = reqwest::blocking::Client::new()
        .post(${rustString(request.url)})
${snippetHeaders(request).map(rustHeader).join('\n')}
        .body(${rustString(body(request))})
        .send()?;
    // Streamed or not, the answer is printed as it arrives.
    std::io::copy(&mut response, &mut std::io::stdout())?;
    Ok(())
}
`;
}
