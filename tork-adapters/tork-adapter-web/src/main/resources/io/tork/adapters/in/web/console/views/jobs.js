// Jobs: a searchable, paged list, updated live.
import { get, query } from '../api.js';
import { h, replace, errorBox, debounce } from '../dom.js';
import { subscribe } from '../live.js';
import { jobsTable } from './common.js';

const PAGE_SIZE = 15;

export default function jobs(main, { params }) {
  let q = params.get('q') || '';
  let page = Number(params.get('page')) || 1;
  const search = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search by name, description or state; tag:<tag>',
    'aria-label': 'Search jobs' });
  const list = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  const form = h('form', { class: 'toolbar', role: 'search', onsubmit: (e) => { e.preventDefault(); go(search.value, 1); } },
    search, h('button', { class: 'button', type: 'submit' }, 'Search'));
  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Jobs'), h('a', { class: 'button primary', href: '#/submit' }, 'Submit a job')),
    h('section', { class: 'panel' }, form, list, pager));

  function go(newQ, newPage) {
    const next = `#/jobs${query({ q: newQ.trim(), page: newPage > 1 ? newPage : '' })}`;
    if (location.hash !== next) location.hash = next;
    else load();
  }

  async function load() {
    try {
      const result = await get(`/jobs${query({ q, page, size: PAGE_SIZE })}`);
      list.setAttribute('aria-busy', 'false');
      replace(list, jobsTable(result.items, q
        ? { emptyTitle: 'No job matches', emptyText: `Nothing found for “${q}”.` }
        : { emptyText: 'Submit one to see it here.' }));
      const pages = Math.max(1, result.totalPages);
      replace(pager,
        h('span', {}, `${result.totalItems} job${result.totalItems === 1 ? '' : 's'} · page ${page} of ${pages}`),
        h('button', { class: 'button small', disabled: page <= 1, onclick: () => go(q, page - 1) }, 'Previous'),
        h('button', { class: 'button small', disabled: page >= pages, onclick: () => go(q, page + 1) }, 'Next'));
    } catch (e) {
      replace(list, errorBox(e));
    }
  }

  const refresh = debounce(load, 300);
  load();
  const close = subscribe({ types: 'job' }, { ready: refresh, job: refresh });
  return () => { close(); refresh.cancel(); };
}
