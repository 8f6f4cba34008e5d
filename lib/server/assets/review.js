// The review page's script. It builds every element with DOM APIs and sets text with
// textContent only: article text is data from the server and must never be parsed as markup.
'use strict';

(() => {
  const DECISION_LABELS = {
    'confirmed-conflict': 'Confirmed conflict',
    'different-events': 'Different events',
    'not-a-conflict': 'Not a conflict',
    'needs-follow-up': 'Needs follow-up',
  };
  // One key per decision, by number and by initial, in the order of data.decisions.
  const KEYS = { 1: 0, 2: 1, 3: 2, 4: 3, c: 0, d: 1, n: 2, f: 3 };
  const token = new URLSearchParams(location.search).get('token') || '';
  const $ = (id) => document.getElementById(id);

  let data = null;
  let current = -1;
  const byId = new Map();
  const nodes = new Map();
  const articles = new Map();

  /** Makes an element; string children become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function status(text) {
    $('status').textContent = text;
  }

  async function load() {
    if (!token) {
      $('summary').textContent = 'This address has no token. Open the address that `crosscheck review` printed.';
      return;
    }
    let res;
    try {
      res = await fetch('/api/findings', { headers: { 'X-Crosscheck-Token': token }, cache: 'no-store' });
    } catch (err) {
      $('summary').textContent = `Cannot reach the review server: ${err.message}. Is \`crosscheck review\` still running?`;
      return;
    }
    if (!res.ok) {
      const answer = await res.json().catch(() => ({}));
      $('summary').textContent =
        res.status === 403
          ? 'The server refused the findings: open the address that `crosscheck review` printed (it carries this run\'s token).'
          : `The server could not give the findings (${res.status}): ${answer.error || 'no reason given'}`;
      return;
    }
    data = await res.json();
    for (const f of data.findings) byId.set(f.id, f);
    for (const a of data.articles) articles.set(a.id, a);
    setUpFilters();
    render();
  }

  function setUpFilters() {
    const verdict = $('filter-verdict');
    for (const v of data.verdicts) verdict.append(el('option', { value: v }, v));
    const decision = $('filter-decision');
    for (const d of data.decisions) decision.append(el('option', { value: d }, DECISION_LABELS[d] || d));
    const article = $('filter-article');
    for (const a of data.articles) article.append(el('option', { value: a.id }, articleName(a)));
    for (const select of [verdict, decision, article]) select.addEventListener('change', applyFilters);
    const reviewer = $('reviewer');
    reviewer.value = localStorage.getItem('crosscheck.reviewer') || '';
    reviewer.addEventListener('change', () => localStorage.setItem('crosscheck.reviewer', reviewer.value.trim()));
    if (data.readOnly) document.body.classList.add('read-only');
  }

  function articleName(a) {
    return [a.id, a.outlet, a.published].filter(Boolean).join(' · ');
  }

  function render() {
    const main = $('findings');
    main.replaceChildren();
    nodes.clear();
    summarize();
    for (const group of data.groups) {
      const section = el('section', { class: 'group', dataset: { group: group.id } }, el('h2', {}, group.label));
      for (const id of group.findings) {
        const node = renderFinding(byId.get(id));
        nodes.set(id, node);
        section.append(node);
      }
      main.append(section);
    }
    applyFilters();
  }

  /** The one-line count of findings by verdict and of decisions; again after each decision. */
  function summarize() {
    const counts = {};
    for (const f of data.findings) counts[f.verdict] = (counts[f.verdict] || 0) + 1;
    const decided = data.findings.filter((f) => f.review).length;
    const parts = data.verdicts.filter((v) => counts[v]).map((v) => `${counts[v]} ${v}`);
    $('summary').textContent =
      data.findings.length === 0
        ? `No findings across ${data.articles.length} articles.`
        : `${data.findings.length} findings across ${data.articles.length} articles: ${parts.join(', ')}; ${decided} decided.` +
          (data.readOnly ? ' Read-only: decisions are shown, not recorded.' : '');
  }

  function renderFinding(f) {
    const note = el('textarea', { class: 'note', rows: 2, maxlength: 4000, placeholder: 'note (optional)', 'aria-label': 'note' });
    if (f.review && f.review.note) note.value = f.review.note;
    const saved = el('span', { class: 'saved', role: 'status' });
    const buttons = data.decisions.map((d, i) =>
      el(
        'button',
        { type: 'button', class: `decide ${d}`, dataset: { decision: d }, disabled: data.readOnly, title: `key ${i + 1}`, onclick: () => decide(f.id, d) },
        el('kbd', {}, String(i + 1)),
        ` ${DECISION_LABELS[d] || d}`,
      ),
    );
    const node = el(
      'article',
      { class: `finding verdict-${f.verdict}`, tabindex: -1, dataset: { id: f.id, verdict: f.verdict, articles: f.claims.map((c) => c.article).join(' ') } },
      el(
        'header',
        {},
        el('span', { class: `verdict ${f.verdict}` }, f.verdict),
        el('h3', {}, f.slot),
        el('span', { class: 'rule' }, f.rule),
        el('span', { class: 'confidence' }, `confidence ${Math.round(f.confidence * 100)}%`),
        el('span', { class: 'review-badge' }),
      ),
      el('p', { class: 'message' }, f.message),
      f.timeline && f.timeline.length ? renderTimeline(f.timeline) : null,
      f.groups && f.groups.length ? renderGroups(f.groups) : null,
      el('div', { class: 'claims' }, f.claims.map((c) => renderClaim(c, articles.get(c.article)))),
      el('div', { class: 'decision' }, note, el('div', { class: 'buttons' }, buttons), saved),
    );
    node.addEventListener('click', () => select(visible().indexOf(node)));
    updateBadge(node, f);
    return node;
  }

  function renderClaim(c, article) {
    const head = el(
      'div',
      { class: 'source' },
      el('strong', {}, c.article),
      article && article.outlet ? el('span', {}, article.outlet) : null,
      article && article.published ? el('span', {}, `published ${article.published}`) : null,
      article && article.title ? el('em', { class: 'title' }, article.title) : null,
    );
    const value = el('div', { class: 'value' }, el('span', { class: 'label' }, 'value '), el('code', {}, c.value === null ? 'unresolved' : c.value));
    const chain = c.chain ? el('div', { class: 'chain' }, el('span', { class: 'label' }, 'date chain '), el('code', {}, c.chain)) : null;
    return el('div', { class: 'claim' }, head, value, renderAttribution(c), chain, renderParagraph(c), c.diff ? renderDiff(c.diff) : null);
  }

  /** Who the text says gave the value, and when it held; nothing when the claim has neither. */
  function renderAttribution(c) {
    if (!c.source && !c.asOf) return null;
    return el(
      'div',
      { class: 'attribution' },
      c.source ? el('span', { class: 'by' }, el('span', { class: 'label' }, 'source '), c.source) : null,
      c.asOf ? el('span', { class: 'as-of' }, el('span', { class: 'label' }, 'as of '), el('time', {}, c.asOf)) : null,
    );
  }

  /** An update's values in time order: "12 (2024-05-13) → 31 (2024-05-14)", each step naming its articles on hover. */
  function renderTimeline(steps) {
    return el(
      'div',
      { class: 'timeline' },
      el('span', { class: 'label' }, 'timeline '),
      el(
        'ol',
        {},
        steps.map((s) => el('li', { title: s.articles.join(', ') }, el('code', {}, s.value), s.asOf ? ` (${s.asOf})` : null)),
      ),
    );
  }

  /** The values side by side, most sources first: "2 sources: 5.9 (a, b) · 1 source: 6.1 (c)". */
  function renderGroups(groups) {
    return el(
      'div',
      { class: 'groups' },
      el('span', { class: 'label' }, 'values '),
      groups.map((g, i) =>
        el(
          'span',
          { class: 'group-value' },
          i > 0 ? ' · ' : null,
          `${g.articles.length} source${g.articles.length === 1 ? '' : 's'}: `,
          el('code', {}, g.value),
          ` (${g.articles.join(', ')})`,
        ),
      ),
    );
  }

  /** The paragraph with the claim's span in a <mark>, split by offsets: text nodes only. */
  function renderParagraph(c) {
    if (!c.paragraph) return el('blockquote', { class: 'paragraph' }, c.text);
    const p = c.paragraph;
    const from = Math.max(0, c.start - p.start);
    const to = Math.min(p.text.length, c.end - p.start);
    return el(
      'blockquote',
      { class: 'paragraph' },
      p.clippedBefore ? '… ' : null,
      p.text.slice(0, from),
      el('mark', {}, p.text.slice(from, to)),
      p.text.slice(to),
      p.clippedAfter ? ' …' : null,
    );
  }

  function renderDiff(parts) {
    return el(
      'div',
      { class: 'diff' },
      el('span', { class: 'label' }, 'wording vs first source '),
      parts.map((part) => (part.op === 'same' ? part.text : el(part.op === 'added' ? 'ins' : 'del', {}, part.text))),
    );
  }

  function updateBadge(node, f) {
    const badge = node.querySelector('.review-badge');
    node.classList.toggle('decided', Boolean(f.review));
    node.querySelectorAll('button.decide').forEach((b) => b.classList.toggle('chosen', Boolean(f.review && b.dataset.decision === f.review.decision)));
    if (!f.review) {
      badge.textContent = 'undecided';
      badge.className = 'review-badge undecided';
      return;
    }
    const who = f.review.reviewer ? ` by ${f.review.reviewer}` : '';
    badge.textContent = `${DECISION_LABELS[f.review.decision] || f.review.decision}${who}${f.review.changed ? ' · evidence changed since' : ''}`;
    badge.className = `review-badge ${f.review.decision}${f.review.changed ? ' changed' : ''}`;
    badge.title = f.review.note ? `${f.review.at}: ${f.review.note}` : f.review.at;
  }

  function applyFilters() {
    const verdict = $('filter-verdict').value;
    const decision = $('filter-decision').value;
    const article = $('filter-article').value;
    for (const [id, node] of nodes) {
      const f = byId.get(id);
      const show =
        (!verdict || f.verdict === verdict) &&
        (!decision ||
          (decision === 'undecided' ? !f.review : decision === 'changed' ? Boolean(f.review && f.review.changed) : Boolean(f.review && f.review.decision === decision))) &&
        (!article || f.claims.some((c) => c.article === article));
      node.hidden = !show;
    }
    for (const section of document.querySelectorAll('section.group')) section.hidden = !section.querySelector('.finding:not([hidden])');
    const list = visible();
    select(list.length === 0 ? -1 : Math.max(0, Math.min(list.indexOf(document.querySelector('.finding.current')), list.length - 1)));
  }

  function visible() {
    return [...document.querySelectorAll('.finding:not([hidden])')];
  }

  /** Makes the finding at `index` of the visible ones current; `scroll` brings it into view (keys only). */
  function select(index, scroll) {
    const list = visible();
    document.querySelectorAll('.finding.current').forEach((n) => n.classList.remove('current'));
    current = index;
    const node = list[index];
    if (!node) return;
    node.classList.add('current');
    // Clicking into a note also selects its finding: keep the focus in the note then.
    if (!node.contains(document.activeElement)) node.focus({ preventScroll: true });
    if (scroll) node.scrollIntoView({ block: 'start' });
  }

  async function decide(id, decision) {
    const f = byId.get(id);
    const node = nodes.get(id);
    const saved = node.querySelector('.saved');
    if (data.readOnly) {
      status('Read-only: decisions cannot be recorded here.');
      return;
    }
    const body = { finding: id, decision, note: node.querySelector('.note').value, reviewer: $('reviewer').value };
    saved.textContent = 'saving…';
    let res;
    try {
      res = await fetch('/api/decisions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': token },
        body: JSON.stringify(body),
      });
    } catch (err) {
      saved.textContent = `not saved: ${err.message}`;
      status(`Not saved: ${err.message}`);
      return;
    }
    const answer = await res.json().catch(() => ({}));
    if (!res.ok) {
      saved.textContent = `not saved: ${answer.error || res.status}`;
      status(`Not saved (${res.status}): ${answer.error || ''}`);
      return;
    }
    f.review = answer.review;
    updateBadge(node, f);
    summarize();
    saved.textContent = 'saved';
    status(`saved: ${DECISION_LABELS[decision]} for ${f.slot}`);
  }

  document.addEventListener('keydown', (event) => {
    if (!data || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT');
    if (typing) {
      // Escape leaves the note, so the keys work again on the same finding.
      if (event.key === 'Escape') {
        target.blur();
        const node = visible()[current];
        if (node) node.focus({ preventScroll: true });
      }
      return;
    }
    const list = visible();
    if (event.key === 'j') select(Math.min(current + 1, list.length - 1), true);
    else if (event.key === 'k') select(Math.max(current - 1, 0), true);
    else if (event.key === 'e' && list[current]) list[current].querySelector('.note').focus();
    else if (event.key in KEYS && list[current]) decide(list[current].dataset.id, data.decisions[KEYS[event.key]]);
    else return;
    event.preventDefault();
  });

  document.addEventListener('DOMContentLoaded', load);
})();
