import type { HackDayEvent, Project } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { conflictedProjects } from "../integrations/conflicts.js";
import { judgeFeed } from "../integrations/ical.js";
import { type PairwiseAction, pairwiseStep, progressFor } from "../integrations/judging.js";
import { judgeRota } from "../integrations/schedule.js";
import type { Store } from "../store/index.js";
import { ErrorPage } from "../views/error.js";
import { ActionButton, Csrf, Layout, Notice } from "../views/layout.js";

function judgeName(event: HackDayEvent, id: string): string {
  return event.people.find((p) => p.id === id)?.name ?? id;
}

function projectLabel(p: Project | undefined): string {
  if (!p) return "";
  return p.table !== undefined ? `${p.title} (table ${p.table})` : p.title;
}

/** Projects this judge may score with the rubric: not conflicted. */
function rubricProjects(event: HackDayEvent, judge: string): Project[] {
  const conflicted = conflictedProjects(event, judge);
  return event.projects.filter((p) => !conflicted.has(p.id));
}

function PairwisePanel({
  store,
  judge,
  token,
  csrf,
}: {
  store: Store;
  judge: string;
  token: string;
  csrf: string;
}) {
  const event = store.event();
  const state = store.judges.state(judge);
  const byId = (id: string | null) => (id === null ? undefined : event.projects.find((p) => p.id === id));
  const current = byId(state.current);
  const previous = byId(state.previous);
  const progress = progressFor(store, judge);
  const base = `/j/${token}/pairwise`;
  const v = { v: String(state.version) };
  // A judge can always say they could not judge this one: the team is busy, or not there at all.
  const cannotJudge = (
    <>
      <ActionButton action={`${base}/skip`} csrf={csrf} label="Skip (busy)" fields={v} />
      <ActionButton action={`${base}/absent`} csrf={csrf} label="Team not there" fields={v} />
    </>
  );
  const hasVotes = store.ballots.votes(judge).some((x) => x.voided === null);
  return (
    <section aria-labelledby="pairwise">
      <h2 id="pairwise">Which was better?</h2>
      <p>
        <label for="progress">{`Seen ${progress.seen} of ~${progress.expected}`}</label>
        <br />
        <progress id="progress" max={progress.expected} value={Math.min(progress.seen, progress.expected)} />
      </p>
      {state.current === null && state.previous === null && (
        <>
          <p>
            You will be sent to one project at a time. After each one, say whether it was better than the
            last.
          </p>
          <ActionButton
            action={`${base}/start`}
            csrf={csrf}
            label="Start judging"
            fields={v}
            kind="primary"
          />
        </>
      )}
      {current && !previous && (
        <>
          <p>
            First, go and see <strong>{projectLabel(current)}</strong>.
          </p>
          {current.summary && <p class="muted">{current.summary}</p>}
          <div class="actions">
            <ActionButton
              action={`${base}/seen`}
              csrf={csrf}
              label="I've seen it"
              fields={v}
              kind="primary"
            />
            {cannotJudge}
          </div>
        </>
      )}
      {current && previous && (
        <>
          <p>
            Now go and see <strong>{projectLabel(current)}</strong>. Then choose which of the two was better.
          </p>
          {current.summary && <p class="muted">{current.summary}</p>}
          <form method="post" action={`${base}/vote`}>
            <Csrf token={csrf} />
            <input type="hidden" name="v" value={String(state.version)} />
            <div class="choice">
              <button type="submit" name="better" value="current" class="primary">
                {`${current.title} (now) was better`}
              </button>
              <button type="submit" name="better" value="previous" class="primary">
                {`${previous.title} (before) was better`}
              </button>
            </div>
          </form>
          <div class="actions">{cannotJudge}</div>
        </>
      )}
      {state.current === null && state.previous !== null && (
        <Notice kind="ok">You have seen every project that is open to you. Thank you!</Notice>
      )}
      {hasVotes && (
        <div class="actions">
          <ActionButton
            action={`${base}/undo`}
            csrf={csrf}
            label="Undo my last vote"
            fields={v}
            kind="danger"
          />
        </div>
      )}
    </section>
  );
}

function Rota({ store, judge, token }: { store: Store; judge: string; token: string }) {
  const rota = judgeRota(store, judge);
  if (rota.kind === "unavailable") {
    return <p>{`No expo rota: ${rota.reason}`}</p>;
  }
  if (rota.slots.length === 0) return <p>You have no expo rota visits.</p>;
  return (
    <>
      <p>
        <a href={`/j/${token}/rota.ics`}>Add your rota to your calendar (.ics)</a>
      </p>
      <DataTable
        caption="Your expo visits in order"
        columns={[{ label: "When" }, { label: "Project" }]}
        rows={rota.slots.map((s) => [s.when, s.project])}
      />
    </>
  );
}

