/**
 * Stand-ins for the HTTP clients the exported snippets use, so a snippet can run here without a
 * network and report exactly what it would have sent. Each prints one line per value:
 * `url <hex>`, `header <hex of "Name: value">`, `body <hex>` (UTF-8 bytes in hex, so no escaping
 * question can arise between the stub and the test), or JSON for the scripting languages.
 */

/** Node: `fetch` replaced before the snippet runs (`node --import <this> snippet.mjs`). */
export const NODE_FETCH_STUB = `globalThis.fetch = async (url, init) => {
  console.log(JSON.stringify({ url, method: init.method, headers: init.headers, body: init.body }));
  return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
};
`;

/** Node: a package named `openai` that records the client options and the create() body. */
export const NODE_OPENAI_STUB = `export default class OpenAI {
  constructor(options) {
    this.responses = {
      create: async (body) => {
        console.log(JSON.stringify({ options, body }));
        return { id: 'resp_stub', status: 'completed', output_text: 'ok' };
      },
    };
  }
}
`;

/** Python: a module named `requests` whose post() records its arguments. */
export const PYTHON_REQUESTS_STUB = `import json as _json

class _Response:
    def raise_for_status(self):
        pass
    def json(self):
        return {}

def post(url, headers=None, json=None, stream=False):
    print(_json.dumps({"url": url, "headers": headers, "body": json}))
    return _Response()
`;

/** Python: a package named `openai` that records the client options and the create() arguments. */
export const PYTHON_OPENAI_STUB = `import json

class _Responses:
    def __init__(self, options):
        self.options = options
    def create(self, extra_body=None, **kwargs):
        body = dict(kwargs)
        body.update(extra_body or {})
        print(json.dumps({"options": self.options, "body": body}))
        return type("R", (), {"id": "resp_stub", "status": "completed", "output_text": "ok"})()

class OpenAI:
    def __init__(self, **options):
        self.responses = _Responses(options)
`;

/** Java: classes with the java.net.http names, appended to Main.java in place of those imports. */
export const JAVA_STUB = `
class Hex {
    static String of(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) out.append(String.format("%02x", b));
        return out.toString();
    }
}
class URI {
    static URI create(String s) { System.out.println("url " + Hex.of(s)); return new URI(); }
}
class HttpRequest {
    static Builder newBuilder() { return new Builder(); }
    static class Builder {
        Builder uri(URI uri) { return this; }
        Builder header(String name, String value) { System.out.println("header " + Hex.of(name + ": " + value)); return this; }
        Builder POST(BodyPublisher body) { return this; }
        HttpRequest build() { return new HttpRequest(); }
    }
    static class BodyPublisher {}
    static class BodyPublishers {
        static BodyPublisher ofString(String s) { System.out.println("body " + Hex.of(s)); return new BodyPublisher(); }
    }
}
class HttpResponse<T> {
    T body;
    T body() { return body; }
    interface BodyHandler<T> {}
    static class BodyHandlers {
        static BodyHandler<InputStream> ofInputStream() { return null; }
    }
}
class HttpClient {
    static HttpClient newHttpClient() { return new HttpClient(); }
    @SuppressWarnings("unchecked")
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        HttpResponse<T> response = new HttpResponse<>();
        response.body = (T) new java.io.ByteArrayInputStream(new byte[0]);
        return response;
    }
}
`;

/** C: `curl/curl.h`, put first on the include path. */
export const C_CURL_STUB = `#include <stdarg.h>
#include <stdio.h>
typedef void CURL;
typedef int CURLcode;
#define CURLE_OK 0
typedef enum { CURLOPT_URL, CURLOPT_HTTPHEADER, CURLOPT_POSTFIELDS } CURLoption;
struct curl_slist { int unused; };
static void stub_hex(const char *label, const char *s) {
  printf("%s ", label);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) printf("%02x", *p);
  printf("\\n");
}
static CURL *curl_easy_init(void) { static int handle; return &handle; }
static struct curl_slist *curl_slist_append(struct curl_slist *list, const char *line) {
  static struct curl_slist node;
  (void)list;
  stub_hex("header", line);
  return &node;
}
static CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...) {
  va_list args;
  (void)curl;
  va_start(args, option);
  if (option == CURLOPT_URL) stub_hex("url", va_arg(args, const char *));
  if (option == CURLOPT_POSTFIELDS) stub_hex("body", va_arg(args, const char *));
  va_end(args);
  return CURLE_OK;
}
static CURLcode curl_easy_perform(CURL *curl) { (void)curl; return CURLE_OK; }
static void curl_slist_free_all(struct curl_slist *list) { (void)list; }
static void curl_easy_cleanup(CURL *curl) { (void)curl; }
`;

/** Rust: a local `reqwest` module (appended to main.rs) with the blocking client's surface. */
export const RUST_REQWEST_STUB = `
#[allow(dead_code)]
mod reqwest {
    pub mod blocking {
        fn hex(s: &str) -> String { s.bytes().map(|b| format!("{:02x}", b)).collect() }
        pub struct Client;
        pub struct RequestBuilder;
        pub struct Response;
        impl Client {
            pub fn new() -> Client { Client }
            pub fn post<U: AsRef<str>>(&self, url: U) -> RequestBuilder { println!("url {}", hex(url.as_ref())); RequestBuilder }
        }
        impl RequestBuilder {
            pub fn header<K: AsRef<str>, V: AsRef<str>>(self, name: K, value: V) -> RequestBuilder {
                println!("header {}", hex(&format!("{}: {}", name.as_ref(), value.as_ref())));
                self
            }
            pub fn body<B: Into<String>>(self, body: B) -> RequestBuilder { println!("body {}", hex(&body.into())); self }
            pub fn send(self) -> Result<Response, std::io::Error> { Ok(Response) }
        }
        impl std::io::Read for Response {
            fn read(&mut self, _buf: &mut [u8]) -> std::io::Result<usize> { Ok(0) }
        }
    }
}
`;

/** What a hex-printing stub reported. */
export interface StubbedRequest {
  url: string;
  headers: string[];
  body: string;
}

/** Reads the `url`/`header`/`body` lines of a hex-printing stub. */
export function readHexReport(stdout: string): StubbedRequest {
  const decode = (hex: string) => new TextDecoder().decode(Buffer.from(hex, 'hex'));
  const report: StubbedRequest = { url: '', headers: [], body: '' };
  for (const line of stdout.split('\n')) {
    const [kind, hex = ''] = line.split(' ');
    if (kind === 'url') report.url = decode(hex);
    else if (kind === 'header') report.headers.push(decode(hex));
    else if (kind === 'body') report.body = decode(hex);
  }
  return report;
}
