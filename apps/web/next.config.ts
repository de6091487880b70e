import type { NextConfig } from "next";

// static pages cannot carry a per-request nonce, and Next inlines its flight data as <script>
// tags, so scripts need 'unsafe-inline'; everything else is locked to this origin
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// a reader over another corpus (the browser tests' synthetic one, scripts/synthetic-build.mjs):
// src/lib/load-dataset.ts reads that dataset.json instead of core's; it is built into its own
// folder beside the real build
const otherDataset = process.env.DOSSIER_READER_DATASET;

const nextConfig: NextConfig = {
  ...(otherDataset
    ? {
        distDir: ".next/synthetic",
        // the same code as the real build, which has checked its types
        typescript: { ignoreBuildErrors: true },
        // built once per test run from a clean clone: writing a cache for next time only costs
        experimental: { turbopackFileSystemCacheForBuild: false },
      }
    : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
