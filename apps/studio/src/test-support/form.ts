/** The fields of a form page as the browser would post them. */
export function fieldsOf(html: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  };
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  for (const m of html.matchAll(/<input ([^>]*)\/?>/g)) {
    // a box not ticked is not sent
    if (/type="checkbox"/.test(m[1] as string) && !/checked/.test(m[1] as string)) continue;
    const name = /name="([^"]+)"/.exec(m[1] as string)?.[1];
    const value = /value="([^"]*)"/.exec(m[1] as string)?.[1];
    if (name && value !== undefined) add(name, decode(value));
  }
  for (const m of html.matchAll(/<textarea name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    add(m[1] as string, decode(m[2] as string));
  for (const m of html.matchAll(/<select name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    for (const o of (m[2] as string).matchAll(/<option value="([^"]*)" selected="">/g))
      add(m[1] as string, o[1] as string);
  }
  return out;
}
