/**
 * The end of a text trimmed of a set of characters. `text.replace(/[,\s]+$/, '')` looks like the
 * same thing but is quadratic: the regular expression is tried at every position of a long run
 * of those characters that is followed by anything else (a line of 40,000 spaces and one word
 * takes seconds). This walks back from the end once.
 */

/**
 * The text without the run of characters at its end that `trailing` (a regular expression of one
 * character class, such as `/[,\s]/`) matches one UTF-16 code unit at a time.
 */
export function trimTrailing(text: string, trailing: RegExp): string {
  let end = text.length;
  while (end > 0 && trailing.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
