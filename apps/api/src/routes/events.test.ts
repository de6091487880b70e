import { filterEvents } from "@dossier/core";
import { dataset } from "@dossier/core/data";
import { describe, expect, it } from "vitest";
import { getJson, looseJson, testApp } from "../test-support/app.js";
import { AIRSTRIKE, EVENT, SOURCE, STORY } from "../test-support/fixtures.js";

const app = testApp();
type Page = {
  data: {
    id: string;
    type: string;
    date: { value: string; earliest: string; latest: string; order: number };
    attestations: { source: string; factuality: string }[];
    expanded?: Record<string, unknown>;
  }[];
  page: { total: number; limit: number; nextCursor: string | null; next: string | null };
};

describe("events: happy", () => {
  it("lists every event in the chronology's order with a total", async () => {
    const { res, body } = await getJson<Page>(app, "/v1/events?limit=100");
    expect(res.status).toBe(200);
    expect(body.page.total).toBe(dataset.events.length);
    const order = body.data.map((e) => e.date.order);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(body.data[0]?.id).toBe("ev-us-strikes-al-qaim");
  });

  it("filters by type, actor, source, story and date range as core does", async () => {
    const ids = (page: Page) => page.data.map((e) => e.id);
    const same = async (query: string, filter: Parameters<typeof filterEvents>[1]) => {
      const { body } = await getJson<Page>(app, `/v1/events?${query}&limit=100`);
      expect(ids(body), query).toEqual(filterEvents(dataset, filter).map((e) => e.id));
      expect(body.data.length, query).toBeGreaterThan(0);
      return body;
    };
    const airstrikes = await same(`type=airstrike&story=${STORY}`, {
      type: ["airstrike"],
      story: STORY,
    });
    expect(ids(airstrikes)).toEqual(expect.arrayContaining(["ev-us-strikes-al-qaim", AIRSTRIKE]));
    const byActor = await same("actor=iraqi-parliament", { actor: "iraqi-parliament" });
    expect(ids(byActor)).toContain(EVENT);
    const onDay = await same("from=2020-01-03&to=2020-01-03", {
      from: "2020-01-03",
      to: "2020-01-03",
    });
    expect(ids(onDay)).toContain(AIRSTRIKE);
    for (const e of onDay.data) {
      expect(e.date.earliest.slice(0, 10) <= "2020-01-03").toBe(true);
      expect(e.date.latest.slice(0, 10) >= "2020-01-03").toBe(true);
    }
    const claimed = await same("factuality=claimed", { factuality: ["claimed"] });
    expect(claimed.data.every((e) => e.attestations.some((a) => a.factuality === "claimed"))).toBe(
      true,
    );
    const fromSource = await getJson<Page>(app, `/v1/events?source=${SOURCE}&limit=100`);
    expect(fromSource.body.page.total).toBeGreaterThan(0);
    expect(fromSource.body.page.total).toBeLessThanOrEqual(dataset.events.length);
  });

  it("finds events by words of their quotes, ignoring case and accents", async () => {
    const { body } = await getJson<Page>(app, "/v1/events?q=SOLEIMANÍ");
    expect(body.data.map((e) => e.id)).toContain(AIRSTRIKE);
  });

  it("pages with an opaque cursor until the last page", async () => {
    const seen: string[] = [];
    let next: string | null = "/v1/events?limit=4";
    let pages = 0;
    while (next) {
      const { body }: { body: Page } = await getJson<Page>(app, next);
      expect(body.page.limit).toBe(4);
      seen.push(...body.data.map((e) => e.id));
      next = body.page.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(dataset.events.length / 4));
    expect(new Set(seen).size).toBe(dataset.events.length);
  });

  it("sorts newest first or by title", async () => {
    const newest = await getJson<Page>(app, "/v1/events?sort=-date&limit=1");
    const last = Math.max(...dataset.events.map((e) => e.date.order));
    expect(newest.body.data[0]?.date.order).toBe(last);
    const byTitle = await getJson<{ data: { title: string }[] }>(
      app,
      "/v1/events?sort=title&limit=100",
    );
    const titles = byTitle.body.data.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("expands place, participants and statements in place", async () => {
    const { body } = await getJson<{
      expanded: {
        place: { name: string };
        participants: { id: string }[];
        statements: { id: string }[];
      };
    }>(app, `/v1/events/${AIRSTRIKE}?expand=place,participants,statements`);
    expect(body.expanded.place.name).toMatch(/Baghdad/);
    expect(body.expanded.participants.map((a) => a.id)).toContain("qasem-soleimani");
    expect(body.expanded.statements.map((s) => s.id)).toContain("st-iran-vows-revenge");
  });

  it("gets one event with each source's report, its evidence anchored in the source text", async () => {
    type Span = {
      source: string;
      quote: string;
      start: number;
      end: number;
      codePoints: { start: number; end: number };
    };
    const { res, body } = await getJson<{
      attestations: { source: string; factuality: string; evidence: Span[] }[];
    }>(app, `/v1/events/${EVENT}`);
    expect(res.status).toBe(200);
    expect(body.attestations.length).toBeGreaterThan(0);
    for (const a of body.attestations) {
      expect(a.factuality).toMatch(/^(happened|claimed|planned|demanded|hypothetical|denied)$/);
      for (const e of a.evidence) {
        expect(e.source).toBe(a.source);
        const text = dataset.sources.find((s) => s.id === e.source)?.text ?? "";
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect([...text].slice(e.codePoints.start, e.codePoints.end).join("")).toBe(e.quote);
      }
    }
  });

  it("exports the filtered list as CSV and NDJSON", async () => {
    const csv = await app.request("/v1/events?type=airstrike", { headers: { Accept: "text/csv" } });
    expect(csv.headers.get("Content-Type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,story,type,cameo,title,date/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`${AIRSTRIKE},${STORY},airstrike,195,`);
    const nd = await app.request("/v1/events?format=ndjson");
    expect(nd.headers.get("Content-Type")).toMatch(/^application\/x-ndjson/);
    const records = (await nd.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(dataset.events.length);
    expect(nd.headers.get("X-Total-Count")).toBe(String(dataset.events.length));
  });

  it("describes an event as a schema.org Event in JSON-LD", async () => {
    const res = await app.request(`/v1/events/${AIRSTRIKE}`, {
      headers: { Accept: "application/ld+json" },
    });
    expect(res.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
    const ld = await looseJson(res);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Event");
    expect(ld.startDate).toBe("2020-01-03");
    expect(ld.location["@type"]).toBe("Place");
    expect(ld.actor.map((a: { name: string }) => a.name)).toContain("Qasem Soleimani");
  });
});

describe("events: errors", () => {
  it("answers 404 with a problem for an unknown id", async () => {
    const { res, body } = await getJson(app, "/v1/events/ev-never-happened");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(body).toMatchObject({
      type: "/problems/not-found",
      status: 404,
      instance: "/v1/events/ev-never-happened",
    });
    expect(body.detail).toContain("ev-never-happened");
  });

  it("refuses a limit over 100, naming the parameter", async () => {
    const { res, body } = await getJson<{ errors: { parameter: string; detail: string }[] }>(
      app,
      "/v1/events?limit=101",
    );
    expect(res.status).toBe(400);
    expect(body.errors).toEqual([
      { parameter: "limit", in: "query", detail: "must be at most 100" },
    ]);
  });

  it("names every bad parameter at once: unknown type, bad date, unknown parameter", async () => {
    const { res, body } = await getJson<{ errors: { parameter: string }[] }>(
      app,
      "/v1/events?type=airstrike,picnic&from=2020-13-01&colour=red",
    );
    expect(res.status).toBe(400);
    expect(body.errors.map((e) => e.parameter).sort()).toEqual(["colour", "from", "type"]);
  });

  it("refuses a range that ends before it starts", async () => {
    const { res, body } = await getJson<{ errors: { parameter: string }[] }>(
      app,
      "/v1/events?from=2020-01-05&to=2020-01-01",
    );
    expect(res.status).toBe(400);
    expect(body.errors[0]?.parameter).toBe("to");
  });

  it("refuses a cursor from another query and a forged one", async () => {
    const first = await getJson<Page>(app, "/v1/events?limit=2");
    const cursor = first.body.page.nextCursor ?? "";
    const other = await getJson<{ errors: { parameter: string; detail: string }[] }>(
      app,
      `/v1/events?limit=2&type=airstrike&cursor=${cursor}`,
    );
    expect(other.res.status).toBe(400);
    expect(other.body.errors[0]).toMatchObject({ parameter: "cursor" });
    const forged = await app.request("/v1/events?cursor=OTk5OTk5OTk5OQ.abc");
    expect(forged.status).toBe(400);
  });

  it("answers 406 when the Accept header allows nothing it has", async () => {
    const res = await app.request(`/v1/events/${EVENT}`, { headers: { Accept: "image/png" } });
    expect(res.status).toBe(406);
  });

  it("asks for one value of a repeated parameter", async () => {
    const { res, body } = await getJson<{ errors: { detail: string }[] }>(
      app,
      "/v1/events?type=airstrike&type=protest",
    );
    expect(res.status).toBe(400);
    expect(body.errors[0]?.detail).toMatch(/commas/);
  });
});

describe("events: security", () => {
  it("does not run or echo markup sent as a parameter", async () => {
    const res = await app.request("/v1/events?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("names records by the configured public URL, whatever Host the request carries", async () => {
    const pinned = testApp({ publicUrl: "https://api.example.org/" });
    const res = await pinned.request(`http://evil.example/v1/events/${AIRSTRIKE}`, {
      headers: { Accept: "application/ld+json" },
    });
    expect((await looseJson(res))["@id"]).toBe(`https://api.example.org/v1/events/${AIRSTRIKE}`);
  });

  it("tags JSON-LD built on different hosts differently, since its ids differ", async () => {
    const tag = async (host: string) =>
      (
        await app.request(`http://${host}/v1/events/${AIRSTRIKE}`, {
          headers: { Accept: "application/ld+json" },
        })
      ).headers.get("ETag");
    expect(await tag("a.example")).not.toBe(await tag("b.example"));
  });

  it("treats path traversal as an unknown record", async () => {
    for (const path of [
      "/v1/events/..%2F..%2Fetc%2Fpasswd",
      "/v1/events/%2e%2e",
      "/v1/events/ev-parliament-resolution%00",
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    }
  });

  it("neutralises spreadsheet formulas in CSV cells", async () => {
    const { csvCell } = await import("../representations/stream.js");
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
  });
});
