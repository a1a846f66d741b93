/**
 * A user's value quoted in a message is cut to a short excerpt: a 10 MB line or a 200 000-character
 * cell must not come back whole inside an error text (unreadable, and a message box or terminal full).
 */
export const MAX_QUOTED_LENGTH = 80;

export function excerpt(text: string, max = MAX_QUOTED_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