export function judgeRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;

  // Every judge page needs a live (unrevoked) link.
  app.use("/:token/*", async (c, next) => {
    const judge = store.tokens.subject("judge", c.req.param("token"));
    if (judge === undefined) {
      return c.html(
        <ErrorPage eventName={store.event().name} title="This link does not work">
          <p>This judging link is not valid any more. Ask an organiser for a new one.</p>
        </ErrorPage>,
        403,
      );
    }
    await next();
  });
  const judgeOf = (token: string) => store.tokens.subject("judge", token)!;

  const home = (token: string, csrf: string, flash?: string) => {
    const event = store.event();
    const judge = judgeOf(token);
    const criteria = event.judging?.criteria ?? [];
    const open = rubricProjects(event, judge);
    const openIds = new Set(open.map((p) => p.id));
    const scored = new Set(
      store.ballots
        .scores()
        .filter((s) => s.judge === judge && openIds.has(s.project))
        .map((s) => s.project),
    );
    return (
      <Layout title="Judging" eventName={event.name} area="judge">
        <h1>{`Hello, ${judgeName(event, judge)}`}</h1>
        <p class="muted">This page is private to you. Please do not share the link.</p>
        {flash && <Notice kind="ok">{flash}</Notice>}
        <PairwisePanel store={store} judge={judge} token={token} csrf={csrf} />
        {criteria.length > 0 && (
          <section aria-labelledby="rubric">
            <h2 id="rubric">Score with the rubric</h2>
            <p>
              {`${scored.size} of ${open.length} projects scored. Projects you have a conflict of interest with are not listed.`}
            </p>
            <ul>
              {open.map((p) => (
                <li>
                  <a href={`/j/${token}/score/${p.id}`}>{projectLabel(p)}</a>{" "}
                  {scored.has(p.id) ? "✓ scored" : ""}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="rota">
          <h2 id="rota">Your rota</h2>
          <Rota store={store} judge={judge} token={token} />
        </section>
      </Layout>
    );
  };

  app.get("/:token", (c) => {
    const judge = store.tokens.subject("judge", c.req.param("token"));
    if (judge === undefined) {
      return c.html(
        <ErrorPage eventName={store.event().name} title="This link does not work">
          <p>This judging link is not valid any more. Ask an organiser for a new one.</p>
        </ErrorPage>,
        403,
      );
    }
    return c.html(home(c.req.param("token"), c.var.csrf));
  });

  app.get("/:token/rota.ics", (c) => {
    const body = judgeFeed(store, judgeOf(c.req.param("token")));
    return c.body(body, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="my-rota.ics"',
      "cache-control": "no-store",
    });
  });

  app.get("/:token/score/:project", (c) => {
    const token = c.req.param("token");
    const judge = judgeOf(token);
    const event = store.event();
    const project = rubricProjects(event, judge).find((p) => p.id === c.req.param("project"));
    if (!project) return c.notFound();
    const mine = new Map(
      store.ballots
        .scores()
        .filter((s) => s.judge === judge && s.project === project.id)
        .map((s) => [s.criterion, s.score]),
    );
    const criteria = event.judging?.criteria ?? [];
    return c.html(
      <Layout title={`Score ${project.title}`} eventName={event.name} area="judge">
        <p>
          <a href={`/j/${token}`}>← Back to your judging page</a>
        </p>
        <h1>{`Score ${project.title}`}</h1>
        {project.summary && <p>{project.summary}</p>}
        <form method="post" action={`/j/${token}/score/${project.id}`} class="stack">
          <Csrf token={c.var.csrf} />
          {criteria.map((criterion) => {
            const steps: number[] = [];
            for (let s = criterion.scale.min; s <= criterion.scale.max + 1e-9; s += criterion.scale.step) {
              steps.push(Math.round(s * 1000) / 1000);
            }
            return (
              <fieldset class="scale">
                <legend>{`${criterion.name} (weight ${criterion.weight})`}</legend>
                {criterion.description && <p class="muted">{criterion.description}</p>}
                {steps.map((s) => (
                  <label>
                    <input
                      type="radio"
                      name={`c-${criterion.id}`}
                      value={String(s)}
                      required
                      checked={mine.get(criterion.id) === s}
                    />{" "}
                    {String(s)}
                  </label>
                ))}
              </fieldset>
            );
          })}
          <div class="actions">
            <button type="submit" class="primary">
              Save scores
            </button>
          </div>
        </form>
      </Layout>,
    );
  });

  app.post("/:token/score/:project", (c) => {
    const token = c.req.param("token");
    const judge = judgeOf(token);
    const event = store.event();
    const project = rubricProjects(event, judge).find((p) => p.id === c.req.param("project"));
    if (!project) return c.notFound();
    const criteria = event.judging?.criteria ?? [];
    const scores: { criterion: string; score: number }[] = [];
    for (const criterion of criteria) {
      const raw = c.var.form[`c-${criterion.id}`];
      const score = Number(raw);
      const { min, max, step } = criterion.scale;
      const onStep = Math.abs((score - min) / step - Math.round((score - min) / step)) < 1e-9;
      if (
        raw === undefined ||
        raw === "" ||
        !Number.isFinite(score) ||
        score < min ||
        score > max ||
        !onStep
      ) {
        return c.html(
          <ErrorPage eventName={event.name} title="Score missing">
            <p>{`Please give "${criterion.name}" a score from ${min} to ${max}.`}</p>
          </ErrorPage>,
          400,
        );
      }
      scores.push({ criterion: criterion.id, score });
    }
    store.ballots.saveScores(judge, project.id, undefined, scores);
    return c.html(home(token, c.var.csrf, `Saved your scores for ${project.title}.`));
  });

  app.post("/:token/pairwise/:action{start|seen|vote|skip|absent|undo}", (c) => {
    const token = c.req.param("token");
    const judge = judgeOf(token);
    const action = c.req.param("action") as PairwiseAction;
    const version = Number(c.var.form.v);
    const better = c.var.form.better === "previous" ? "previous" : "current";
    const outcome = pairwiseStep(store, judge, action, version, better);
    return c.html(home(token, c.var.csrf, outcome));
  });

  return app;
}
