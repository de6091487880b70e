import type { PlaywrightTestConfig } from "@playwright/test";

/** Debian's Chromium, or the one CHROMIUM_PATH names; tests never download a browser of their own. */
export declare const chromiumPath: string;

/** Chromium's flags: no sandbox (CI runs as root), no GPU, and no network traffic of its own. */
export declare const chromiumArgs: string[];

/** Exits with a message saying how to install Chromium when it is missing: browser tests never skip. */
export declare function requireChromium(what: string): void;

/** A TCP port on 127.0.0.1 nothing listens on now, for a server a test runner starts. */
export declare function freePort(): Promise<number>;

/**
 * A package's Playwright suite: its tests in e2e/, run in Debian's Chromium against the server at
 * `baseURL`, reported to the terminal and to reports/browser.json.
 */
export declare function browserSuite(options: {
  baseURL: string;
  /** whether the suite's tests may run side by side, or build on each other in order */
  fullyParallel: boolean;
  workers: number;
}): PlaywrightTestConfig;
