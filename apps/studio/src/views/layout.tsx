import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export function Layout(props: { title: string; children: Child; crumbs?: [string, string][] }) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · Dossier studio`}</title>
          <link rel="stylesheet" href="/assets/studio.css" />
          <script src="/assets/studio.js" defer />
        </head>
        <body>
          <header class="top">
            <nav aria-label="Breadcrumb">
              <a href="/">Studio</a>
              {(props.crumbs ?? []).map(([href, label]) => (
                <>
                  {" / "}
                  <a href={href}>{label}</a>
                </>
              ))}
            </nav>
          </header>
          <main>
            <h1>{props.title}</h1>
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

export function Messages(props: { items: string[]; kind: "error" | "notice" }) {
  if (props.items.length === 0) return null;
  return (
    <ul class={`messages ${props.kind}`} role={props.kind === "error" ? "alert" : "status"}>
      {props.items.map((m) => (
        <li>{m}</li>
      ))}
    </ul>
  );
}
