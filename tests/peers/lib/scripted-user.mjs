// scripted-user.mjs: the pieces shared by browser.mjs and device.mjs, which act like a person
// clicking through oidc-provider's pages: an HTTP agent with a cookie jar that does not follow
// redirects on its own, a small HTML form reader, a page classifier for the devInteractions and
// device-flow pages, a step log, and an overall deadline.

import { appendFileSync } from 'node:fs';

// ---------------------------------------------------------------------------------------------
// Process helpers

// Fails the process with a message on stderr. Every failure path ends here so the exit code and
// message are predictable for the C++ tests.
export function fail(tool, message, code = 1) {
  process.stderr.write(`${tool}: ${message}\n`);
  process.exit(code);
}

// A hard overall deadline: the scripted user must never hang a test run.
export function installDeadline(tool, ms) {
  const timer = setTimeout(() => fail(tool, `timed out after ${ms / 1000} s`, 124), ms);
  return () => clearTimeout(timer);
}

// Appends one line per step to the file named by `envName`, if set. Queries are left out on
// purpose (they carry codes and state); the full URL is only recorded by the `record` mode.
export function stepLogger(tool, envName) {
  const file = process.env[envName];
  return (text) => {
    if (!file) return;
    try {
      appendFileSync(file, `${new Date().toISOString()} ${tool} ${text}\n`);
    } catch (err) {
      process.stderr.write(`${tool}: cannot write ${envName}=${file}: ${err.message}\n`);
    }
  };
}

export function withoutQuery(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return String(url).split('?')[0];
  }
}

