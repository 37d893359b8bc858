# Parses an .ics on stdin with Debian's python3-icalendar and prints each VEVENT's real start/end in UTC.
import json
import sys
from datetime import date, datetime, timezone

from icalendar import Calendar

cal = Calendar.from_ical(sys.stdin.read())
out = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND")
    def iso(value):
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise SystemExit(f"floating time in {ev.get('UID')}: no TZID/VTIMEZONE")
            return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return value.isoformat()
    out.append({
        "uid": str(ev.get("UID")),
        "start": iso(start),
        "end": iso(end),
        "summary": str(ev.get("SUMMARY")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "status": str(ev.get("STATUS")) if ev.get("STATUS") else None,
        "dtstamp": ev.decoded("DTSTAMP").astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
    })
print(json.dumps({"events": out, "timezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")]}))
