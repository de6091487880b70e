// Subsets the reader's variable fonts to the weights its stylesheet uses (400 to 750) and the
// characters fontsource's latin files carry, before `next build`: a third fewer bytes to preload,
// the same glyphs and kerning. subset-font is HarfBuzz's hb-subset, which instances the wght axis.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, ".fonts");
const WEIGHTS = { min: 400, max: 750 };

// fontsource's "latin" unicode-range, so the subset covers exactly what the latin files do
const LATIN = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];
const text = LATIN.flatMap(([a, b]) =>
  Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
).join("");

const packages = join(root, "node_modules", "@fontsource-variable");
const FONTS = {
  "inter-normal.woff2": join(packages, "inter", "files", "inter-latin-wght-normal.woff2"),
  "source-serif-4-normal.woff2": join(
    packages,
    "source-serif-4",
    "files",
    "source-serif-4-latin-wght-normal.woff2",
  ),
  "source-serif-4-italic.woff2": join(
    packages,
    "source-serif-4",
    "files",
    "source-serif-4-latin-wght-italic.woff2",
  ),
};

const mtime = (file) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => 0,
  );
const script = await mtime(fileURLToPath(import.meta.url));

await mkdir(out, { recursive: true });
for (const [name, from] of Object.entries(FONTS)) {
  // a subset is a pure function of its font and this script: one newer than both is kept
  const made = await mtime(join(out, name));
  if (made > script && made > (await mtime(from))) {
    console.log(`fonts: ${name} already subset`);
    continue;
  }
  const source = await readFile(from);
  const subset = await subsetFont(source, text, {
    targetFormat: "woff2",
    variationAxes: { wght: WEIGHTS },
  });
  await writeFile(join(out, name), subset);
  console.log(
    `fonts: ${name} ${(source.length / 1024).toFixed(1)} KB to ${(subset.length / 1024).toFixed(1)} KB`,
  );
}
