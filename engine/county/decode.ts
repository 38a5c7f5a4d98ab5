/** Bytes → text for CSV files saved by Excel, WPS or editors: UTF-8 (± BOM), UTF-16 with BOM, else GB18030 (line by line when mostly UTF-8). */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** A mostly UTF-8 file with some lines that are not: those lines (1-based), each decoded on its own as GB18030. */
  otherLines?: number[];
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a GBK file (Chinese Windows' ANSI code page, a subset of GB18030), or a UTF-8 file with a few
    // GBK rows pasted in or a truncated character. The latter must not be decoded whole as GB18030 (every Chinese
    // name garbled): its lines are decoded one by one.
    return mixedLines(bytes) ?? { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * Line by line (0x0A never occurs inside a UTF-8 or GBK character): when the lines with non-ASCII bytes that are
 * valid UTF-8 are at least as many as those that are not, the file is UTF-8 and each other line is decoded on its
 * own (as GB18030, or as UTF-8 with U+FFFD for a character cut short) and named; otherwise undefined (a GBK file).
 */
function mixedLines(bytes: Uint8Array): DecodedText | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const gbk = new TextDecoder('gb18030');
  const loose = new TextDecoder('utf-8');
  const parts: string[] = [];
  const other: number[] = [];
  let utf8 = 0;
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    if (chunk.some((b) => b >= 0x80)) {
      try {
        parts.push(strict.decode(chunk));
        utf8++;
      } catch {
        // A character cut short (one or two U+FFFD in UTF-8) stays UTF-8. GBK bytes read as UTF-8 give more U+FFFD, or
        // two-byte characters (U+0100–U+07FF: Cyrillic, Greek, Arabic…) that Chinese county tables do not hold.
        const lenient = loose.decode(chunk);
        const cutShort = (lenient.match(/\uFFFD/g)?.length ?? 0) <= 2 && !/[\u0100-\u07ff]/.test(lenient);
        parts.push(cutShort ? lenient : gbk.decode(chunk));
        other.push(line);
      }
    } else parts.push(strict.decode(chunk)); // ASCII
    start = end + 1;
  }
  if (utf8 === 0 || other.length > utf8) return undefined;
  return { text: parts.join('\n'), encoding: 'utf-8', otherLines: other };
}

/** UTF-16 saved without a BOM: in Latin and CJK-with-ASCII text every other byte of the ASCII characters is 0. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}
