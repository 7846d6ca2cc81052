// Queues: what waits where, and who consumes it.
import { get } from '../api.js';
import { h, replace, errorBox, empty } from '../dom.js';
import { every } from './common.js';

const COORDINATOR_QUEUES = ['pending', 'started', 'completed', 'error', 'heartbeat', 'jobs', 'logs', 'progress', 'redeliveries'];

export default function queues(main) {
  const body = h('div', { 'aria-live': 'polite' });
  replace(main, h('div', { class: 'page-head' }, h('h1', {}, 'Queues')),
    h('p', { class: 'sub' }, 'Task queues hold tasks waiting for a worker; the coordinator’s own queues carry reports.'),
    h('section', { class: 'panel' }, body));

  async function load() {
    try {
      const list = await get('/queues');
      if (!list.length) return replace(body, empty('No queues yet'));
      const kind = (q) => (COORDINATOR_QUEUES.includes(q.name) ? 'coordinator' : q.name.startsWith('x-') ? 'worker' : 'tasks');
      const sorted = [...list].sort((a, b) => kind(b).localeCompare(kind(a)) || a.name.localeCompare(b.name));
      replace(body, h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Queue'), h('th', { scope: 'col', class: 'opt' }, 'Kind'),
          h('th', { scope: 'col', class: 'num' }, 'Waiting'), h('th', { scope: 'col', class: 'num' }, 'Being handled'),
          h('th', { scope: 'col', class: 'num' }, 'Consumers'))),
        h('tbody', {}, sorted.map((q) => h('tr', {},
          h('td', { class: 'mono' }, q.name), h('td', { class: 'opt' }, h('span', { class: 'kind' }, kind(q))),
          h('td', { class: 'num' }, q.size), h('td', { class: 'num' }, q.unacked || 0),
          h('td', { class: 'num' }, q.subscribers)))))));
    } catch (e) {
      replace(body, errorBox(e));
    }
  }

  return every(5000, load);
}
