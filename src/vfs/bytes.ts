/**
 * Byte strings: the vfs's representation of names, paths and symlink targets.
 * One JS char per byte (U+0000..U+00FF), so any byte sequence a guest passes —
 * including invalid UTF-8 — survives unchanged, and `.length` is the length in bytes
 * (what PATH_MAX / NAME_MAX count).
 */

/** Guest bytes → byte string (latin1 decoding). */
export function bytesToStr(b: Uint8Array): string {
  let s = '';
  const CHUNK = 0x2000;
  for (let i = 0; i < b.length; i += CHUNK) {
    s += String.fromCharCode(...b.subarray(i, i + CHUNK));
  }
  return s;
}

/**
 * Byte string → bytes. Chars above U+00FF (only present if a caller passed an ordinary
 * Unicode string) are encoded as UTF-8, so the result is still sensible bytes.
 */
export function strToBytes(s: string): Uint8Array {
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) {
      wide = true;
      break;
    }
  }
  if (!wide) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const parts: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c <= 0xff) parts.push(c);
    else for (const b of new TextEncoder().encode(ch)) parts.push(b);
  }
  return Uint8Array.from(parts);
}

/** Ordinary (Unicode) JS string → byte string of its UTF-8 encoding ("é" → "\xc3\xa9"). */
export function utf8ToByteStr(s: string): string {
  return bytesToStr(new TextEncoder().encode(s));
}

/** Byte string → Unicode string, decoding UTF-8 (invalid sequences become U+FFFD). For display. */
export function byteStrToUtf8(s: string): string {
  return new TextDecoder().decode(strToBytes(s));
}
