/**
 * Whether input looks like HTML rather than plain text: it starts with markup or carries
 * a document or body-level tag early on.
 *
 * @example
 * detectFormat('<!doctype html><p>Hi</p>') //=> 'html'
 * detectFormat('LIMA, Peru (AP) — ...')     //=> 'text'
 */
export function detectFormat(input: string): 'html' | 'text' {
  const head = input.slice(0, 4096).trimStart();
  if (/^<(?:!doctype|html|head|body|meta|article|div|p|section|main)\b/i.test(head)) return 'html';
  // `[^<>]` rather than `[^>]`: a match attempt stops at the next `<`, so attempts never
  // overlap and the scan stays linear even on `<p<p<p…`.
  return /<(?:html|body|article|p|div)\b[^<>]{0,200}>/i.test(head) && /<\/(?:p|div|body|html|article)>/i.test(input) ? 'html' : 'text';
}
