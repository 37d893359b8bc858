/** "09:30" from a wall time "2026-05-16T09:30". */
export function clock(wall: string): string {
  return wall.slice(11, 16);
}

export function ago(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}
