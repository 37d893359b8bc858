import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allocateTeams, generateProblem, problemFromEvent } from "@hackdaykit/teams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { Client } from "./testing/client.js";
import { adminServer, EXAMPLE, type TestServer } from "./testing/server.js";

// 300 generated attendees ranking 60 pitches, added to the example event: an allocation of event-day size.
const problem = generateProblem({ attendees: 300, pitches: 60, seed: 7 });

function bigEventFile(dir: string): string {
  const event = parse(readFileSync(EXAMPLE, "utf8"));
  event.people.push(
    ...problem.people.map((p, i) => ({
      id: p.id,
      name: `Attendee ${i + 1}`,
      skills: p.skills,
      roles: ["attendee"],
      public: i % 2 === 0,
    })),
  );
  event.formation = {
    pitches: problem.pitches.map((p) => ({ ...p, title: `Pitch ${p.id}` })),
    groups: (problem.groups ?? []).map((members) => ({ members })),
    preferences: [],
  };
  const file = join(dir, "big-event.yaml");
  writeFileSync(file, stringify(event));
  return file;
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

/** As hono/jsx escapes text. */
const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!,
  );

describe("the allocation runs in a worker thread", () => {
  let dir: string;
  let server: TestServer;
  let admin: Client;
  const direct = () => {
    const f = server.store.formation;
    return allocateTeams(problemFromEvent(server.store.event(), f.choices()), { pins: f.pins() });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hackdaykit-allocation-"));
    ({ server, admin } = await adminServer({ eventFile: bigEventFile(dir) }));
    // As attendees save them on their personal pages (generateProblem writes rankings as `a>b=c`).
    for (const { person, ranking, avoid = [] } of problem.preferences ?? [])
      server.store.formation.saveChoice({ person, ranking: String(ranking), avoid: [...avoid] });
    await admin.get("/admin/teams");
  });
  afterAll(async () => {
    await server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers other pages while it runs, refuses a second run and changes meanwhile, and saves what allocateTeams gives", async () => {
    const finished: string[] = [];
    const allocating = admin.post("/admin/teams/allocate", {}).then((response) => {
      finished.push("allocation");
      return response;
    });
    await until(() => server.allocator.running);
    const visitor = new Client(server.url);
    expect((await visitor.get("/")).status).toBe(200);
    finished.push("home page");
    expect((await visitor.get("/teams/interest")).text).toContain("Pitch pitch-001");
    finished.push("interest");
    const organiser = new Client(server.url);
    organiser.cookies.set("hdk_admin", admin.cookies.get("hdk_admin")!);
    await organiser.get("/admin/teams");
    const second = await organiser.post("/admin/teams/allocate", {});
    expect(second.status).toBe(409);
    expect(second.text).toContain("An allocation is running");
    expect((await organiser.post("/admin/teams/publish", {})).status).toBe(409);
    expect(
      (await organiser.post("/admin/teams/pin", { person: "person-100", pitch: "pitch-002" })).status,
    ).toBe(409);
    finished.push("refusals");
    expect((await allocating).status).toBe(303);
    expect(finished).toEqual(["home page", "interest", "refusals", "allocation"]);

    const saved = server.store.formation.state().allocation!;
    expect(server.store.formation.pins()).toEqual({});
    expect(saved).toEqual(await direct());
    expect(saved.teams.length).toBeGreaterThan(20);
    expect(await admin.post("/admin/teams/publish", {})).toMatchObject({ status: 303 });
    const published = (await new Client(server.url).get("/teams")).text;
    for (const team of saved.teams) expect(published).toContain(`Pitch ${team.pitch}`);
  });

  it("gives the library's own message for a pin that cannot hold, and keeps the pins as they were", async () => {
    const [a, b] = problem.groups![0]!;
    expect((await admin.post("/admin/teams/pin", { person: a!, pitch: "pitch-001" })).status).toBe(303);
    const refused = await admin.post("/admin/teams/pin", { person: b!, pitch: "pitch-002" });
    expect(refused.status).toBe(400);
    const f = server.store.formation;
    const expected = await allocateTeams(problemFromEvent(server.store.event(), f.choices()), {
      pins: { ...f.pins(), [b!]: "pitch-002" },
    }).then(
      () => "",
      (error: Error) => error.message,
    );
    expect(expected).toContain("already pinned");
    expect(refused.text).toContain(html(`That pin cannot hold: ${expected}`));
    expect(f.pins()).toEqual({ [a!]: "pitch-001" });
    expect(f.state().allocation).toEqual(await direct());
  });

  it("survives the worker dying mid-allocation: an error page, nothing saved, and the next allocation works", async () => {
    const f = server.store.formation;
    await admin.post("/admin/teams/pin", { person: problem.groups![0]![0]!, pitch: "" });
    const before = f.state();
    await admin.get("/admin/teams");
    const allocating = admin.post("/admin/teams/allocate", {});
    await until(() => server.allocator.running);
    const dying = server.allocator.thread!;
    await dying.terminate();
    const failed = await allocating;
    expect(failed.status).toBe(500);
    expect(failed.text).toContain("The allocation did not finish");
    expect(failed.text).not.toMatch(/at \S+ \(|exit code/);
    expect(f.state()).toEqual(before);

    await admin.get("/admin/teams");
    expect((await admin.post("/admin/teams/allocate", {})).status).toBe(303);
    expect(server.allocator.thread).not.toBe(dying);
    expect(f.state().allocation).toEqual(await direct());
    expect(f.state().published).toBeUndefined();
  });
});
