// Scheduled jobs: list, pause, resume, delete. Servers without the scheduled-jobs API get a friendly notice.
import { get, put, del, query } from '../api.js';
import { h, replace, badge, when, errorBox, empty, toast } from '../dom.js';
import { every } from './common.js';

const PAGE_SIZE = 20;

export default function scheduled(main, { params }) {
  const page = Number(params.get('page')) || 1;
  const body = h('div', { 'aria-live': 'polite' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages', hidden: true });
  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Scheduled jobs')),
    h('section', { class: 'panel' }, body, pager));

  async function load() {
    try {
      const result = await get(`/scheduled-jobs${query({ page, size: PAGE_SIZE })}`);
      render(result);
    } catch (e) {
      if (e.status === 404 || e.status === 405) {
        stop();
        replace(body, h('div', { class: 'empty', id: 'scheduled-unavailable' },
          h('strong', {}, 'Scheduled jobs are not available on this server'),
          'This engine does not offer the scheduled-jobs API yet. Jobs can still be submitted and watched.'));
      } else {
        replace(body, errorBox(e));
      }
    }
  }

  function render(result) {
    const items = result.items || [];
    if (!items.length) {
      replace(body, empty('No scheduled jobs', 'Create one with POST /scheduled-jobs and a cron expression.'));
      pager.hidden = true;
      return;
    }
    replace(body, h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Scheduled job'), h('th', { scope: 'col' }, 'Cron'), h('th', { scope: 'col' }, 'State'),
        h('th', { scope: 'col', class: 'opt' }, 'Created'), h('th', { scope: 'col' }, h('span', { class: 'muted' }, 'Actions')))),
      h('tbody', {}, items.map(row)))));
    const pages = Math.max(1, result.totalPages || 1);
    pager.hidden = pages <= 1;
    replace(pager, h('span', {}, `page ${page} of ${pages}`),
      h('a', { class: 'button small', href: `#/scheduled?page=${page - 1}`, hidden: page <= 1 }, 'Previous'),
      h('a', { class: 'button small', href: `#/scheduled?page=${page + 1}`, hidden: page >= pages }, 'Next'));
  }

  function row(s) {
    const id = encodeURIComponent(s.id);
    const actions = h('td', { class: 'nowrap' },
      s.state === 'ACTIVE' ? action('Pause', () => put(`/scheduled-jobs/${id}/pause`), 'Paused') : null,
      s.state === 'PAUSED' ? action('Resume', () => put(`/scheduled-jobs/${id}/resume`), 'Resumed') : null,
      ' ', deleteButton(s));
    return h('tr', { dataset: { scheduled: s.id } },
      h('td', {}, h('span', { class: 'name' }, s.name || '(unnamed)'), h('span', { class: 'id' }, s.id)),
      h('td', { class: 'mono' }, s.cron || '—'),
      h('td', {}, badge(s.state)),
      h('td', { class: 'opt nowrap' }, when(s.createdAt)),
      actions);
  }

  function action(label, call, done) {
    return h('button', { class: 'button small', type: 'button', onclick: async (e) => {
      e.currentTarget.disabled = true;
      try { await call(); toast(done); } catch (err) { toast(err.message, 'error'); }
      load();
    } }, label);
  }

  // deleting also deletes the jobs the schedule made: the first press only asks to confirm
  function deleteButton(s) {
    const button = h('button', { class: 'button small danger', type: 'button' }, 'Delete');
    button.addEventListener('click', async () => {
      if (button.dataset.confirm !== 'true') {
        button.dataset.confirm = 'true';
        button.textContent = 'Delete it and its jobs?';
        return;
      }
      button.disabled = true;
      try { await del(`/scheduled-jobs/${encodeURIComponent(s.id)}`); toast('Deleted'); } catch (err) { toast(err.message, 'error'); }
      load();
    });
    button.addEventListener('blur', () => { button.dataset.confirm = 'false'; button.textContent = 'Delete'; });
    return button;
  }

  const stop = every(10000, load);
  return stop;
}
