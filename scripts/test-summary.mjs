// Prints one line per test suite from the JSON reports the runners write (vitest's
// reports/vitest.json, Playwright's reports/browser.json), so a CI log says at a glance what ran.
// A suite whose package has a test script but left no report is listed as not run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function packages() {
  return ["packages", "apps"].flatMap((group) => {
    const dir = join(root, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((pkg) => existsSync(join(pkg, "package.json")));
  });
}

function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

// a test that passed only on a retry is reported as failed: retries may not hide a failure
function playwrightCounts(report) {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

const suites = [];
for (const pkg of packages()) {
  const name = pkg.split("/").pop();
  const scripts = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).scripts ?? {};
  const runs = [
    ["test", name, "vitest.json", vitestCounts],
    ["test:browser", `${name}-browser`, "browser.json", playwrightCounts],
  ];
  for (const [script, label, file, counts] of runs) {
    if (!scripts[script]) continue;
    const path = join(pkg, "reports", file);
    if (!existsSync(path)) {
      suites.push({ label, missing: true });
      continue;
    }
    suites.push({ label, ...counts(JSON.parse(readFileSync(path, "utf8"))) });
  }
}

const line = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
const total = { passed: 0, failed: 0, skipped: 0 };
console.log("\ntest suites:");
for (const suite of suites) {
  if (suite.missing) {
    console.log(`${suite.label}: did not run`);
    continue;
  }
  for (const key of Object.keys(total)) total[key] += suite[key];
  console.log(`${suite.label}: ${line(suite)}`);
}
const notRun = suites.filter((s) => s.missing).length;
console.log(`total: ${line(total)}${notRun > 0 ? ` (${notRun} suites did not run)` : ""}`);
