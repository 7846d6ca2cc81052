// Small DOM and formatting helpers. Text always goes in as text (never as HTML), so nothing a job
// carries can inject markup into the page.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    // set through the CSSOM: the page's Content-Security-Policy refuses style attributes in markup
    else if (key === 'style') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function badge(state) {
  return h('span', { class: `badge ${state || ''}` }, state ? state.toLowerCase() : '—');
}

export function progressBar(percent) {
  const p = Math.max(0, Math.min(100, Math.round(percent || 0)));
  return h('div', { class: 'progress', role: 'progressbar', 'aria-valuenow': p, 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-label': 'Progress' },
    h('div', { class: 'bar' }, h('span', { style: { width: `${p}%` } })),
    h('span', { class: 'pct' }, `${p}%`));
}

export function empty(title, text) {
  return h('div', { class: 'empty' }, h('strong', {}, title), text || '');
}

export function errorBox(error) {
  return h('div', { class: 'alert', role: 'alert' }, error.message || String(error));
}

export function panel(title, body, ...tools) {
  return h('section', { class: 'panel' },
    h('header', {}, h('h2', {}, title), ...tools),
    body);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 minutes ago", with the exact time in the tooltip. */
export function when(iso) {
  if (!iso || iso.startsWith('0001-')) return h('span', { class: 'muted' }, '—');
  const date = new Date(iso);
  return h('time', { datetime: iso, title: date.toLocaleString() }, ago(date));
}

export function ago(date) {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return relative.format(seconds, 'second');
  if (abs < 2700) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 64800) return relative.format(Math.round(seconds / 3600), 'hour');
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function clock(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** "1m 05s" between two instants; the end defaults to now for things still going. */
export function duration(fromIso, toIso) {
  if (!fromIso) return '—';
  const ms = (toIso ? new Date(toIso) : new Date()) - new Date(fromIso);
  return formatMillis(Math.max(0, ms));
}

export function formatMillis(ms) {
  if (ms < 1000) return `${ms} ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${(ms / 1000).toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

export function endOf(item) {
  return item.completedAt || item.failedAt || null;
}

export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  const el = h('div', { class: `toast ${kind}` }, message);
  box.append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 7000 : 4000);
}

/** Calls fn at most once per wait, and once more after the last call. */
export function debounce(fn, wait) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

export const ACTIVE_STATES = ['CREATED', 'PENDING', 'SCHEDULED', 'RUNNING'];
export const JOB_STATES = ['PENDING', 'SCHEDULED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'];
