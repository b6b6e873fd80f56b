import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { LinearParser, type AttributeFilter } from './linear-parser.js';

/** Every event a parser gives for `html`, as text. */
function events(ParserClass: typeof Parser, html: string, filter?: AttributeFilter): string[] {
  const log: string[] = [];
  const parser = new ParserClass(
    {
      onopentag: (name, attributes) => log.push(`<${name} ${JSON.stringify(attributes)}>`),
      ontext: (text) => log.push(text),
      onclosetag: (name, implied) => log.push(`</${name}${implied ? ' implied' : ''}>`),
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: false },
    // @ts-expect-error htmlparser2's Parser takes no third argument (LinearParser's filter).
    filter,
  );
  parser.write(html);
  parser.end();
  return log;
}

describe('LinearParser', () => {
  it('gives the same events as htmlparser2 on implied closes, stray closers, void and foreign elements', () => {
    const samples = [
      '<html><head><title>T</title></head><body><p>One<p>Two<div>Three</div></body></html>',
      '<ul><li>a<li>b</ul><table><tr><td>x<td>y</table>',
      '<div><span><b>x</div></b></span>y</p>z',
      '<br></br><img src=x><svg><path/><desc><b>d</b></desc></svg><math><mi/></math>',
      '<DIV CLASS="A">unclosed <SPAN>runs',
      '<p><b><i><a href=#>deep'.repeat(20),
    ];
    for (const html of samples) expect(events(LinearParser, html)).toEqual(events(Parser, html));
  });

  it('gives the same events as htmlparser2 on any mix of tags, text and quotes', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<P class="a">', '<div>', '</DIV>', '</div >', '<br>', '</br>', '<svg>', '</svg>', '<math>', '<mi>', '</math>',
      '<desc>', '</desc>', '<title>', '</title>', '<li>', '</li>', '<ul>', '<td>', '<table>', '</table>', '<img src=x/>',
      '<custom-el>', '</Custom-El>', '<a href="x>y">', '</a>', 'text', ' ', '"', "'", '<', '>', '&amp;', '<!-- c -->', '</ p>',
      '<script>x</script>', '<textarea>a<b></textarea>',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const html = pieces.join('');
      expect(events(LinearParser, html)).toEqual(events(Parser, html));
    }), { numRuns: 2000 });
  });

  it('keeps only the filtered attributes, and all of them on the listed elements', () => {
    const filter: AttributeFilter = { names: new Set(['class', 'href']), allOn: new Set(['meta']) };
    const html = '<a href="/x" data-id="7" CLASS="Big" class="b" class="c" src=\'s\' hidden>t</a><meta NAME="author" content="J &amp; D"><img srcset="a 1x">';
    expect(events(LinearParser, html, filter)).toEqual([
      '<a {"href":"/x","class":"b"}>',
      't',
      '</a>',
      '<meta {"NAME":"author","content":"J &amp; D"}>',
      '</meta implied>',
      '<img {}>',
      '</img implied>',
    ]);
  });

  it('parses 100,000 unclosed elements in linear time', () => {
    const started = performance.now();
    expect(events(LinearParser, '<div>'.repeat(100_000)).length).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
