// Live events from GET /events (server-sent events), read with fetch so that the API's credentials travel
// with them. Reconnects by itself; after every (re)connection the server says "ready", and the view reads
// its state again so that nothing that happened while disconnected is missed.
import { authorizedFetch, query } from './api.js';

const indicator = () => document.getElementById('live');

function showState(state) {
  const el = indicator();
  if (!el) return;
  el.dataset.state = state;
  el.querySelector('.live-text').textContent = { on: 'live', connecting: 'connecting…', off: 'offline' }[state];
}

/**
 * Opens a stream. handlers: { ready(), job(data), task(data), log(data) }.
 * filter: { job, types }. Returns a function that closes the stream.
 */
export function subscribe(filter, handlers) {
  let closed = false;
  let controller = null;
  let retryMs = 1000;

  async function connect() {
    if (closed) return;
    controller = new AbortController();
    showState('connecting');
    try {
      const response = await authorizedFetch(`/events${query(filter)}`, {
        headers: { Accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      retryMs = 1000;
      await read(response.body.getReader());
    } catch (e) {
      if (closed) return;
    }
    if (closed) return;
    showState('connecting');
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 15000);
  }

  async function read(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, '');
        dispatch(block);
      }
    }
  }

  function dispatch(block) {
    let type = 'message';
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (!data.length) return;
    if (type === 'ready') showState('on');
    if (type === 'reset') return controller.abort();
    const handler = handlers[type];
    if (!handler) return;
    try {
      handler(JSON.parse(data.join('\n')));
    } catch (e) {
      console.error('live event', type, e);
    }
  }

  connect();
  return () => {
    closed = true;
    if (controller) controller.abort();
    showState('off');
  };
}
