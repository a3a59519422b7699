import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A browser's part in talking to the console over plain HTTP: it keeps the
 * cookies it is given, and posts forms with the CSRF token of the last page
 * it read, as a browser submitting that page's form would.
 */
export class ConsoleSession {
  private cookies = new Map<string, string>();
  /** The `_csrf` of the last page read; forms post it unless told otherwise. */
  csrfToken = '';

  constructor(private readonly app: FastifyInstance) {}

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const expired = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.maxAge === 0;
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }

  private get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader, ...headers } }));
  }

  /** Posts url-encoded fields with the page's token, unless `_csrf` is given (or given as null, to leave it out). */
  async post(url: string, fields: Record<string, string | string[] | null> = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    const withToken = '_csrf' in fields ? fields : { _csrf: this.csrfToken, ...fields };
    for (const [name, value] of Object.entries(withToken)) {
      if (value === null) continue;
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      }),
    );
  }

  /** Signs in through the form, as a person would. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/console/login');
    return this.post('/console/login', { email, password });
  }
}
