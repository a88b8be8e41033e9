import { isObject, type JsonObject } from '../json';

/**
 * The `parameters` schema of the function a call names, from the request that produced it
 * (namespaced calls look inside the namespace). Undefined when the request has no such function.
 */
export function functionSchemaFor(request: unknown, name: string, namespace?: string): unknown {
  if (!isObject(request) || !Array.isArray(request.tools)) return undefined;
  let tools: unknown[] = request.tools;
  if (namespace) {
    const ns = tools.find((t) => isObject(t) && t.type === 'namespace' && t.name === namespace);
    tools = isObject(ns) && Array.isArray(ns.tools) ? ns.tools : [];
  }
  const tool = tools.find(
    (t): t is JsonObject =>
      isObject(t) &&
      t.type === 'function' &&
      (t.name === name || (isObject(t.function) && t.function.name === name)),
  );
  if (!tool) return undefined;
  // Chat-shaped tools are linted, but their calls can still be checked.
  return tool.parameters ?? (isObject(tool.function) ? tool.function.parameters : undefined);
}

/** The `text.format` of type `json_schema` of a request, when it has one. */
export function jsonSchemaFormat(
  request: unknown,
): { name: string; schema: unknown; strict: unknown } | undefined {
  if (!isObject(request) || !isObject(request.text) || !isObject(request.text.format)) return undefined;
  const f = request.text.format;
  if (f.type !== 'json_schema' || f.schema === undefined) return undefined;
  return { name: typeof f.name === 'string' ? f.name : '', schema: f.schema, strict: f.strict };
}