export function isLoopbackHttp(url) {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

// ---------------------------------------------------------------------------------------------
// HTTP agent with cookies

// Minimal RFC 6265 cookie store: keyed by host, name and path; honours Path, Max-Age and
// Expires. Enough for oidc-provider's session and interaction cookies on one loopback host.
class CookieJar {
  #cookies = new Map(); // key "host|path|name" -> { host, path, name, value, expires }

  store(url, setCookieHeaders) {
    const u = new URL(url);
    for (const header of setCookieHeaders) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = u.pathname.replace(/\/[^/]*$/, '') || '/';
      let expires;
      for (const attribute of attributes) {
        const [rawKey, ...rest] = attribute.split('=');
        const key = rawKey.trim().toLowerCase();
        const attrValue = rest.join('=').trim();
        if (key === 'path' && attrValue.startsWith('/')) path = attrValue;
        if (key === 'max-age' && /^-?[0-9]+$/.test(attrValue)) expires = Date.now() + Number(attrValue) * 1000;
        if (key === 'expires' && expires === undefined) {
          const when = Date.parse(attrValue);
          if (!Number.isNaN(when)) expires = when;
        }
      }
      const key = `${u.host}|${path}|${name}`;
      if (expires !== undefined && expires <= Date.now()) {
        this.#cookies.delete(key);
      } else {
        this.#cookies.set(key, {
          host: u.host, path, name, value, expires,
        });
      }
    }
  }

  header(url) {
    const u = new URL(url);
    const now = Date.now();
    const pairs = [];
    for (const [key, cookie] of this.#cookies) {
      if (cookie.expires !== undefined && cookie.expires <= now) {
        this.#cookies.delete(key);
        continue;
      }
      if (cookie.host !== u.host) continue;
      const matches = u.pathname === cookie.path
        || u.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`);
      if (matches) pairs.push(`${cookie.name}=${cookie.value}`);
    }
    return pairs.join('; ');
  }
}

export class Agent {
  #jar = new CookieJar();

  #log;

  constructor(log) {
    this.#log = log;
  }

  // One request, no automatic redirects. `form` (an array of [name, value]) makes it a POST with
  // an application/x-www-form-urlencoded body, as a browser submits an HTML form.
  async request(url, { method = 'GET', form, cookies = true } = {}) {
    const headers = { 'user-agent': 'keyway-test-browser/1', accept: 'text/html,application/json;q=0.9,*/*;q=0.8' };
    const cookieHeader = cookies ? this.#jar.header(url) : '';
    if (cookieHeader) headers.cookie = cookieHeader;
    let body;
    if (form) {
      body = new URLSearchParams(form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    let response;
    try {
      response = await fetch(url, {
        method: form ? 'POST' : method, headers, body, redirect: 'manual',
      });
    } catch (err) {
      const cause = err.cause?.code || err.cause?.message || err.message;
      throw new Error(`${form ? 'POST' : method} ${withoutQuery(url)} failed: ${cause}`);
    }
    if (cookies) this.#jar.store(url, response.headers.getSetCookie());
    const text = await response.text();
    const location = response.headers.get('location');
    this.#log(`${form ? 'POST' : method} ${withoutQuery(url)} -> ${response.status}`);
    return {
      status: response.status,
      url,
      location: location ? new URL(location, url).href : undefined,
      contentType: response.headers.get('content-type') || '',
      text,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// HTML reading (the pages are oidc-provider's own, so a small tolerant reader suffices)

export function htmlDecode(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_m, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag) {
  const result = {};
  const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  // Skip the tag name.
  const inner = tag.replace(/^<\s*[a-zA-Z0-9]+/, '').replace(/\/?>$/, '');
  let m;
  while ((m = re.exec(inner)) !== null) {
    result[m[1].toLowerCase()] = htmlDecode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return result;
}

// Every <form> with its inputs, plus submit buttons placed outside it that point at it with
// form="id" (oidc-provider's device confirm page puts its Abort button there).
export function parseForms(html, baseUrl) {
  const forms = [];
  const formRe = /<form\b[^>]*>([\s\S]*?)<\/form>/gi;
  let m;
  while ((m = formRe.exec(html)) !== null) {
    const open = m[0].match(/^<form\b[^>]*>/i)[0];
    const attrs = attributes(open);
    const inputs = [];
    const inputRe = /<input\b[^>]*>/gi;
    let im;
    while ((im = inputRe.exec(m[1])) !== null) {
      const a = attributes(im[0]);
      if (a.name) inputs.push({ name: a.name, value: a.value ?? '', type: (a.type || 'text').toLowerCase() });
    }
    forms.push({
      id: attrs.id,
      method: (attrs.method || 'get').toLowerCase(),
      action: new URL(attrs.action || baseUrl, baseUrl).href,
      inputs,
      buttons: [],
    });
  }
  const buttonRe = /<button\b[^>]*>/gi;
  while ((m = buttonRe.exec(html)) !== null) {
    const a = attributes(m[0]);
    if (a.form && a.name) {
      const form = forms.find((f) => f.id === a.form);
      if (form) form.buttons.push({ name: a.name, value: a.value ?? '' });
    }
  }
  return forms;
}

export function parseLinks(html, baseUrl) {
  const links = [];
  const re = /<a\b[^>]*>([\s\S]*?)<\/a>/gi;
  let m;
  while ((m = re.exec(html)) !== null) {
    const a = attributes(m[0].match(/^<a\b[^>]*>/i)[0]);
    if (a.href) links.push({ href: new URL(a.href, baseUrl).href, text: htmlDecode(m[1].replace(/<[^>]*>/g, '')).trim() });
  }
  return links;
}

export function visibleText(html) {
  return htmlDecode(html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<details[\s\S]*?<\/details>/gi, ' ')
    .replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

// Recognises the oidc-provider pages the scripted user meets:
//   login          devInteractions sign-in form (hidden prompt=login, fields login + password)
//   consent        devInteractions consent form (hidden prompt=consent)
//   device-input   RFC 8628 user code entry form (id op.deviceInputForm)
//   device-confirm device confirmation form (id op.deviceConfirmForm, Abort button name=abort)
//   device-success "Sign-in Success" page after a completed device authorization
//   form-post      an auto-submitting form (response_mode=form_post or /device?user_code=...)
//   error          oidc-provider's error page ("oops! something went wrong") or anything else
export function classifyPage(html, baseUrl) {
  const forms = parseForms(html, baseUrl);
  const hasInput = (form, name, value) => form.inputs.some(
    (i) => i.name === name && (value === undefined || i.value === value),
  );
  const abortLink = parseLinks(html, baseUrl).find((l) => /\/abort$/.test(new URL(l.href).pathname));
  const login = forms.find((f) => hasInput(f, 'prompt', 'login'));
  if (login) return { kind: 'login', form: login, abortUrl: abortLink?.href };
  const consent = forms.find((f) => hasInput(f, 'prompt', 'consent'));
  if (consent) return { kind: 'consent', form: consent, abortUrl: abortLink?.href };
  const deviceInput = forms.find((f) => f.id === 'op.deviceInputForm');
  if (deviceInput) {
    const message = (html.match(/<p class="red">([\s\S]*?)<\/p>/i) || [])[1];
    return { kind: 'device-input', form: deviceInput, message: message && visibleText(message) };
  }
  const deviceConfirm = forms.find((f) => f.id === 'op.deviceConfirmForm');
  if (deviceConfirm) return { kind: 'device-confirm', form: deviceConfirm };
  if (/<title>\s*Sign-in Success\s*<\/title>/i.test(html)) return { kind: 'device-success' };
  if (/<title>\s*Submitting Callback\s*<\/title>/i.test(html) && forms.length === 1) {
    return { kind: 'form-post', form: forms[0] };
  }
  return { kind: 'error', message: visibleText(html).slice(0, 500) };
}

// The name/value pairs a browser would submit for `form`, with `overrides` applied.
export function formFields(form, overrides = {}, extra = []) {
  const fields = form.inputs
    .filter((i) => !['submit', 'button', 'image', 'reset'].includes(i.type))
    .map((i) => [i.name, Object.hasOwn(overrides, i.name) ? overrides[i.name] : i.value]);
  return fields.concat(extra);
}
