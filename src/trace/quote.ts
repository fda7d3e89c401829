// strace's string quoting (its util.c string_quote(), default style): the rules every
// quoted string and buffer in a trace line follows.
//
//   - `"` and `\` are backslash-escaped; \f \n \r \t \v use their letter escapes;
//   - other bytes outside 0x20..0x7e print as octal with as few digits as possible
//     (\0, \37, \377), but always three digits when the next byte is a decimal digit,
//     so the escape cannot swallow it ("\0033" is ESC followed by '3');
//   - UTF-8 is not decoded: each byte of a multi-byte character prints as octal;
//   - with `hex` (strace's QUOTE_FORCE_HEX, used for getrandom's buffer) every byte
//     prints as \xHH;
//   - a string longer than the limit (strace's -s, default 32) is cut there and the
//     closing quote is followed by `...`.

/** strace's default -s: at most this many bytes of a string or buffer are shown. */
export const MAX_STRLEN = 32;

/** strace prints paths in full up to PATH_MAX - 1 bytes. */
export const PATH_STRLEN = 4095;

/** Quotes bytes (no truncation): the text between and including the double quotes. */
export function quoteBytes(b: Uint8Array, hex = false): string {
  let s = '"';
  const n = b.length;
  if (hex) {
    for (let i = 0; i < n; i++) s += '\\x' + b[i].toString(16).padStart(2, '0');
    return s + '"';
  }
  for (let i = 0; i < n; i++) {
    const c = b[i];
    switch (c) {
      case 0x22:
        s += '\\"';
        break;
      case 0x5c:
        s += '\\\\';
        break;
      case 0x0c:
        s += '\\f';
        break;
      case 0x0a:
        s += '\\n';
        break;
      case 0x0d:
        s += '\\r';
        break;
      case 0x09:
        s += '\\t';
        break;
      case 0x0b:
        s += '\\v';
        break;
      default:
        if (c >= 0x20 && c <= 0x7e) s += String.fromCharCode(c);
        else {
          s += '\\';
          const next = i + 1 < n ? b[i + 1] : -1;
          if (next >= 0x30 && next <= 0x39) {
            s += String(c >> 6) + String((c >> 3) & 7);
          } else if (c >> 3) {
            if (c >> 6) s += String(c >> 6);
            s += String((c >> 3) & 7);
          }
          s += String(c & 7);
        }
    }
  }
  return s + '"';
}

/**
 * A buffer of known length (write's data, read's result): at most `max` bytes are
 * shown, followed by `...` when the buffer is longer (strace's printstrn).
 * `data` holds the first min(len, max) bytes.
 */
export function quoteBuffer(data: Uint8Array, len: number, max = MAX_STRLEN, hex = false): string {
  const shown = data.length > max ? data.subarray(0, max) : data;
  return quoteBytes(shown, hex) + (len > max ? '...' : '');
}

/**
 * A NUL-terminated string: `bytes` are the bytes before the NUL (or, when `terminated`
 * is false, the bytes read without finding one). Longer than `max`: cut, then `...`.
 */
export function quoteCString(bytes: Uint8Array, terminated: boolean, max = MAX_STRLEN): string {
  if (bytes.length > max) return quoteBytes(bytes.subarray(0, max)) + '...';
  return quoteBytes(bytes) + (terminated ? '' : '...');
}

/** Convenience for tests and callers holding a JS string of byte values (latin1) or UTF-8 text. */
export function quoteText(text: string, max = MAX_STRLEN): string {
  const b = new TextEncoder().encode(text);
  return quoteBuffer(b.subarray(0, max), b.length, max);
}
