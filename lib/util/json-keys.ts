/**
 * Duplicate keys in JSON text. `JSON.parse('{"a": 1, "a": 2}')` keeps the last "a" without a word,
 * so a file edited by hand (two "decisions" objects after a merge) would lose everything in the
 * first. This finds the first key written twice in one object, in one pass over the text.
 */

/** A key written twice in one object, and where: the keys leading to that object. */
export interface DuplicateKey {
  /** The key, decoded ("\u0061" and "a" are one key, as JSON.parse sees them). */
  key: string;
  /** Keys from the top down to the object holding it; array elements are "[]". Empty at the top. */
  path: string[];
}

/**
 * The first key that occurs twice in one object of `text`, or null. `text` must be valid JSON
 * (parse it first): the scan trusts its shape. Linear: each character is looked at once, each key
 * decoded once.
 */
export function firstDuplicateKey(text: string): DuplicateKey | null {
  // One frame per open object or array: an object's keys so far, and the name it has in its parent.
  const stack: { keys: Set<string> | null; name: string }[] = [];
  let lastKey = '';
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // A string ends at the first quote not escaped: '"a\"b"' ends after 'b'.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const top = stack[stack.length - 1];
        if (top.keys!.has(key)) return { key, path: stack.slice(1).map((f) => f.name) };
        top.keys!.add(key);
        lastKey = key;
        expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      stack.push({ keys: c === '{' ? new Set() : null, name: parent && parent.keys === null ? '[]' : lastKey });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack.length > 0 && stack[stack.length - 1].keys !== null;
    }
    i++;
  }
  return null;
}
