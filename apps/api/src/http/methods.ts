/** the routes a path would match with some method, as an Allow header; undefined when none would */
export function allowedMethods(
  routes: readonly { method: string; path: string }[],
): (path: string) => string | undefined {
  const patterns = routes
    .filter((r) => r.method !== "ALL")
    .map((r) => {
      const source = r.path
        .split("/")
        .map((part) =>
          part.startsWith(":")
            ? "[^/]+"
            : part === "*"
              ? ".*"
              : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("/");
      return { method: r.method, pattern: new RegExp(`^${source}$`) };
    });
  return (path) => {
    const methods = new Set(patterns.filter((p) => p.pattern.test(path)).map((p) => p.method));
    if (methods.size === 0) return undefined;
    if (methods.has("GET")) methods.add("HEAD");
    methods.add("OPTIONS");
    return [...methods].join(", ");
  };
}
