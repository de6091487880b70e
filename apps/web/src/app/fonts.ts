import localFont from "next/font/local";

// fonts ship inside npm packages (the build needs no network); scripts/fonts.mjs subsets them into
// .fonts/ before `next build`. next/font preloads each file and sizes a fallback to its metrics, so
// text paints at once in the fallback and the swap moves nothing.
export const sans = localFont({
  src: "../../.fonts/inter-normal.woff2",
  variable: "--font-sans",
  weight: "400 750",
  display: "swap",
});

export const serif = localFont({
  src: [
    { path: "../../.fonts/source-serif-4-normal.woff2", style: "normal" },
    { path: "../../.fonts/source-serif-4-italic.woff2", style: "italic" },
  ],
  variable: "--font-serif",
  weight: "400 750",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});
