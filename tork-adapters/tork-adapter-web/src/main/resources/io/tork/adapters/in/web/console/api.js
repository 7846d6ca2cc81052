// The REST API as the console uses it: JSON in and out, errors as ApiError. When the server asks who we are
// (401), the user is asked once for an API key or a user name and password, which are kept in this tab only.

const AUTH_KEY = 'tork.authorization';

export class ApiError extends Error {
  constructor(status, message, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export function authorization() {
  return sessionStorage.getItem(AUTH_KEY);
}

let asking = null;

/** Shows the sign-in dialog once, however many requests are waiting for it; resolves to the header or null. */
function askForCredentials() {
  if (asking) return asking;
  const dialog = document.getElementById('auth');
  const form = dialog.querySelector('form');
  const kinds = form.querySelectorAll('input[name="kind"]');
  const showFields = () => {
    const kind = form.querySelector('input[name="kind"]:checked').value;
    form.querySelectorAll('.field').forEach((f) => { f.hidden = f.dataset.for !== kind; });
  };
  kinds.forEach((k) => k.addEventListener('change', showFields));
  showFields();
  asking = new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      asking = null;
      if (dialog.returnValue !== 'ok') return resolve(null);
      const data = new FormData(form);
      const header = data.get('kind') === 'basic'
        ? `Basic ${btoa(unescape(encodeURIComponent(`${data.get('username')}:${data.get('password')}`)))}`
        : `Bearer ${String(data.get('key')).trim()}`;
      form.reset();
      sessionStorage.setItem(AUTH_KEY, header);
      resolve(header);
    }, { once: true });
    dialog.showModal();
  });
  return asking;
}

/** fetch with the stored credentials; on a 401 asks for credentials once and tries again. */
export async function authorizedFetch(path, options = {}) {
  const send = () => {
    const headers = new Headers(options.headers || {});
    const auth = authorization();
    if (auth) headers.set('Authorization', auth);
    return fetch(path, { ...options, headers });
  };
  let response = await send();
  if (response.status === 401) {
    sessionStorage.removeItem(AUTH_KEY);
    if (await askForCredentials()) response = await send();
  }
  return response;
}

export async function api(path, { method = 'GET', body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await authorizedFetch(path, { method, headers, body });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached. Is the engine running?');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!response.ok) {
    const message = (data && data.message) || `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, (data && data.errors) || []);
  }
  return data;
}

export const get = (path) => api(path);
export const put = (path) => api(path, { method: 'PUT' });
export const del = (path) => api(path, { method: 'DELETE' });

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
