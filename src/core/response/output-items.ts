/**
 * Output items narrowed once, for everything above the reducer. The reducer keeps each item in its
 * wire shape (exactly as received: the final JSON, the SDK oracle and the round trip need no
 * mapping); `narrowItem` reads one into a union whose fields take their types from the `openai`
 * package, so the output pane and the tool round trip stop probing `JsonObject`s field by field.
 *
 * Every field is optional: an item is drawn while it streams (seeded by its first delta), and
 * relays leave fields out. Each field is checked for its JSON type; a wrong one reads as absent.
 * Item types without a dedicated shape (hosted tools, anything newer) are `other`, with the few
 * fields their generic card shows; `raw` is always the wire item itself.
 */
import type {
  ResponseCustomToolCall,
  ResponseFunctionToolCall,
  ResponseItem,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
  ResponseReasoningItem,
} from 'openai/resources/responses/responses';
import { isObject, type JsonObject } from '../json';

type McpCall = ResponseItem.McpCall;
type UrlCitation = ResponseOutputText.URLCitation;
type FileCitation = ResponseOutputText.FileCitation;

/** A citation of an `output_text` part (URL or file), whatever its kind. */
export interface Annotation {
  type?: string;
  url?: UrlCitation['url'];
  title?: UrlCitation['title'];
  filename?: FileCitation['filename'];
  fileId?: FileCitation['file_id'];
}

export type MessagePart =
  | { type: ResponseOutputText['type']; text: ResponseOutputText['text']; annotations: Annotation[] }
  | { type: ResponseOutputRefusal['type']; refusal: ResponseOutputRefusal['refusal'] }
  | { type: 'other'; raw: JsonObject };

export interface MessageItem {
  kind: 'message';
  raw: JsonObject;
  id?: ResponseOutputMessage['id'];
  role?: string;
  status?: ResponseOutputMessage['status'] | (string & {});
  parts: MessagePart[];
}

/** A call the model makes: a function, a custom (free-form) tool, or a tool on an MCP server. */
export interface CallItem {
  kind: 'call';
  raw: JsonObject;
  type: ResponseFunctionToolCall['type'] | ResponseCustomToolCall['type'] | McpCall['type'];
  id?: string;
  callId?: ResponseFunctionToolCall['call_id'];
  name?: ResponseFunctionToolCall['name'];
  /** `arguments` (function, MCP) or `input` (custom tool), as streamed so far. */
  arguments: string;
  status?: string;
  /** MCP only. */
  serverLabel?: McpCall['server_label'];
  output?: string;
  error?: string;
}

export interface ReasoningItem {
  kind: 'reasoning';
  raw: JsonObject;
  id?: ResponseReasoningItem['id'];
  /** The summary parts' text, in order. */
  summary: ResponseReasoningItem.Summary['text'][];
  /** Raw reasoning text, where a model exposes it. */
  content: string[];
}

/** Any other item (hosted tools and types this app does not know yet): shown generically. */
export interface OtherItem {
  kind: 'other';
  raw: JsonObject;
  type: string;
  status?: string;
  /** Code interpreter: the code run. */
  code?: string;
  /** Image generation: the base64 image, and its format. */
  result?: string;
  outputFormat?: string;
  /** Code interpreter outputs: their logs, or the output object itself. */
  outputs: (string | JsonObject)[];
}

export type OutputItem = MessageItem | CallItem | ReasoningItem | OtherItem;

const CALL_TYPES = new Set(['function_call', 'custom_tool_call', 'mcp_call']);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const objects = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Reads a wire output item into the union above (see the module comment). */
export function narrowItem(raw: JsonObject): OutputItem {
  const type = str(raw.type) ?? 'unknown';
  if (type === 'message') {
    return {
      kind: 'message',
      raw,
      id: str(raw.id),
      role: str(raw.role),
      status: str(raw.status),
      parts: objects(raw.content).map(narrowPart),
    };
  }
  if (CALL_TYPES.has(type)) {
    return {
      kind: 'call',
      raw,
      type: type as CallItem['type'],
      id: str(raw.id),
      callId: str(raw.call_id),
      name: str(raw.name),
      arguments: (type === 'custom_tool_call' ? str(raw.input) : str(raw.arguments)) ?? '',
      status: str(raw.status),
      serverLabel: str(raw.server_label),
      output: str(raw.output),
      error: str(raw.error),
    };
  }
  if (type === 'reasoning') {
    const texts = (value: unknown) => objects(value).map((part) => str(part.text) ?? '');
    return {
      kind: 'reasoning',
      raw,
      id: str(raw.id),
      summary: texts(raw.summary),
      content: texts(raw.content),
    };
  }
  return {
    kind: 'other',
    raw,
    type,
    status: str(raw.status),
    code: str(raw.code),
    result: str(raw.result),
    outputFormat: str(raw.output_format),
    outputs: objects(raw.outputs).map((out) => str(out.logs) ?? out),
  };
}

function narrowPart(part: JsonObject): MessagePart {
  if (part.type === 'refusal') return { type: 'refusal', refusal: str(part.refusal) ?? '' };
  // Text under another part type (some relays say `text`) is still the answer's text.
  if (part.type === 'output_text' || typeof part.text === 'string') {
    return {
      type: 'output_text',
      text: str(part.text) ?? '',
      annotations: objects(part.annotations).map(narrowAnnotation),
    };
  }
  return { type: 'other', raw: part };
}

function narrowAnnotation(a: JsonObject): Annotation {
  return {
    type: str(a.type),
    url: str(a.url),
    title: str(a.title),
    filename: str(a.filename),
    fileId: str(a.file_id),
  };
}
