// The console's router: the URL fragment names the view (#/jobs/<id>), so page routes never meet API routes.
import { h, replace } from './dom.js';
import overview from './views/overview.js';
import jobs from './views/jobs.js';
import job from './views/job.js';
import submit from './views/submit.js';
import scheduled from './views/scheduled.js';
import nodes from './views/nodes.js';
import queues from './views/queues.js';

const routes = [
  { pattern: /^\/?$/, nav: 'overview', title: 'Overview', view: overview },
  { pattern: /^\/jobs\/?$/, nav: 'jobs', title: 'Jobs', view: jobs },
  { pattern: /^\/jobs\/([^/]+)$/, nav: 'jobs', title: 'Job', view: job },
  { pattern: /^\/submit\/?$/, nav: 'submit', title: 'Submit a job', view: submit },
  { pattern: /^\/scheduled\/?$/, nav: 'scheduled', title: 'Scheduled jobs', view: scheduled },
  { pattern: /^\/nodes\/?$/, nav: 'nodes', title: 'Nodes', view: nodes },
  { pattern: /^\/queues\/?$/, nav: 'queues', title: 'Queues', view: queues },
];

let cleanup = null;

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return { path, params: new URLSearchParams(search) };
}

async function render() {
  const { path, params } = parse();
  if (cleanup) {
    try { cleanup(); } catch (e) { console.error(e); }
    cleanup = null;
  }
  const main = document.getElementById('view');
  const route = routes.find((r) => r.pattern.test(path));
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (route && a.dataset.nav === route.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (!route) {
    document.title = 'Not found · Tork';
    replace(main, h('div', { class: 'empty' }, h('strong', {}, 'There is no such page.'), h('a', { href: '#/' }, 'Go to the overview')));
    return;
  }
  document.title = `${route.title} · Tork`;
  const args = path.match(route.pattern).slice(1).map(decodeURIComponent);
  replace(main);
  cleanup = route.view(main, { args, params }) || null;
  // keyboard and screen-reader users land on the new content, not on the link they followed
  if (document.activeElement && document.activeElement.closest('nav')) main.focus({ preventScroll: true });
}

window.addEventListener('hashchange', render);
render();
