// the baseline: node:http answering each path with the API's own response, fixed bytes: the same
// status line, headers (in the same order, X-Request-Id included) and body, so the ratio compares
// two servers sending the same thing, as fast as Node can send it
import { createServer } from "node:http";

// the responses come by IPC: at 1,000 stories they outgrow what an environment variable may hold
process.once("message", (captured) => {
  const responses = new Map(
    Object.entries(captured).map(([path, r]) => [
      path,
      { status: r.status, headers: r.headers, body: Buffer.from(r.body, "base64") },
    ]),
  );
  const server = createServer((req, res) => {
    const hit = responses.get(req.url ?? "");
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(hit.status, hit.headers);
    res.end(hit.body);
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("listening"));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
});
