import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { BusyError, ConflictError, DomainError, NotFoundError, ValidationError } from '../core/errors.js';
import { frameworkErrorHeaders } from './security-headers.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Fastify's own request errors that mean "your input is wrong", with our stable codes. */
const requestErrorCodes: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: 'the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'EMPTY_BODY', message: 'the JSON body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 400, code: 'BODY_TOO_LARGE', message: 'the body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'send the body as application/json',
  },
};

/** Errors Fastify raises while routing, before any hook or the error handler runs. */
const frameworkErrorCodes: Record<string, { code: string; message: string }> = {
  FST_ERR_BAD_URL: { code: 'INVALID_URL', message: 'the URL is not validly percent-encoded' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'PATH_PARAMETER_TOO_LONG', message: 'a path parameter is too long' },
};

/** Fastify's `frameworkErrors`: the same error shape, request id and security headers as every other answer. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = frameworkErrorCodes[error.code];
  const status = known ? (error.statusCode ?? 400) : 500;
  if (!known) request.log.error({ err: error }, 'request failed while routing');
  const body: ErrorBody = {
    error: known ?? { code: 'INTERNAL', message: 'something went wrong on our side' },
  };
  void reply.status(status).headers({ ...frameworkErrorHeaders, 'x-request-id': request.id }).send(body);
}

/** The field an issue is about; for a field the schema does not know, that field itself rather than its parent. */
function fieldOf(issue: { instancePath: string; keyword: string; params: Record<string, unknown> }): string {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const unknownKey = issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys) ? issue.params.keys[0] : undefined;
  if (typeof unknownKey !== 'string') return path;
  return path ? `${path}.${unknownKey}` : unknownKey;
}

export interface ValidationIssue {
  /** The path to the offending value, such as `name` or `checkinDays.0`; empty for the whole of it. */
  field: string;
  message: string;
}

/** The 400 body for input that failed a check, naming the first offending field and where it was. */
export function validationFailed(where: string, issues: ValidationIssue[]): ErrorBody {
  const first = issues[0];
  const field = first?.field || where;
  return {
    error: {
      code: 'VALIDATION_FAILED',
      message: `${field}: ${first?.message ?? 'is invalid'}`,
      details: { field, in: where, issues },
    },
  };
}

/**
 * The one place errors become HTTP responses: client errors say what was
 * wrong and name the field; anything else is a 500 with no internals shown.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | Error>((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({ field: fieldOf(v), message: v.message ?? 'is invalid' }));
      return reply.status(400).send(validationFailed(error.validationContext ?? 'body', issues));
    }
    if (error instanceof BusyError) {
      return reply
        .status(429)
        .header('retry-after', String(error.retryAfterSeconds))
        .send({ error: { code: error.code, message: error.message } } satisfies ErrorBody);
    }
    if (error instanceof DomainError) {
      const status =
        error instanceof ValidationError ? 400 : error instanceof NotFoundError ? 404 : error instanceof ConflictError ? 409 : 400;
      const body: ErrorBody = {
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      };
      return reply.status(status).send(body);
    }
    const fastifyCode = 'code' in error ? error.code : undefined;
    const known = fastifyCode ? requestErrorCodes[fastifyCode] : undefined;
    if (known) {
      return reply.status(known.status).send({ error: { code: known.code, message: known.message } } satisfies ErrorBody);
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ error: { code: fastifyCode ?? 'BAD_REQUEST', message: error.message } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'something went wrong on our side' } } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = { error: { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` } };
    return reply.status(404).send(body);
  });
}
