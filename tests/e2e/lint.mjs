// `web-ext lint` on the built extension: zero errors allowed. Warnings are
// printed; one is expected (Firefox ignores background.service_worker, which
// Chromium needs).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = process.argv[2];
const webExt = fileURLToPath(new URL("../node_modules/.bin/web-ext", import.meta.url));
let raw;
try {
  raw = execFileSync(webExt, ["lint", "--source-dir", dir, "--output", "json", "--no-config-discovery"], { encoding: "utf8" });
} catch (error) {
  raw = error.stdout; // web-ext exits non-zero when it finds errors
}
const report = JSON.parse(raw);
for (const kind of ["errors", "warnings", "notices"]) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""} ${m.message}`);
}
console.log(`web-ext lint: ${report.count} messages, ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 ? 0 : 1);
