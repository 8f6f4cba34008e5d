/**
 * JSON text in ASCII alone: every character past ASCII written as its `\u` escape, which JSON reads
 * back as the same code unit (a surrogate half too). Text kept to be read again (store entries,
 * kept claims) is written so: V8 holds ASCII text in one byte a character and decodes and parses
 * it on its fast paths, where one curly quote in an article would otherwise make the whole entry
 * two bytes a character (about a third less time to decode and parse an index entry).
 */
export function asciiJson(json: string): string {
  const ascii = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // The text replaced in a two-byte string stays two-byte: copied through Latin-1, it is held in
  // one byte a character (half the memory of the claims a run keeps of thousands of articles).
  return ascii === json ? json : Buffer.from(ascii, 'latin1').toString('latin1');
}
