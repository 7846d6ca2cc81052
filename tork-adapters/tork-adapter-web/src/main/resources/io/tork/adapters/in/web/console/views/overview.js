// Overview: what runs now, jobs by state, nodes, queues and the latest jobs, refreshed live.
import { get, query } from '../api.js';
import { h, replace, panel, errorBox, debounce, JOB_STATES, empty, badge, when } from '../dom.js';
import { subscribe } from '../live.js';
import { jobsTable, every } from './common.js';

export default function overview(main) {
  const cards = h('div', { class: 'grid cards' });
  const states = h('div', { class: 'body states' });
  const recent = h('div');
  const queues = h('div');
  const nodeList = h('div');
  const problem = h('div');
  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Overview'),
      h('a', { class: 'button primary', href: '#/submit' }, 'Submit a job')),
    problem,
    cards,
    h('div', { class: 'grid two' },
      h('div', { class: 'grid' },
        panel('Recent jobs', recent, h('a', { href: '#/jobs' }, 'All jobs')),
        panel('Nodes', nodeList, h('a', { href: '#/nodes' }, 'Details'))),
      h('div', { class: 'grid' },
        panel('Jobs by state', states),
        panel('Queues', queues, h('a', { href: '#/queues' }, 'Details')))));

  async function load() {
    try {
      const [metrics, nodes, queueList, latest, counts] = await Promise.all([
        get('/metrics'), get('/nodes'), get('/queues'), get(`/jobs${query({ size: 8 })}`),
        Promise.all(JOB_STATES.map((s) => get(`/jobs${query({ q: s.toLowerCase(), size: 1 })}`)
          .then((page) => [s, page.totalItems]))),
      ]);
      replace(problem);
      const workers = nodes.filter((n) => n.status !== 'OFFLINE');
      replace(cards,
        card('Jobs running', metrics.jobs.running, `${latest.totalItems} jobs in total`),
        card('Tasks running', metrics.tasks.running, 'across all workers'),
        card('Nodes online', metrics.nodes.online, `${workers.length} reporting`),
        card('CPU', `${Math.round(metrics.nodes.cpuPercent || 0)}%`, 'average of online nodes'));
      const max = Math.max(1, ...counts.map(([, n]) => n));
      replace(states, counts.map(([state, n]) => h('div', { class: 'state-row' },
        h('a', { href: `#/jobs?q=${state.toLowerCase()}`, class: `badge ${state}` }, state.toLowerCase()),
        h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: `fill ${state}`, style: { width: `${(n / max) * 100}%` } })),
        h('span', { class: 'count' }, n))));
      replace(recent, jobsTable(latest.items, { emptyText: 'Submit one to see it here.', compact: true }));
      replace(queues, queueTable(queueList));
      replace(nodeList, nodeTable(nodes));
    } catch (e) {
      replace(problem, errorBox(e));
    }
  }

  const refresh = debounce(load, 400);
  const stopTimer = every(10000, load);
  const close = subscribe({ types: 'job' }, { ready: refresh, job: refresh });
  return () => { close(); stopTimer(); refresh.cancel(); };
}

function card(label, value, hint) {
  return h('div', { class: 'panel card' },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value),
    h('div', { class: 'hint' }, hint));
}

function queueTable(list) {
  if (!list.length) return empty('No queues', 'Queues appear when tasks are sent to them.');
  const sorted = [...list].sort((a, b) => b.size - a.size || a.name.localeCompare(b.name)).slice(0, 6);
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Queue'), h('th', { scope: 'col', class: 'num' }, 'Waiting'),
      h('th', { scope: 'col', class: 'num' }, 'Consumers'))),
    h('tbody', {}, sorted.map((q) => h('tr', {},
      h('td', { class: 'mono' }, q.name), h('td', { class: 'num' }, q.size), h('td', { class: 'num' }, q.subscribers))))));
}

function nodeTable(list) {
  if (!list.length) return empty('No node is online', 'Start a worker or a standalone engine.');
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Node'), h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col', class: 'num' }, 'CPU'), h('th', { scope: 'col', class: 'opt' }, 'Last heartbeat'))),
    h('tbody', {}, list.map((n) => h('tr', {},
      h('td', {}, h('span', { class: 'name' }, n.name || '(unnamed)'), h('span', { class: 'id' }, n.hostname || n.id)),
      h('td', {}, badge(n.status)),
      h('td', { class: 'num' }, `${Math.round(n.cpuPercent || 0)}%`),
      h('td', { class: 'opt nowrap' }, when(n.lastHeartbeatAt)))))));
}
