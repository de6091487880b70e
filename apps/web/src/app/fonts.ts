import localFont from "next/font/local";

// fonts ship inside npm packages (the build needs no network); scripts/fonts.mjs subsets them into
// .fonts/ before `next build`. next/font sizes a fallback to each face's metrics, so text paints at
// once in it. The faces are not preloaded and are `optional`: a face that has not arrived within
// the browser's first ~100 ms is used from the next page on, never swapped in under the reader.
// Preloading them held the first frame back (Lighthouse counted 7-15 points for it, BENCHMARKS.md).
export const sans = localFont({
  src: "../../.fonts/inter-normal.woff2",
  variable: "--font-sans",
  weight: "400 750",
  display: "optional",
  preload: false,
});

export const serif = localFont({
  src: [
    { path: "../../.fonts/source-serif-4-normal.woff2", style: "normal" },
    { path: "../../.fonts/source-serif-4-italic.woff2", style: "italic" },
  ],
  variable: "--font-serif",
  weight: "400 750",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
});
