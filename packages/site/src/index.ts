export {
  type BuildSiteOptions,
  type BuiltSite,
  buildSite,
  feedScopes,
  type SiteEvent,
} from "./build/site.js";
export { SITE_CSS } from "./css.js";
export { dateRange, dayLabel } from "./format.js";
export { relative, type SiteLinks, serverLinks, staticLinks } from "./links.js";
export {
  accountsPage,
  agendaPage,
  homePage,
  html,
  type PageOptions,
  projectJsonLd,
  projectPage,
  projectsPage,
  resultsPage,
} from "./pages.js";
export {
  awardsByProject,
  type PlacedProject,
  type PrizeOutcome,
  type ResultsData,
  resultsOf,
} from "./results.js";
export { AccountsView, type AccountsViewProps, svgSize } from "./views/accounts.js";
export { AgendaView, type AgendaViewProps, feedPaths, NowNext, nowNext, timeSpan } from "./views/agenda.js";
export { HomeView } from "./views/home.js";
export { JsonLd, Layout, type LayoutProps, Notice } from "./views/layout.js";
export { type Awards, ProjectsView, ProjectView } from "./views/projects.js";
export { ResultsView } from "./views/results.js";
export {
  type ArchiveFilter,
  type ArchiveProject,
  ArchiveView,
  type SeriesEventEntry,
  SeriesIndexView,
  SeriesNav,
} from "./views/series.js";
export { type Column, DataTable } from "./views/table.js";
