// the baseline: node:http answering each path with fixed bytes, as fast as Node can serve them
import { createServer } from "node:http";

// the bytes come by IPC: at 1,000 stories they outgrow what an environment variable may hold
process.once("message", (responses) => {
  const server = createServer((req, res) => {
    const hit = responses[req.url ?? ""];
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": hit.type, "Content-Length": Buffer.byteLength(hit.body) });
    res.end(hit.body);
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("listening"));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
});
