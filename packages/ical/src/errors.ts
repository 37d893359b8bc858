import { HackdayError } from "@hackdaykit/schema/lite";

/** Bad input to a feed or export (unknown track, unreadable previous .ics, unresolvable time). Code `invalid_feed_input`. */
export class FeedError extends HackdayError {
  override name = "FeedError";
  constructor(message: string) {
    super("invalid_feed_input", message);
  }
}
