/*
 * Java (java.net.http), C# (HttpClient) and Swift (URLSession), written here so that every value goes
 * through this project's escapers (literals.ts). Each sends the editor's body text as it is.
 */
import { KEY_ENV, snippetHeaders, type CodeRequest, type SnippetHeader } from './code-request';
import { csharpString, javaString, swiftString } from './literals';

const body = (request: CodeRequest) => request.bodyText.trim();

function javaHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${javaString(h.prefix)} + ` : ''}System.getenv(${javaString(h.env)})`
      : javaString(h.value);
  return `            .header(${javaString(h.name)}, ${value})`;
}

/** Java 11+, one file (`java Main.java`). */
export function javaSnippet(request: CodeRequest): string {
  return `// The key is read from $${KEY_ENV}. Run: java Main.java (JDK 11+)
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create(${javaString(request.url)}))
${snippetHeaders(request).map(javaHeader).join('\n')}
            .POST(HttpRequest.BodyPublishers.ofString(${javaString(body(request))}))
            .build();
        HttpResponse<InputStream> response =
            HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        // Streamed or not, the answer is printed as it arrives.
        response.body().transferTo(System.out);
        System.out.flush();
    }
}
`;
}

function csharpHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${csharpString(h.prefix)} + ` : ''}Environment.GetEnvironmentVariable(${csharpString(h.env)})`
      : csharpString(h.value);
  return `request.Headers.TryAddWithoutValidation(${csharpString(h.name)}, ${value});`;
}

/** C# (.NET 6+ top-level program); Content-Type travels with the content. */
export function csharpSnippet(request: CodeRequest): string {
  const headers = snippetHeaders(request).filter((h) => h.name !== 'Content-Type');
  return `// The key is read from $${KEY_ENV}. A .NET 6+ console program (dotnet new console).
using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, ${csharpString(request.url)});
${headers.map(csharpHeader).join('\n')}
request.Content = new StringContent(${csharpString(body(request))}, System.Text.Encoding.UTF8, "application/json");

using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
// Streamed or not, the answer is printed as it arrives.
await using var stream = await response.Content.ReadAsStreamAsync();
await stream.CopyToAsync(Console.OpenStandardOutput());
`;
}

function swiftHeader(h: SnippetHeader): string {
  const value =
    'env' in h
      ? `${h.prefix ? `${swiftString(h.prefix)} + ` : ''}(ProcessInfo.processInfo.environment[${swiftString(h.env)}] ?? "")`
      : swiftString(h.value);
  return `request.setValue(${value}, forHTTPHeaderField: ${swiftString(h.name)})`;
}

/** Swift with Foundation's URLSession (macOS, or Linux with FoundationNetworking). */
export function swiftSnippet(request: CodeRequest): string {
  return `// The key is read from $${KEY_ENV}. Run: swift main.swift
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: ${swiftString(request.url)})!)
request.httpMethod = "POST"
${snippetHeaders(request).map(swiftHeader).join('\n')}
request.httpBody = Data(${swiftString(body(request))}.utf8)

let done = DispatchSemaphore(value: 0)
URLSession.shared.dataTask(with: request) { data, _, error in
    if let error = error { print(error) }
    if let data = data { print(String(decoding: data, as: UTF8.self)) }
    done.signal()
}.resume()
done.wait()
`;
}
