// Small checks on input files and bytes, shared by the batch listing and single-file mode.
import type { Stats } from 'node:fs';

/** Names what a non-regular file is, for the message that refuses it. */
export function describeFileType(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A short reason for a failed stat, open or read of an input path. */
export function statError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return 'no such file';
  if (error.code === 'EACCES') return 'permission denied';
  if (error.code === 'ELOOP') return 'too many levels of symbolic links';
  return error.message;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points past U+10FFFF included), or -1 if there is none.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || index + size > bytes.length) return index;
    let codePoint = lead & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
    for (let next = 1; next < size; next++) {
      const byte = bytes[index + next]!;
      if ((byte & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    const smallest = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
    if (codePoint < smallest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += size;
  }
  return -1;
}
