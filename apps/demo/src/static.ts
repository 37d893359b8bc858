import { SITE_CSS } from "@hackdaykit/site";

/** The public pages' stylesheet from the site package, plus the demo's forms (judging, team, admin). */
export const DEMO_CSS = `${SITE_CSS}
form.stack label { display: block; margin-top: .75rem; font-weight: 600; }
form.stack input[type=text], form.stack input[type=url], form.stack input[type=password],
form.stack input[type=datetime-local], form.stack input[type=number], form.stack input[type=date],
form.stack textarea, form.stack select { width: 100%; max-width: 32rem; padding: .5rem; font-size: 1rem;
  border: 2px solid var(--muted); border-radius: 4px; }
form.inline { display: inline; }
label.plain { display: inline; font-weight: normal; }
button, .button { font-size: 1rem; padding: .6rem 1rem; border-radius: 4px; border: 2px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; min-height: 44px; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--warn); border-color: var(--warn); }
.choice { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.choice button { width: 100%; min-height: 5rem; font-size: 1.1rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: 1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; }
fieldset.scale label { display: inline-block; margin-right: .75rem; font-weight: normal; }
progress { width: 100%; height: 1rem; }
@media (max-width: 30rem) { .choice { grid-template-columns: 1fr; } }
`;

/** Progressive enhancement only: refresh the agenda's "now / next" box every minute. */
export const APP_JS = `
(function () {
  var box = document.getElementById("now-next");
  if (!box || !window.fetch) return;
  function refresh() {
    fetch("/agenda/now-next", { headers: { accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) box.outerHTML = html; box = document.getElementById("now-next"); })
      .catch(function () {});
  }
  setInterval(refresh, 60000);
})();
`;
