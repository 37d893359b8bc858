// `npm run bench` (apps/demo): starts the built app on a fresh database and measures it over HTTP.
//  1. autocannon: the public agenda page at 50 connections (req/s, p99 latency).
//  2. 100 simulated judges voting at once through the real pairwise forms: throughput, latency, and a
//     check that every acknowledged vote is in the database (zero lost, zero failed).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { parse, stringify } from "yaml";

const here = import.meta.dirname;
const root = resolve(here, "../../..");
const JUDGES = Number(process.env.BENCH_JUDGES ?? 100);
const VOTES_EACH = Number(process.env.BENCH_VOTES ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = "bench-password";

if (!existsSync(resolve(here, "../dist/main.js"))) {
  console.error(
    "bench: apps/demo/dist/main.js is missing; run `npm run build` (or `npm run bench` from the root).",
  );
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "hackdaykit-bench-"));
// The expo example (220 projects) with extra judges so that 100 can vote at once.
const event = parse(readFileSync(resolve(root, "examples/riverbend-expo-2026.yaml"), "utf8"));
const judgeIds = event.people.filter((p) => p.roles?.includes("judge")).map((p) => p.id);
for (let i = judgeIds.length; i < JUDGES; i++) {
  const id = `bench-judge-${i}`;
  event.people.push({ id, name: `Bench Judge ${i}`, roles: ["judge"], public: false });
  judgeIds.push(id);
}
const eventFile = join(dir, "bench-event.yaml");
writeFileSync(eventFile, stringify(event));

const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
// BENCH_PROFILE=DIR writes a CPU profile of the app there.
const profile = process.env.BENCH_PROFILE
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];
const app = spawn(
  process.execPath,
  [...profile, resolve(here, "../dist/main.js"), "--event", eventFile, "--data", dir, "--port", String(port)],
  {
    env: { ...process.env, HACKDAY_ADMIN_PASSWORD: PASSWORD, INIT_CWD: "" },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
// Never leave the app running behind an interrupted bench.
process.on("exit", () => {
  if (app.exitCode === null) app.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
const stop = async () => {
  const exited = new Promise((ok) => app.on("exit", ok));
  app.kill("SIGTERM");
  await exited;
  rmSync(dir, { recursive: true, force: true });
};
await new Promise((ok, fail) => {
  app.stdout.on("data", (chunk) => String(chunk).includes("hackdaykit demo:") && ok());
  app.on("exit", (code) => fail(new Error(`the app exited (${code}) before listening`)));
});

/** Cookie-keeping client that posts the page's forms with their CSRF token. */
class Client {
  cookies = new Map();
  csrf = "";
  async request(path, form) {
    const headers = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    let body;
    if (form) {
      body = new URLSearchParams({ ...form, _csrf: this.csrf });
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const res = await fetch(base + path, {
      method: form ? "POST" : "GET",
      headers,
      body,
      redirect: "manual",
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1];
    return { status: res.status, text };
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  // 1. Agenda page.
  const agenda = await autocannon({ url: `${base}/agenda`, connections: 50, duration: SECONDS });
  console.log(
    `agenda page, 50 connections, ${SECONDS}s: ${Math.round(agenda.requests.average)} req/s, ` +
      `latency p50 ${agenda.latency.p50} ms, p99 ${agenda.latency.p99} ms, ` +
      `non-2xx ${agenda.non2xx}, errors ${agenda.errors}`,
  );

  // 2. Judges.
  const admin = new Client();
  await admin.request("/admin/login");
  const login = await admin.request("/admin/login", { password: PASSWORD });
  if (login.status !== 303) throw new Error(`admin login failed (${login.status})`);
  const links = [];
  for (const id of judgeIds.slice(0, JUDGES)) {
    const res = await admin.request("/admin/links/issue", { kind: "judge", subject: id });
    links.push(/https?:\/\/[^/\s]+(\/j\/[A-Za-z0-9_-]{43})/.exec(res.text)[1]);
  }
  const version = (html) => /name="v" value="(\d+)"/.exec(html)?.[1];
  const judges = await Promise.all(
    links.map(async (link) => {
      const c = new Client();
      let page = await c.request(link);
      page = await c.request(`${link}/pairwise/start`, { v: version(page.text) });
      page = await c.request(`${link}/pairwise/seen`, { v: version(page.text) });
      return { c, link, html: page.text };
    }),
  );
  const latencies = [];
  let acknowledged = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    judges.map(async (j, n) => {
      for (let i = 0; i < VOTES_EACH; i++) {
        const v = version(j.html);
        if (v === undefined || !j.html.includes('class="choice"')) break;
        const t0 = performance.now();
        const res = await j.c.request(`${j.link}/pairwise/vote`, {
          v,
          better: (i + n) % 2 ? "current" : "previous",
        });
        latencies.push(performance.now() - t0);
        if (res.status === 200 && res.text.includes("Vote recorded")) acknowledged++;
        else failed++;
        j.html = res.text;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const csv = await admin.request("/admin/export/votes.csv");
  const stored = csv.text.trim().split("\n").length - 1;
  latencies.sort((a, b) => a - b);
  console.log(
    `${JUDGES} judges voting at once: ${acknowledged} votes in ${seconds.toFixed(2)} s = ` +
      `${Math.round(acknowledged / seconds)} votes/s; vote latency p50 ${pct(latencies, 50).toFixed(1)} ms, ` +
      `p99 ${pct(latencies, 99).toFixed(1)} ms; failed ${failed}; stored ${stored}; lost ${acknowledged - stored}`,
  );
  if (failed > 0 || stored !== acknowledged) process.exitCode = 1;
} finally {
  await stop();
}
