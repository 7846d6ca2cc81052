// Nodes: coordinators and workers heard from in the last minutes.
import { get } from '../api.js';
import { h, replace, badge, when, errorBox, empty } from '../dom.js';
import { every } from './common.js';

export default function nodes(main) {
  const body = h('div', { 'aria-live': 'polite' });
  replace(main, h('div', { class: 'page-head' }, h('h1', {}, 'Nodes')), h('section', { class: 'panel' }, body));

  async function load() {
    try {
      const list = await get('/nodes');
      if (!list.length) return replace(body, empty('No node is online', 'Start a worker or a standalone engine.'));
      replace(body, h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Node'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col', class: 'opt' }, 'Host'),
          h('th', { scope: 'col', class: 'num' }, 'CPU'), h('th', { scope: 'col', class: 'num opt' }, 'Tasks'),
          h('th', { scope: 'col', class: 'opt' }, 'Version'), h('th', { scope: 'col', class: 'opt' }, 'Started'),
          h('th', { scope: 'col' }, 'Last heartbeat'))),
        h('tbody', {}, list.map((n) => h('tr', {},
          h('td', {}, h('span', { class: 'name' }, n.name || '(unnamed)'), h('span', { class: 'id' }, n.id)),
          h('td', {}, badge(n.status)),
          h('td', { class: 'opt mono' }, n.hostname ? `${n.hostname}${n.port ? `:${n.port}` : ''}` : '—'),
          h('td', { class: 'num' }, `${Math.round(n.cpuPercent || 0)}%`),
          h('td', { class: 'num opt' }, n.taskCount || 0),
          h('td', { class: 'opt mono' }, n.version || '—'),
          h('td', { class: 'opt nowrap' }, when(n.startedAt)),
          h('td', { class: 'nowrap' }, when(n.lastHeartbeatAt))))))));
    } catch (e) {
      replace(body, errorBox(e));
    }
  }

  return every(5000, load);
}
