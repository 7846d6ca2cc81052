// Job detail: every task and attempt on a timeline, the job's inputs, result and error, cancel and restart,
// and the live log of the selected task.
import { get, put, query } from '../api.js';
import { h, replace, badge, progressBar, when, clock, duration, endOf, errorBox, empty, panel, toast,
  ACTIVE_STATES } from '../dom.js';
import { subscribe } from '../live.js';

const LOG_PAGE = 100;

export default function job(main, { args }) {
  const jobId = args[0];
  const tasks = new Map();
  const nodeNames = new Map();
  let current = null;
  let selected = null;
  let pinned = false;
  let log = { taskId: null, parts: new Map(), earlier: 0 };
  let renderQueued = false;
  let tasksChanged = false;

  const head = h('div');
  const summary = h('div', { class: 'grid summary' });
  const timelineBody = h('div');
  const taskPanel = h('div', { class: 'task-area' });
  const timeline = panel('Timeline', timelineBody, h('span', { class: 'muted', id: 'task-count' }));
  timeline.classList.add('timeline-panel');
  replace(main, head, h('div', { class: 'job-layout' }, timeline, taskPanel, summary));

  async function load() {
    try {
      const [view, nodes] = await Promise.all([get(`/jobs/${encodeURIComponent(jobId)}`), get('/nodes').catch(() => [])]);
      nodes.forEach((n) => nodeNames.set(n.id, n.name || n.hostname || n.id));
      current = view;
      tasks.clear();
      (view.execution || []).forEach((t) => tasks.set(t.id, t));
      if (!selected || !tasks.has(selected)) selected = pickInteresting();
      renderAll();
      if (selected) loadLog(selected);
    } catch (e) {
      title.textContent = 'Job';
      replace(timelineBody, e.status === 404 ? empty('No such job', `There is no job ${jobId}.`) : errorBox(e));
    }
  }

  function pickInteresting() {
    const list = orderedTasks().map((r) => r.task);
    return (list.find((t) => t.state === 'RUNNING') || [...list].reverse().find((t) => t.state === 'FAILED')
      || list[list.length - 1] || {}).id || null;
  }

  function renderAll() {
    renderHead();
    renderSummary();
    renderTimeline();
    renderTaskPanel();
  }

  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      renderQueued = false;
      renderHead();
      renderSummary();
      if (tasksChanged) renderTimeline();
      tasksChanged = false;
      renderTaskDetails();
    });
  }

  // built once and updated in place, so a button is never replaced under the pointer
  const title = h('h1', {});
  const stateBox = h('span', { id: 'job-state' });
  const cancelButton = h('button', { id: 'cancel', class: 'button danger', type: 'button', hidden: true,
    onclick: () => control('cancel', cancelButton) }, 'Cancel job');
  const restartButton = h('button', { id: 'restart', class: 'button', type: 'button', hidden: true,
    onclick: () => control('restart', restartButton) }, 'Restart');
  const crumbId = h('span', { class: 'mono' });
  const description = h('p', { class: 'sub', hidden: true });
  replace(head,
    h('div', { class: 'crumbs' }, h('a', { href: '#/jobs' }, 'Jobs'), ' / ', crumbId),
    h('div', { class: 'page-head' }, title, stateBox, cancelButton, restartButton),
    description);

  /** Durations and bars of what is still running move on; nothing else is touched. */
  function tick() {
    const rows = orderedTasks();
    const scale = timeScale(rows);
    for (const { task } of rows) {
      const row = timelineBody.querySelector(`tr[data-task="${CSS.escape(task.id)}"]`);
      if (!row || !task.startedAt || endOf(task)) continue;
      row.querySelector('.duration').textContent = duration(task.startedAt, null);
    }
    timelineBody.querySelectorAll('tr[data-task]').forEach((row) => placeBar(row, tasks.get(row.dataset.task), scale));
    const total = document.getElementById('job-duration');
    if (total && current.startedAt) total.textContent = duration(current.startedAt, endOf(current));
  }

  function renderHead() {
    const j = current;
    crumbId.textContent = j.id;
    title.textContent = j.name || '(unnamed job)';
    document.title = `${j.name || 'Job'} · Tork`;
    if (stateBox.dataset.state !== j.state) {
      stateBox.dataset.state = j.state;
      replace(stateBox, badge(j.state));
      cancelButton.disabled = false;
      restartButton.disabled = false;
    }
    cancelButton.hidden = !ACTIVE_STATES.includes(j.state);
    restartButton.hidden = !(j.state === 'FAILED' || j.state === 'CANCELLED');
    description.textContent = j.description || '';
    description.hidden = !j.description;
  }

  async function control(action, button) {
    button.disabled = true;
    try {
      await put(`/jobs/${encodeURIComponent(jobId)}/${action}`);
      toast(action === 'cancel' ? 'Cancelling the job…' : 'Restarting the job…');
    } catch (e) {
      toast(e.message, 'error');
      button.disabled = false;
    }
  }

  function renderSummary() {
    const j = current;
    const facts = h('dl', { class: 'facts' },
      fact('Created', when(j.createdAt)),
      fact('Started', j.startedAt ? when(j.startedAt) : '—'),
      fact('Ended', endOf(j) ? when(endOf(j)) : '—'),
      fact('Duration', h('span', { id: 'job-duration' }, j.startedAt ? duration(j.startedAt, endOf(j)) : '—')),
      fact('Tasks', j.taskCount ? `${Math.min(j.position || 0, j.taskCount)} of ${j.taskCount}` : '—'),
      fact('Progress', progressBar(j.state === 'COMPLETED' ? 100 : j.progress)));
    const parts = [panel('Job', h('div', { class: 'body' }, facts,
      (j.tags || []).length ? h('p', {}, (j.tags || []).map((t) => [h('span', { class: 'tag' }, t), ' '])) : null))];
    if (j.error) parts.push(panel('Error', h('div', { class: 'body' }, h('div', { class: 'alert', id: 'job-error' }, j.error))));
    if (j.result) parts.push(panel('Result', h('div', { class: 'body' }, h('pre', { class: 'value-box', id: 'job-result' }, j.result))));
    parts.push(keyValues('Inputs', j.inputs));
    parts.push(keyValues('Secrets', j.secrets));
    if (j.context && j.context.tasks && Object.keys(j.context.tasks).length) {
      parts.push(keyValues('Task results', j.context.tasks));
    }
    replace(summary, parts.filter(Boolean));
  }

  function orderedTasks() {
    const children = new Map();
    for (const t of tasks.values()) {
      const key = t.parentId || '';
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(t);
    }
    const byOrder = (a, b) => (a.position - b.position) || String(a.createdAt).localeCompare(String(b.createdAt));
    const rows = [];
    const visit = (t, depth) => {
      rows.push({ task: t, depth });
      (children.get(t.id) || []).sort(byOrder).forEach((c) => visit(c, depth + 1));
    };
    (children.get('') || []).sort(byOrder).forEach((t) => visit(t, 0));
    // children whose parent is not (yet) known still show
    for (const [parent, list] of children) {
      if (parent && !tasks.has(parent)) list.sort(byOrder).forEach((t) => visit(t, 1));
    }
    return rows;
  }

  function renderTimeline() {
    const rows = orderedTasks();
    document.getElementById('task-count').textContent = `${rows.length} task${rows.length === 1 ? '' : 's'} and attempts`;
    if (!rows.length) {
      replace(timelineBody, empty('No task has started yet', 'Tasks appear here as the job runs.'));
      return;
    }
    const focusedTask = document.activeElement && document.activeElement.closest('tr[data-task]');
    const focusedId = focusedTask && focusedTask.dataset.task;
    const scale = timeScale(rows);
    const table = h('table', { class: 'timeline', 'aria-label': 'Tasks of the job' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Task'), h('th', { scope: 'col' }, 'State'),
        h('th', { scope: 'col', class: 'opt' }, 'Worker'), h('th', { scope: 'col', class: 'opt' }, 'Started'),
        h('th', { scope: 'col', class: 'num' }, 'Duration'), h('th', { scope: 'col', class: 'opt' }, 'Timeline'))),
      h('tbody', { onkeydown: moveSelection }, rows.map(({ task, depth }) => taskRow(task, depth, scale))));
    replace(timelineBody, h('div', { class: 'table-wrap' }, table));
    if (focusedId) {
      const again = timelineBody.querySelector(`tr[data-task="${CSS.escape(focusedId)}"] button`);
      if (again) again.focus({ preventScroll: true });
    }
  }

  /** The span of time the timeline's bars are drawn on: first start to last end (or now). */
  function timeScale(rows) {
    const starts = rows.map((r) => Date.parse(r.task.startedAt || r.task.scheduledAt)).filter((n) => !Number.isNaN(n));
    const ends = rows.map((r) => Date.parse(endOf(r.task) || '') || (r.task.startedAt ? Date.now() : NaN))
      .filter((n) => !Number.isNaN(n));
    const min = Math.min(...starts);
    return { min, span: Math.max(1, Math.max(...ends, min + 1) - min) };
  }

  function placeBar(row, t, { min, span }) {
    const bar = row && t && row.querySelector('.gantt > span');
    if (!bar) return;
    const start = Date.parse(t.startedAt || '');
    const end = Date.parse(endOf(t) || '') || Date.now();
    bar.style.left = `${((start - min) / span) * 100}%`;
    bar.style.width = `${Math.max(0.6, ((end - start) / span) * 100)}%`;
  }

  function taskRow(t, depth, scale) {
    const attempt = t.retry ? (t.retry.attempts || 0) + 1 : 1;
    const row = h('tr', { dataset: { task: t.id, state: t.state }, class: `depth-${Math.min(depth, 3)}`,
        'aria-selected': String(t.id === selected), onclick: () => select(t.id) },
      h('td', {}, h('div', { class: 'task-name' },
        depth ? h('span', { class: 'branch', 'aria-hidden': 'true' }, '└') : null,
        h('button', { class: 'link', type: 'button', onclick: (e) => { e.stopPropagation(); select(t.id); } },
          t.name || '(unnamed task)'),
        kindTag(t),
        attempt > 1 ? h('span', { class: 'kind' }, `attempt ${attempt}`) : null)),
      h('td', {}, badge(t.state)),
      h('td', { class: 'opt nowrap' }, t.nodeId ? (nodeNames.get(t.nodeId) || t.nodeId.slice(0, 8)) : '—'),
      h('td', { class: 'opt nowrap' }, t.startedAt ? clock(t.startedAt) : '—'),
      h('td', { class: 'num nowrap duration' }, t.startedAt ? duration(t.startedAt, endOf(t)) : '—'),
      h('td', { class: 'opt' }, h('div', { class: 'gantt', 'aria-hidden': 'true' },
        t.startedAt ? h('span', { class: t.state }) : null)));
    placeBar(row, t, scale);
    return row;
  }

  function kindTag(t) {
    if (t.parallel) return h('span', { class: 'kind' }, `parallel · ${t.parallel.completions || 0}/${(t.parallel.tasks || []).length} done`);
    if (t.each) return h('span', { class: 'kind' }, `each · ${t.each.completions || 0}/${t.each.size || 0} done`);
    if (t.subjob) {
      return t.subjob.id
        ? h('a', { class: 'kind', href: `#/jobs/${encodeURIComponent(t.subjob.id)}`, onclick: (e) => e.stopPropagation() }, 'sub-job →')
        : h('span', { class: 'kind' }, 'sub-job');
    }
    return null;
  }

  function moveSelection(e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...timelineBody.querySelectorAll('tr[data-task]')];
    const at = rows.findIndex((r) => r.dataset.task === selected);
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    e.preventDefault();
    select(next.dataset.task);
    const button = timelineBody.querySelector(`tr[data-task="${CSS.escape(next.dataset.task)}"] button`);
    if (button) button.focus();
  }

  /** byUser: a task the user chose stays selected; otherwise the page follows the running task. */
  function select(taskId, byUser = true) {
    if (byUser) pinned = true;
    if (selected === taskId && document.getElementById('task-panel')) return;
    selected = taskId;
    timelineBody.querySelectorAll('tr[data-task]').forEach((r) => r.setAttribute('aria-selected', String(r.dataset.task === taskId)));
    renderTaskPanel();
    loadLog(taskId);
  }

  function renderTaskPanel() {
    const t = tasks.get(selected);
    if (!t) {
      replace(taskPanel, panel('Task', empty('No task selected', 'Choose a task on the timeline to see its log.')));
      return;
    }
    const follow = h('input', { type: 'checkbox', id: 'follow', checked: true });
    replace(taskPanel, h('section', { class: 'panel task-panel', id: 'task-panel', dataset: { task: t.id } },
      h('header', {}, h('h2', { id: 'task-title' }, t.name || '(unnamed task)'), h('span', { id: 'task-state' }, badge(t.state))),
      h('div', { class: 'body' },
        h('div', { id: 'task-details', class: 'task-details' }),
        h('div', {},
          h('div', { class: 'log-tools' }, h('h3', {}, 'Log'), h('span', { id: 'log-earlier', class: 'muted' }),
            h('label', { for: 'follow' }, follow, 'Follow')),
          h('pre', { class: 'log', id: 'log', tabindex: '0', 'aria-label': 'Task log', 'aria-live': 'off',
            'data-empty': 'No output yet.' })))));
    renderTaskDetails();
  }

  function renderTaskDetails() {
    const t = tasks.get(selected);
    const box = document.getElementById('task-details');
    if (!t || !box) return;
    replace(document.getElementById('task-state'), badge(t.state));
    const attempt = t.retry ? (t.retry.attempts || 0) + 1 : 1;
    replace(box,
      h('dl', { class: 'facts' },
        fact('Attempt', t.retry && t.retry.limit ? `${attempt} of ${t.retry.limit + 1}` : String(attempt)),
        fact('Worker', t.nodeId ? (nodeNames.get(t.nodeId) || t.nodeId) : '—'),
        fact('Started', t.startedAt ? when(t.startedAt) : '—'),
        fact('Duration', t.startedAt ? duration(t.startedAt, endOf(t)) : '—'),
        t.image ? fact('Image', h('span', { class: 'mono' }, t.image)) : null,
        t.queue ? fact('Queue', h('span', { class: 'mono' }, t.queue)) : null,
        t.progress ? fact('Progress', progressBar(t.progress)) : null),
      t.error ? h('div', { class: 'alert', id: 'task-error' }, t.error) : null,
      t.result ? [h('h3', {}, 'Result'), h('pre', { class: 'value-box' }, t.result)] : null,
      t.run ? [h('h3', {}, 'Script'), h('pre', { class: 'value-box' }, t.run)] : null,
      t.cmd ? [h('h3', {}, 'Command'), h('pre', { class: 'value-box' }, t.cmd.join(' '))] : null,
      t.env && Object.keys(t.env).length ? [h('h3', {}, 'Environment'), kvTable(t.env)] : null);
  }

  async function loadLog(taskId) {
    log = { taskId, parts: new Map(), earlier: 0 };
    try {
      const page = await get(`/tasks/${encodeURIComponent(taskId)}/log${query({ size: LOG_PAGE })}`);
      if (log.taskId !== taskId) return;
      page.items.forEach((p) => log.parts.set(p.id, p));
      log.earlier = Math.max(0, page.totalItems - page.items.length);
      renderLog(true);
    } catch (e) {
      const pre = document.getElementById('log');
      if (pre) pre.dataset.empty = `The log cannot be read: ${e.message}`;
    }
  }

  function addLogPart(part) {
    if (part.taskId !== log.taskId || log.parts.has(part.id)) return;
    const parts = [...log.parts.values()];
    const last = parts.reduce((m, p) => Math.max(m, p.number), 0);
    log.parts.set(part.id, part);
    if (part.number > last) appendLog(part.contents);
    else renderLog(false);
  }

  function renderLog(scrollToEnd) {
    const pre = document.getElementById('log');
    if (!pre) return;
    const text = [...log.parts.values()].sort((a, b) => a.number - b.number).map((p) => p.contents).join('');
    pre.textContent = text;
    document.getElementById('log-earlier').textContent = log.earlier ? `(${log.earlier} earlier parts not shown)` : '';
    if (scrollToEnd || following()) pre.scrollTop = pre.scrollHeight;
  }

  function appendLog(text) {
    const pre = document.getElementById('log');
    if (!pre) return;
    pre.append(document.createTextNode(text));
    if (following()) pre.scrollTop = pre.scrollHeight;
  }

  function following() {
    const box = document.getElementById('follow');
    return !box || box.checked;
  }

  // read the job once the stream is ready, so that no change falls between the read and the stream
  let loaded = false;
  const firstLoad = () => { loaded = true; return load(); };
  const fallback = setTimeout(() => { if (!loaded) firstLoad(); }, 1500);
  const close = subscribe({ job: jobId }, {
    ready: firstLoad,
    job: (summary) => {
      if (!current) return;
      Object.assign(current, summary);
      scheduleRender();
    },
    task: (t) => {
      if (!current) return;
      const previous = tasks.get(t.id);
      tasks.set(t.id, t);
      tasksChanged = true;
      const startedNow = t.state === 'RUNNING' && (!previous || previous.state !== 'RUNNING');
      // follow the job until the user picks a task: the first task, then each task as it starts
      if (!selected || (!pinned && startedNow && t.id !== selected)) select(t.id, false);
      scheduleRender();
    },
    log: addLogPart,
  });
  const ticker = setInterval(() => { if (current && ACTIVE_STATES.includes(current.state)) tick(); }, 1000);
  return () => { close(); clearInterval(ticker); clearTimeout(fallback); };
}

function fact(label, value) {
  return [h('div', {}, h('dt', {}, label), h('dd', {}, value))];
}

function kvTable(map) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'kv' },
    h('tbody', {}, Object.entries(map).map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, v))))));
}

function keyValues(title, map) {
  if (!map || !Object.keys(map).length) return null;
  return panel(title, kvTable(map));
}
