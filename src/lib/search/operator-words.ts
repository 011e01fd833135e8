/**
 * Lower-case "or" and "not" are words, as in Find Case Law, whose operators are upper case:
 * "fostering or adoption" looks for all three words. So that nobody takes that for either
 * word, the status says so and how to ask for the operator.
 */

/** " “or” was searched as a word; for either word, type OR." or "" when nothing needs saying. */
export function lowercaseOperatorNote(query: string): string {
  // Quoted phrases hold words, never operators: left out of the check.
  const words = query
    .replace(/"[^"]*("|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const notes: string[] = [];
  if (words.slice(1, -1).includes('or')) notes.push('“or” was searched as a word; for either word, type OR');
  if (words.slice(0, -1).includes('not'))
    notes.push('“not” was searched as a word; to leave a word out, type NOT or put - before it');
  return notes.map((note) => ` ${note}.`).join('');
}
