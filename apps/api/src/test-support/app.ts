import { createApp } from "../app.js";

/** the app over the real embedded dataset, quiet and without the rate limit unless asked */
export function testApp(options: Parameters<typeof createApp>[1] = {}) {
  return createApp(undefined, { log: false, rateLimit: false, ...options });
}

export type TestApp = ReturnType<typeof testApp>;

export async function getJson<T = Record<string, unknown>>(
  app: TestApp,
  path: string,
  init?: RequestInit,
) {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as T };
}

// biome-ignore lint/suspicious/noExplicitAny: bodies read this way are checked by assertions, not by types
export type Loose = any;

/** a response body read without a declared shape, for JSON-LD and other open documents */
export async function looseJson(res: Response | Promise<Response>): Promise<Loose> {
  return (await res).json();
}
