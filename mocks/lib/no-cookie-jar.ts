// Stands in for `tough-cookie` in the browser build of the mocks only (see vite.config.ts): MSW
// keeps cookies from mocked `Set-Cookie` replies in a tough-cookie jar, and tough-cookie with its
// public-suffix list is about a third of the mock server's download. In the browser the app never
// uses a cookie (it sends `Authorization: JWT`), so MSW gets a jar that keeps nothing. Tests run
// MSW in Node with the real tough-cookie, where the mock's refresh-cookie behaviour is checked.
// Only the surface MSW 2's core/utils/cookieStore touches is here.

export type SerializedCookie = Record<string, unknown>;

export class Cookie {
  static fromJSON(_json: unknown): Cookie | null {
    return null;
  }
  key = '';
  value = '';
  domain: string | null = null;
  path: string | null = null;
  toJSON(): SerializedCookie {
    return {};
  }
}

export type MemoryCookieStoreIndex = Record<string, Record<string, Record<string, Cookie>>>;

export class MemoryCookieStore {
  idx: MemoryCookieStoreIndex = {};
}

/** MSW constructs it with a MemoryCookieStore, which it ignores. */
export class CookieJar {
  getCookiesSync(_url: string): Cookie[] {
    return [];
  }
  setCookie(_cookie: string, _url: string): Promise<void> {
    return Promise.resolve();
  }
}
