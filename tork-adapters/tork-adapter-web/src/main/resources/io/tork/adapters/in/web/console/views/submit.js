// Submit: a YAML (or JSON) editor. Every error the API reports is shown beside the line it is about, and
// listed under the editor; a job that is accepted opens at once.
import { api } from '../api.js';
import { h, replace, panel } from '../dom.js';

const DRAFT_KEY = 'tork.draft';
const EXAMPLE = `name: hello world
description: prints a greeting, waits a little, then counts
inputs:
  who: world
tasks:
  - name: say hello
    image: ubuntu:mantic
    var: greeting
    env:
      WHO: "{{ inputs.who }}"
    run: |
      echo "hello $WHO"
      echo -n "hello $WHO" > $TORK_OUTPUT
  - name: count
    image: ubuntu:mantic
    run: |
      for i in 1 2 3 4 5; do echo "step $i"; sleep 1; done
`;

export default function submit(main) {
  const textarea = h('textarea', { id: 'editor', spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off',
    wrap: 'off', 'aria-label': 'Job document (YAML or JSON)', 'aria-describedby': 'editor-help' });
  textarea.value = sessionStorage.getItem(DRAFT_KEY) || EXAMPLE;
  const gutter = h('div', { class: 'gutter', 'aria-hidden': 'true' });
  const mirror = h('div', { class: 'mirror', 'aria-hidden': 'true' });
  const summary = h('div', { id: 'submit-result', role: 'alert' });
  const list = h('ul', { class: 'errors', id: 'errors' });
  const button = h('button', { class: 'button primary', id: 'submit', type: 'submit' }, 'Submit job');
  let errorsByLine = new Map();

  const form = h('form', { onsubmit: (e) => { e.preventDefault(); send(); } },
    h('div', { class: 'editor' }, gutter, h('div', { class: 'editor-area' }, mirror, textarea)));

  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Submit a job'),
      h('button', { class: 'button', type: 'button', onclick: () => { textarea.value = EXAMPLE; changed(); } }, 'Load example'),
      button),
    h('div', { class: 'grid two' },
      h('div', { class: 'grid' }, form, summary, list),
      panel('Writing a job', h('div', { class: 'body help', id: 'editor-help' },
        h('p', {}, 'Write the job in YAML (or JSON). ', h('kbd', {}, 'Ctrl'), ' + ', h('kbd', {}, 'Enter'), ' submits it.'),
        h('ul', {},
          h('li', {}, h('code', {}, 'tasks'), ' run in order; each needs a ', h('code', {}, 'name'), ' and usually an ',
            h('code', {}, 'image'), ' and a ', h('code', {}, 'run'), ' script.'),
          h('li', {}, h('code', {}, 'parallel'), ', ', h('code', {}, 'each'), ' and ', h('code', {}, 'subjob'), ' group tasks.'),
          h('li', {}, 'Write ', h('code', {}, '$TORK_OUTPUT'), ' to give a task a result; ', h('code', {}, 'var'),
            ' makes it available as ', h('code', {}, '{{ tasks.<var> }}'), '.'),
          h('li', {}, 'Values under ', h('code', {}, 'secrets'), ' are never shown again, here or in any answer.')),
        h('p', {}, 'Errors appear next to the line they are about.')))));
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); }
  });
  button.addEventListener('click', (e) => { e.preventDefault(); send(); });
  textarea.addEventListener('input', changed);
  textarea.addEventListener('scroll', syncScroll);
  textarea.addEventListener('keydown', indentWithTab);

  function changed() {
    sessionStorage.setItem(DRAFT_KEY, textarea.value);
    if (errorsByLine.size) {
      errorsByLine = new Map();
      replace(list);
    }
    paint();
  }

  function paint() {
    const lines = textarea.value.split('\n');
    replace(gutter, lines.map((_, i) => h('div', { class: errorsByLine.has(i + 1) ? 'has-error' : null }, i + 1)));
    replace(mirror, lines.map((text, i) => {
      const errors = errorsByLine.get(i + 1);
      return h('div', errors ? { class: 'has-error', 'data-error': errors.join(' · '), 'data-line': i + 1 } : {}, text || ' ');
    }));
    syncScroll();
  }

  function syncScroll() {
    gutter.scrollTop = textarea.scrollTop;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }

  function indentWithTab(e) {
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    // Tab indents; Escape then Tab leaves the editor, so keyboard users are never trapped
    if (textarea.dataset.escaped === 'true') { textarea.dataset.escaped = 'false'; return; }
    e.preventDefault();
    textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
    changed();
  }
  textarea.addEventListener('keyup', (e) => { if (e.key === 'Escape') textarea.dataset.escaped = 'true'; });

  async function send() {
    const text = textarea.value;
    const json = /^\s*[{[]/.test(text);
    button.disabled = true;
    replace(summary);
    replace(list);
    errorsByLine = new Map();
    try {
      const job = await api('/jobs', { method: 'POST', body: text, contentType: json ? 'application/json' : 'text/yaml' });
      sessionStorage.removeItem(DRAFT_KEY);
      location.hash = `#/jobs/${encodeURIComponent(job.id)}`;
    } catch (e) {
      showErrors(e);
    } finally {
      button.disabled = false;
      paint();
    }
  }

  function showErrors(error) {
    const items = (error.errors || []).map((item) => ({ ...item, line: item.line || lineIn(item.message) }));
    if (!items.length) {
      const line = lineIn(error.message);
      items.push({ field: '', message: error.message, line, whole: true });
    }
    for (const item of items) {
      if (!item.line) continue;
      const text = item.whole ? item.message : `${item.field ? `${item.field}: ` : ''}${item.message}`;
      errorsByLine.set(item.line, [...(errorsByLine.get(item.line) || []), text]);
    }
    replace(summary, h('div', { class: 'alert' },
      error.status === 400 ? 'The job was not accepted: ' : '', error.message));
    replace(list, items.map((item) => h('li', {}, h('button', {
      type: 'button', class: 'error-item', dataset: { field: item.field || '', line: item.line || '' },
      onclick: () => goToLine(item.line),
    }, h('span', { class: 'where' }, [item.line ? `Line ${item.line}` : 'Document', item.field ? ` · ${item.field}` : ''].join('')),
    item.message))));
  }

  function goToLine(line) {
    if (!line) return textarea.focus();
    const lines = textarea.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    textarea.focus();
    textarea.setSelectionRange(start, start + (lines[line - 1] || '').length);
    textarea.scrollTop = Math.max(0, (line - 4) * 20);
    syncScroll();
  }

  paint();
  textarea.focus();
}

/** "… (line 5, column 3)" in a decoding error names the line even when no field does. */
function lineIn(message) {
  const match = /\(line (\d+), column \d+\)/.exec(message || '') || /\bline (\d+)\b/.exec(message || '');
  return match ? Number(match[1]) : null;
}
