/**
 * The local calendar date, `YYYY-MM-DD`: the date the user sees on their clock. The editor passes it to the lifecycle
 * edits, and the workspace reads it when no date is passed in. Imports nothing, so the client can bundle it alone.
 */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
