// Pieces several views share: the jobs table and a periodic refresher that stops with its view.
import { h, badge, progressBar, when, duration, endOf, empty } from '../dom.js';

/** compact leaves out the task count and the duration, for narrow places such as the overview. */
export function jobsTable(items, { emptyTitle = 'No jobs yet', emptyText = '', compact = false } = {}) {
  if (!items.length) return empty(emptyTitle, emptyText);
  const row = (job) => jobRow(job, compact);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'jobs' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Job'),
      h('th', { scope: 'col' }, 'State'),
      h('th', { scope: 'col' }, 'Progress'),
      compact ? null : h('th', { scope: 'col', class: 'opt num' }, 'Tasks'),
      h('th', { scope: 'col', class: 'opt' }, 'Created'),
      compact ? null : h('th', { scope: 'col', class: 'opt num' }, 'Duration'))),
    h('tbody', {}, items.map(row))));
}

export function jobRow(job, compact = false) {
  const done = ['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.state);
  return h('tr', { dataset: { job: job.id } },
    h('td', {}, h('a', { class: 'name', href: `#/jobs/${encodeURIComponent(job.id)}` }, job.name || '(unnamed)'),
      h('span', { class: 'id' }, job.id)),
    h('td', {}, badge(job.state)),
    h('td', {}, progressBar(job.state === 'COMPLETED' ? 100 : job.progress)),
    compact ? null : h('td', { class: 'opt num' }, job.taskCount ? `${Math.min(job.position || 0, job.taskCount)}/${job.taskCount}` : '—'),
    h('td', { class: 'opt nowrap' }, when(job.createdAt)),
    compact ? null : h('td', { class: 'opt num nowrap' }, job.startedAt ? duration(job.startedAt, done ? endOf(job) : null) : '—'));
}

/** Runs fn now and every ms until the returned function is called. */
export function every(ms, fn) {
  fn();
  const timer = setInterval(fn, ms);
  return () => clearInterval(timer);
}
