import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { shareFontSize, shareWords } from "./share-text";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

// satori reads woff, not woff2: the static @fontsource packages ship both, the variable ones only
// woff2; read from disk so a card renders at build or on demand with no network
const FONT_DIR = join(process.cwd(), "node_modules", "@fontsource");
const FONTS = [
  ["Inter", "inter/files/inter", 400, "normal"],
  ["Inter", "inter/files/inter", 700, "normal"],
  ["Source Serif", "source-serif-4/files/source-serif-4", 400, "normal"],
  ["Source Serif", "source-serif-4/files/source-serif-4", 600, "normal"],
] as const;

type Font = NonNullable<
  NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]
>[number];
let fonts: Promise<Font[]> | undefined;

/** Reads the fonts once per server, as the ArrayBuffers satori takes. */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONTS.flatMap(([name, file, weight, style]) =>
      // latin first, latin-ext for the accented names satori finds missing from it
      ["latin", "latin-ext"].map(async (subset): Promise<Font> => {
        const bytes = await readFile(join(FONT_DIR, `${file}-${subset}-${weight}-${style}.woff`));
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        return { name, weight, style, data: data as ArrayBuffer };
      }),
    ),
  );
  return fonts;
}

export interface ShareCard {
  /** "Statement · 9 Jan 2020" */
  eyebrow: string;
  /** the source's words, shown in quotation marks */
  words?: string;
  /** a title set above the words, or alone when there are none */
  title?: string;
  /** the curator's words under a title, never in quotation marks */
  summary?: string;
  /** who said it and where it stands: "Muqtada al-Sadr, as quoted by Reuters" */
  attribution: string;
}

const INK = "#1c1d21";
const MUTED = "#55585f";
const ACCENT = "#1f4f99";
const PAPER = "#fbfaf7";

/** A 1200 × 630 card: the words exact (cut only at a word, marked "…"), and whose they are. */
export async function shareCardImage(card: ShareCard): Promise<ImageResponse> {
  const words = card.words ? shareWords(card.words).text : undefined;
  const size = words ? shareFontSize(words) : 60;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px",
        background: PAPER,
        borderTop: `14px solid ${ACCENT}`,
        color: INK,
        fontFamily: "Source Serif",
      }}
    >
      <div
        style={{
          display: "flex",
          fontFamily: "Inter",
          fontSize: 26,
          fontWeight: 700,
          letterSpacing: 2,
          color: MUTED,
          textTransform: "uppercase",
        }}
      >
        {card.eyebrow}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        {card.title ? (
          <div
            style={{
              display: "flex",
              fontSize: words ? 34 : size,
              fontWeight: 600,
              lineHeight: 1.2,
              color: words ? MUTED : INK,
            }}
          >
            {card.title}
          </div>
        ) : null}
        {card.summary ? (
          <div style={{ display: "flex", fontSize: 30, lineHeight: 1.35, color: MUTED }}>
            {shareWords(card.summary, 220).text}
          </div>
        ) : null}
        {words ? (
          <div style={{ display: "flex", fontSize: size, lineHeight: 1.25, fontWeight: 400 }}>
            “{words}”
          </div>
        ) : null}
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "flex-end",
          gap: 40,
          fontFamily: "Inter",
          fontSize: 26,
          color: MUTED,
        }}
      >
        <div style={{ display: "flex", flex: 1, color: INK }}>{card.attribution}</div>
        <div style={{ display: "flex", fontWeight: 700, color: ACCENT }}>Dossier</div>
      </div>
    </div>,
    { ...SHARE_CARD_SIZE, fonts: await loadFonts() },
  );
}
