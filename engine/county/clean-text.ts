/**
 * Text hygiene for names and ids. Control characters (C0, DEL, C1) could drive a terminal (escape sequences) or cut
 * a string (NUL); bidirectional overrides and isolates reorder what a reader sees; zero-width and other invisible
 * characters make two different ids look the same. Names lose them; ids that hold them are refused; ids are compared
 * after NFKC (full-width Ｓ００１ is S001).
 */

/** At most this many characters in a dataset, scenario or school name. */
export const MAX_NAME_CHARS = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0]/gu;
const HIDDEN = new RegExp(`${CONTROL.source}|${BIDI.source}|${INVISIBLE.source}`, 'gu');

/** The text without control, bidi-override or invisible characters, spaces trimmed. */
export function stripHidden(text: string): string {
  return text.replace(HIDDEN, '').trim();
}

/** Either the cleaned name or why it is refused (empty once cleaned, or longer than max characters), with the problem's values. */
export function cleanName(text: string, what: string, max = MAX_NAME_CHARS): { name: string } | { problem: string; params: { reason: 'empty' } | { reason: 'too-long'; length: number; limit: number } } {
  const name = stripHidden(text);
  if (name === '') return { problem: `the ${what} is empty`, params: { reason: 'empty' } };
  const length = [...name].length;
  if (length > max) return { problem: `the ${what} has ${length} characters; at most ${max} are allowed`, params: { reason: 'too-long', length, limit: max } };
  return { name };
}

/** Why an id is refused (it holds control, bidi or invisible characters), or undefined. */
export function idProblem(id: string): { message: string; characters: string } | undefined {
  const hidden = id.match(HIDDEN);
  if (!hidden) return undefined;
  const characters = [...new Set(hidden)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return { message: `the id holds invisible or control characters (${characters}); type it again without them`, characters };
}

/** The key two ids are compared by: NFKC, so full-width and half-width forms are the same id. */
export function idKey(id: string): string {
  return id.normalize('NFKC').trim();
}

/** Text safe to print on a terminal: control, bidi and zero-width characters shown as \u{…} escapes, line breaks and tabs kept. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
