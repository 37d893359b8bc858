import { type HackDayEvent, HackdayError, type Person } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { type Allocation, type PitchChoice, parsePitchRanking, problemFromEvent } from "@hackdaykit/teams";
import { type Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import { AllocationBusyError } from "../allocator.js";
import type { AppDeps, AppEnv } from "../context.js";
import type { FormationStore } from "../store/formation.js";
import { ErrorPage } from "../views/error.js";
import { ActionButton, Csrf, Layout, Notice } from "../views/layout.js";
import { ADMIN_COOKIE } from "./admin.js";

const RANKS = 5;

const tiersOf = (choice: PitchChoice) =>
  typeof choice.ranking === "string" ? parsePitchRanking(choice.ranking) : choice.ranking;

/** Interest per pitch from the choices so far: first choices and any rank. */
/** How many chose each pitch first and how many ranked it at all: the organisers' and the public's view. */
function InterestTable({ counts }: { counts: ReturnType<typeof interest> }) {
  return (
    <DataTable
      caption="Each pitch: first choices and rankings so far"
      columns={[
        { label: "Pitch" },
        { label: "First choices", numeric: true },
        { label: "Ranked", numeric: true },
      ]}
      rows={counts.map((c) => [c.pitch.title, String(c.first), String(c.any)])}
    />
  );
}

function interest(event: HackDayEvent, choices: ReturnType<FormationStore["choices"]>) {
  const pitches = event.formation?.pitches ?? [];
  return pitches.map((pitch) => {
    let first = 0;
    let any = 0;
    for (const choice of choices) {
      const tiers = tiersOf(choice);
      if (tiers[0]?.includes(pitch.id)) first++;
      if (tiers.some((tier) => tier.includes(pitch.id))) any++;
    }
    return { pitch, first, any };
  });
}

/** Names for publication: only people who consented are named; the rest are counted. */
function publicNames(people: Map<string, Person>, ids: readonly string[]) {
  const named = ids.flatMap((id) => {
    const person = people.get(id);
    return person?.public ? [person.name] : [];
  });
  return { named, others: ids.length - named.length };
}

const namesText = ({ named, others }: { named: string[]; others: number }) =>
  [...named, ...(others > 0 ? [`${others} other${others === 1 ? "" : "s"}`] : [])].join(", ");

export function formationRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const peopleById = (event: HackDayEvent) => new Map(event.people.map((p) => [p.id, p]));
  const titleOf = (event: HackDayEvent, id: string) =>
    event.formation?.pitches.find((p) => p.id === id)?.title ?? id;
  const attendees = (event: HackDayEvent) => problemFromEvent(event, []).people.map((p) => p.id);

  // ---- Organiser -------------------------------------------------------------------------------------------
  const organiserOnly: Parameters<typeof app.use>[1] = async (c, next) => {
    if (!store.admin.isSession(getCookie(c, ADMIN_COOKIE))) return c.redirect("/admin/login", 303);
    c.header("cache-control", "no-store");
    await next();
  };
  app.use("/admin/teams", organiserOnly);
  app.use("/admin/teams/*", organiserOnly);

  const adminPage = (csrf: string, notice?: { kind: "ok" | "warn"; body: unknown }) => {
    const event = store.event();
    const f = store.formation;
    const state = f.state();
    const people = peopleById(event);
    const counts = interest(event, f.choices());
    const everyone = attendees(event);
    const linked = f.linked();
    const pins = f.pins();
    const a = state.allocation;
    return (
      <Layout title="Choose your team" eventName={event.name} area="admin">
        <p>
          <a href="/admin">← Admin</a>
        </p>
        <h1>Choose your team</h1>
        {notice && <Notice kind={notice.kind}>{notice.body as string}</Notice>}
        <p>
          {state.open ? "Open: attendees can rank pitches on their personal page." : "Closed."}{" "}
          {state.open ? (
            <ActionButton action="/admin/teams/close" csrf={csrf} label="Close choosing" />
          ) : (
            <ActionButton
              action="/admin/teams/open"
              csrf={csrf}
              label="Open choose your team"
              kind="primary"
            />
          )}
        </p>
        <p>
          {linked.size} of {everyone.length} attendees have a personal link; {f.choices().length} have chosen.{" "}
          <ActionButton action="/admin/teams/links" csrf={csrf} label="Create personal links" />
        </p>
        <h2>Interest so far</h2>
        <InterestTable counts={counts} />
        <h2>Allocation</h2>
        <p>
          <ActionButton action="/admin/teams/allocate" csrf={csrf} label="Run allocation" kind="primary" />{" "}
          {a && !state.published && (
            <ActionButton
              action="/admin/teams/publish"
              csrf={csrf}
              label="Publish team lists"
              kind="primary"
            />
          )}
          {state.published && <span class="muted">Published {state.published}.</span>}
        </p>
        {a && (
          <>
            <p>
              {a.summary.kept} teams kept, {a.summary.dropped} pitches dropped, {a.unplaced.length} unplaced;{" "}
              {a.summary.topThree} of {a.people.length} lead, had no preference or got a top-3 choice; skills{" "}
              {a.summary.skillsCovered}/{a.summary.skillsWanted}.
            </p>
            <DataTable
              caption="Proposed allocation: who goes where"
              columns={[{ label: "Team" }, { label: "Size", numeric: true }, { label: "Members" }]}
              rows={a.teams.map((t) => [
                titleOf(event, t.pitch),
                String(t.size),
                t.members.map((m) => `${people.get(m)?.name ?? m}${pins[m] ? " (pinned)" : ""}`).join(", "),
              ])}
            />
            <form method="post" action="/admin/teams/pin" class="stack">
              <Csrf token={csrf} />
              <h3>Pin or move a person</h3>
              <label for="pin-person">Person</label>
              <select id="pin-person" name="person" required>
                {a.people.map((p) => (
                  <option value={p.person}>{people.get(p.person)?.name ?? p.person}</option>
                ))}
              </select>
              <label for="pin-pitch">Team</label>
              <select id="pin-pitch" name="pitch">
                <option value="">(unpin)</option>
                {(event.formation?.pitches ?? []).map((p) => (
                  <option value={p.id}>{p.title}</option>
                ))}
              </select>
              <div class="actions">
                <button type="submit" class="secondary">
                  Pin and re-run
                </button>
              </div>
            </form>
          </>
        )}
      </Layout>
    );
  };

  // The allocation runs in the allocator's worker thread; only a complete one is saved.
  const run = async (): Promise<Allocation> => {
    const f = store.formation;
    const allocation = await deps.allocator.allocate(problemFromEvent(store.event(), f.choices()), f.pins());
    f.saveAllocation(allocation);
    return allocation;
  };
  /** An allocation that did not run: bad input and "already running" as notices, anything else an error page. */
  const notAllocated = (c: Context<AppEnv>, err: unknown, prefix: string) => {
    if (err instanceof AllocationBusyError) return busy(c);
    if (err instanceof HackdayError)
      return c.html(adminPage(c.var.csrf, { kind: "warn", body: `${prefix}: ${err.message}` }), 400);
    console.error(
      `[demo] ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return c.html(
      <ErrorPage eventName={store.event().name} title="The allocation did not finish">
        <p>
          The allocation stopped before it finished, so nothing was saved and the last allocation stands. Run
          it again from <a href="/admin/teams">Choose your team</a>.
        </p>
      </ErrorPage>,
      500,
    );
  };
  // Changing pins or publishing mid-run would be overwritten by the allocation when it lands.
  const busy = (c: Context<AppEnv>) =>
    c.html(
      adminPage(c.var.csrf, {
        kind: "warn",
        body: "An allocation is running: reload this page in a few seconds to see it, then try again.",
      }),
      409,
    );

  app.get("/admin/teams", (c) => c.html(adminPage(c.var.csrf)));
  app.post("/admin/teams/open", (c) => {
    store.formation.setOpen(true);
    return c.redirect("/admin/teams", 303);
  });
  app.post("/admin/teams/close", (c) => {
    store.formation.setOpen(false);
    return c.redirect("/admin/teams", 303);
  });
  app.post("/admin/teams/links", (c) => {
    const event = store.event();
    const issued = store.formation.issueLinks(attendees(event));
    const origin = new URL(c.req.url).origin;
    const people = peopleById(event);
    return c.html(
      adminPage(c.var.csrf, {
        kind: "ok",
        body: (
          <>
            <p>
              {issued.length} new personal link(s). Copy them now: they are not shown again (only a hash is
              kept).
            </p>
            <ul class="links">
              {issued.map((l) => (
                <li>
                  {people.get(l.person)?.name ?? l.person}: {`${origin}/c/${l.token}`}
                </li>
              ))}
            </ul>
          </>
        ),
      }),
    );
  });
  app.post("/admin/teams/allocate", async (c) => {
    try {
      await run();
    } catch (err) {
      return notAllocated(c, err, "The allocation cannot run");
    }
    return c.redirect("/admin/teams", 303);
  });
  app.post("/admin/teams/pin", async (c) => {
    const event = store.event();
    const { person = "", pitch = "" } = c.var.form;
    if (
      !attendees(event).includes(person) ||
      (pitch !== "" && !event.formation?.pitches.some((p) => p.id === pitch))
    )
      return c.html(
        adminPage(c.var.csrf, { kind: "warn", body: "Choose a person and a team from the lists." }),
        400,
      );
    if (deps.allocator.running) return busy(c);
    const f = store.formation;
    const before = f.pins()[person];
    f.pin(person, pitch === "" ? undefined : pitch);
    try {
      await run();
    } catch (err) {
      f.pin(person, before);
      return notAllocated(c, err, "That pin cannot hold");
    }
    return c.redirect("/admin/teams", 303);
  });
  app.post("/admin/teams/publish", (c) => {
    if (deps.allocator.running) return busy(c);
    store.formation.publish();
    return c.redirect("/admin/teams", 303);
  });

  // ---- Attendee: the personal link ---------------------------------------------------------------------------
  const refused = () => (
    <ErrorPage eventName={store.event().name} title="This link does not work">
      <p>This personal link is not valid. Ask an organiser for a new one.</p>
    </ErrorPage>
  );

  const choosePage = (token: string, person: string, csrf: string, saved?: string) => {
    const event = store.event();
    const f = store.formation;
    const state = f.state();
    const people = peopleById(event);
    const mine = f.choices().find((c) => c.person === person);
    const tiers = mine ? tiersOf(mine) : [];
    const rankOf = (id: string) => tiers.findIndex((tier) => tier.includes(id)) + 1;
    const avoided = new Set(mine?.avoid ?? []);
    const team = state.published
      ? state.allocation?.teams.find((t) => t.members.includes(person))
      : undefined;
    const me = people.get(person);
    return (
      <Layout title="Choose your team" eventName={event.name} area="team">
        <h1>Choose your team</h1>
        <p class="muted">Hello {me?.name}. This page is yours alone: do not share its link.</p>
        {saved && <Notice kind="ok">{saved}</Notice>}
        {state.published && (
          <section>
            <h2>Your team</h2>
            {team ? (
              <p>
                You are on <strong id="my-team">{titleOf(event, team.pitch)}</strong> with{" "}
                {namesText(
                  publicNames(
                    people,
                    team.members.filter((m) => m !== person),
                  ),
                )}
                .
              </p>
            ) : (
              <p id="my-team">You are not on a team yet: find an organiser.</p>
            )}
          </section>
        )}
        {state.open && !state.published ? (
          <form method="post" action={`/c/${token}`} class="stack">
            <Csrf token={csrf} />
            <p>
              Give your favourite pitch 1, the next 2, and so on (the same number for pitches you like
              equally). Leave the rest blank, or say "not this one".
            </p>
            {(event.formation?.pitches ?? [])
              .filter((p) => p.pitcher !== person)
              .map((p) => (
                <>
                  <label for={`rank-${p.id}`}>{p.title}</label>
                  <select id={`rank-${p.id}`} name={`rank-${p.id}`}>
                    <option value="">—</option>
                    {Array.from({ length: RANKS }, (_, i) => (
                      <option value={String(i + 1)} selected={rankOf(p.id) === i + 1}>
                        {String(i + 1)}
                      </option>
                    ))}
                    <option value="avoid" selected={avoided.has(p.id)}>
                      not this one
                    </option>
                  </select>
                </>
              ))}
            <div class="actions">
              <button type="submit" class="primary">
                Save my choices
              </button>
            </div>
          </form>
        ) : (
          !state.published && <p>Choosing is closed right now.</p>
        )}
      </Layout>
    );
  };

  app.get("/c/:token", (c) => {
    const token = c.req.param("token");
    const person = store.formation.personOf(token);
    if (person === undefined) return c.html(refused(), 403);
    c.header("cache-control", "no-store");
    return c.html(choosePage(token, person, c.var.csrf));
  });
  app.post("/c/:token", (c) => {
    const token = c.req.param("token");
    const f = store.formation;
    const person = f.personOf(token);
    if (person === undefined) return c.html(refused(), 403);
    if (!f.state().open || f.state().published) return c.html(choosePage(token, person, c.var.csrf), 409);
    const pitches = store.event().formation?.pitches ?? [];
    const byRank = new Map<number, string[]>();
    const avoid: string[] = [];
    for (const pitch of pitches) {
      const value = c.var.form[`rank-${pitch.id}`] ?? "";
      if (value === "avoid") avoid.push(pitch.id);
      else if (/^[1-9]$/.test(value) && Number(value) <= RANKS && pitch.pitcher !== person) {
        const list = byRank.get(Number(value)) ?? [];
        list.push(pitch.id);
        byRank.set(Number(value), list);
      }
    }
    const ranking = [...byRank.keys()]
      .sort((x, y) => x - y)
      .map((k) => byRank.get(k)!.join("="))
      .join(">");
    f.saveChoice({ person, ranking, avoid });
    return c.html(
      choosePage(token, person, c.var.csrf, "Saved. You can change your choices until choosing closes."),
    );
  });

  // ---- Public ------------------------------------------------------------------------------------------------
  app.get("/teams", (c) => {
    const event = store.event();
    const state = store.formation.state();
    const people = peopleById(event);
    return c.html(
      <Layout title="Teams" eventName={event.name}>
        <h1>Teams</h1>
        {state.published && state.allocation ? (
          <DataTable
            caption="The teams and their members"
            columns={[{ label: "Team" }, { label: "People", numeric: true }, { label: "Members" }]}
            rows={state.allocation.teams.map((t) => [
              titleOf(event, t.pitch),
              String(t.size),
              namesText(publicNames(people, t.members)),
            ])}
          />
        ) : (
          <p>
            The team lists are not published yet. See <a href="/teams/interest">interest in each pitch</a>.
          </p>
        )}
      </Layout>,
    );
  });
  app.get("/teams/interest", (c) => {
    const event = store.event();
    const counts = interest(event, store.formation.choices());
    c.header("cache-control", "no-store");
    return c.html(
      <Layout
        title="Interest in pitches"
        eventName={event.name}
        head={<meta http-equiv="refresh" content="10" />}
      >
        <h1>Interest in pitches</h1>
        <p class="muted">Live: this page refreshes every ten seconds.</p>
        <InterestTable counts={counts} />
      </Layout>,
    );
  });
  return app;
}
