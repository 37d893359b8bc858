/** Bad input to a feed or export (unknown track, unreadable previous .ics, unresolvable time): one clear line. */
export class FeedError extends Error {
  override name = "FeedError";
}
