import { STATUS_CODES } from 'node:http';
import type { FastifyDynamicSwaggerOptions, SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { createJsonSchemaTransformObject, jsonSchemaTransform } from 'fastify-type-provider-zod';

/** What an error status means anywhere in the API; its body is the `Error` schema. */
const errorMeanings: Readonly<Record<string, string>> = {
  400: 'The input is invalid: `error.code` says how, and `error.details.field` names the offending field when there is one.',
  401: 'The admin token is missing or wrong.',
  404: 'What the request names does not exist (`error.code` says what).',
  409: 'The request conflicts with the current state of what it names.',
  429: 'Too many requests for now (`error.code` says which): wait the seconds of the `Retry-After` header.',
};

const schemaRefPrefix = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;

/** What this reads of the document; the library makes OpenAPI 3 only (it refuses 2.0). */
interface DocumentParts {
  paths?: unknown;
  components?: { schemas?: Record<string, unknown> };
}

/**
 * Every response gets a description: the route's own, else what the status
 * means here, else its reason phrase. `@fastify/swagger` reads it beside a
 * `$ref`, and from `x-response-description` of an inline schema without
 * copying it into that schema; a response of type `null` gets no body.
 */
function describeResponses(response: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(response).map(([status, schema]) => {
      const description = schema.description ?? errorMeanings[status] ?? STATUS_CODES[status];
      if (status === '204') return [status, { type: 'null', description }];
      return [status, { ...schema, ...('$ref' in schema ? { description } : { 'x-response-description': description }) }];
    }),
  );
}

/** The names of the component schemas `value` refers to, added to `found`. */
function addSchemaRefs(value: unknown, found: Set<string>): Set<string> {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string' && item.startsWith(schemaRefPrefix)) found.add(item.slice(schemaRefPrefix.length));
    else addSchemaRefs(item, found);
  }
  return found;
}

/**
 * The zod registry yields every named schema twice, as read (`Client`) and as
 * written (`ClientInput`); only those the operations use, directly or through
 * another schema, are kept, so a generated client has no types nothing returns.
 */
const componentsInUse: SwaggerTransformObject = (input) => {
  const document = createJsonSchemaTransformObject({ zodToJsonConfig: { target: 'openapi-3.0' } })(input);
  const { paths, components } = document as DocumentParts;
  const schemas = components?.schemas ?? {};
  const used = addSchemaRefs(paths, new Set());
  // A Set visits what is added while it is being iterated, so this follows refs to their end.
  for (const name of used) addSchemaRefs(schemas[name], used);
  const kept = [...used].filter((name) => name in schemas).sort();
  const inUse = Object.fromEntries(kept.map((name) => [name, schemas[name]]));
  return { ...document, components: { ...components, schemas: inUse } } as typeof document;
};

/**
 * The `@fastify/swagger` options of the admin API's document: schemas named in
 * the zod registry become components, every response is described, and the
 * routes under `hiddenPrefixes` (pages, not API) are left out.
 */
export function openApiDocument({ hiddenPrefixes }: { hiddenPrefixes: readonly string[] }): FastifyDynamicSwaggerOptions {
  const hidden = (url: string) => hiddenPrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
  const transform: SwaggerTransform = (input) => {
    if (hidden(input.url)) return { schema: { ...input.schema, hide: true }, url: input.url };
    const { schema, url } = jsonSchemaTransform(input);
    // A route declared without a schema has none here either.
    const response = (schema as FastifySchema | undefined)?.response as Record<string, JsonSchema> | undefined;
    return { schema: response ? { ...schema, response: describeResponses(response) } : schema, url };
  };
  return {
    openapi: {
      info: {
        title: 'Mentorline admin API',
        description: 'Enrol mentors and clients, assign them, and read their threads.',
        version: '1',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The admin token, ADMIN_TOKEN.' } },
      },
      security: [{ bearer: [] }],
    },
    transform,
    transformObject: componentsInUse,
  };
}
