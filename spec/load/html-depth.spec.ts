/** The nesting depth of an HTML source, counted in one pass before parsing (lib/load/html.ts). */
import { expect } from 'chai';
import { sourceDepth } from '../../lib/load/html.ts';

describe('load/html: nesting depth from the source', () => {
  const rows: Array<[html: string, depth: number]> = [
    ['<div><div><p>x</div></div>', 2],
    // Comments and the text of scripts open nothing; a script's end tag closes nothing.
    ['<div><!-- <div><div> --><span>a</span></div>', 2],
    ['<div><script>if (a<b && c<div) {}</script><b>x</b></div>', 2],
    ['<DIV><SCRIPT>x<div></SCRIPT></DIV>', 1],
    // Void elements and those whose end tag is optional add no depth.
    ['<p>a<p>b<p>c<li>d<li>e<br><img src=x><hr/>', 0],
    ['<svg><path d="x"/><path/></svg>', 1],
    ['<html><head><title>a<b></title></head><body><main><article><p>x</article></main></body></html>', 2],
  ];
  for (const [html, depth] of rows) {
    it(`${html.slice(0, 50)} → ${depth}`, () => expect(sourceDepth(html, 1000)).to.equal(depth));
  }

  it('stops one past the limit: 5,000 open <div>s → 1,001', () => {
    expect(sourceDepth('<div>'.repeat(5000), 1000)).to.equal(1001);
  });
});
