#!/usr/bin/env node
// browser.mjs: a scripted "system browser" for Keyway's tests. Keyway launches it as its
// browser command with the authorization URL; it behaves like a user: follows redirects, keeps
// cookies, signs in on oidc-provider's devInteractions page, confirms consent, and finally
// requests the loopback redirect URI (Keyway's listener, RFC 8252 §7.3), or hands a private-use
// scheme redirect (RFC 8252 §7.1) to the scheme's handler, as a desktop does.
//
// Usage: node browser.mjs [ANY ARGS...] URL   (the last argument that looks like a URL is used)
//
// Environment:
//   KEYWAY_TEST_BROWSER_MODE    approve (default) | deny | tamper-state | drop-state | stray-first | noop | record
//                               | hand-over | tamper-dpop-jkt
//                               (stray-first: two stray responses, error=access_denied without a state and
//                               with a wrong one, are delivered before the real one)
//                               (hand-over: signs in like approve, or deny with KEYWAY_TEST_BROWSER_DENY=1, but
//                               requests nothing at the redirect URI: prints it on stdout, as a browser on
//                               another machine shows the address it could not load, for the user to paste)
//                               (tamper-dpop-jkt: approves, but first replaces the authorization request's dpop_jkt,
//                               when it has one, by another key's thumbprint, as an attacker in the front channel
//                               would, RFC 9449 §10)
//   KEYWAY_TEST_SCHEME_HANDLER  the desktop entry's Exec line for a private-use scheme redirect, "%u"
//                               standing for the URI (e.g. "/path/keyway handle-redirect %u")
//   KEYWAY_TEST_LOGIN           login name typed on the sign-in page (default "alice")
//   KEYWAY_TEST_BROWSER_LOG     if set, a file that gets one line per step (URLs without query)
//   KEYWAY_TEST_BROWSER_RECORD  file the `record` mode appends the full URL to
//
// Exit status: 0 when the loopback redirect URI was requested (whatever it answered) or in
// noop/record mode; 1 on a failure (message on stderr); 2 on bad usage; 124 after 20 s.

import { execFile } from 'node:child_process';
import { appendFileSync } from 'node:fs';

import {
  Agent, classifyPage, fail, formFields, installDeadline, isLoopbackHttp, stepLogger,
} from './lib/scripted-user.mjs';

const TOOL = 'browser.mjs';
const MODES = new Set(['approve', 'deny', 'tamper-state', 'drop-state', 'stray-first', 'noop', 'record', 'hand-over',
  'tamper-dpop-jkt']);
const MAX_STEPS = 30;

const mode = process.env.KEYWAY_TEST_BROWSER_MODE || 'approve';
const log = stepLogger(TOOL, 'KEYWAY_TEST_BROWSER_LOG');

function startUrlFromArgv() {
  const candidates = process.argv.slice(2).filter((arg) => /^https?:\/\//i.test(arg));
  return candidates.at(-1);
}

// Desktop Entry Specification "Exec key": arguments split on spaces, double quotes group, and the
// field code %u becomes the one URI argument.
function execArgv(execLine, uri) {
  const args = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let m;
  while ((m = re.exec(execLine)) !== null) args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return args.map((arg) => (arg === '%u' || arg === '%U' ? uri : arg));
}

// A private-use URI scheme redirect (RFC 8252 §7.1): the browser hands it to the desktop, which
// runs the scheme's handler with the URI.
function deliverToApp(uri) {
  const execLine = process.env.KEYWAY_TEST_SCHEME_HANDLER;
  if (!execLine) throw new Error(`no handler for ${new URL(uri).protocol} (set KEYWAY_TEST_SCHEME_HANDLER)`);
  const [program, ...args] = execArgv(execLine, uri);
  return new Promise((resolve) => {
    execFile(program, args, { timeout: 15_000 }, (error, _stdout, stderr) => {
      const status = error ? (error.code ?? 'killed') : 0;
      process.stderr.write(`${TOOL}: scheme handler exited ${status}${stderr ? `: ${stderr.trim()}` : ''}\n`);
      resolve(status);
    });
  });
}

function isAppRedirect(href) {
  const { protocol } = new URL(href);
  return protocol !== 'http:' && protocol !== 'https:';
}

async function send(agent, url) {
  if (isAppRedirect(url.href)) return deliverToApp(url.href);
  const response = await agent.request(url.href, { cookies: false });
  process.stderr.write(`${TOOL}: redirect URI answered HTTP ${response.status}\n`);
  return response.status;
}

// The request that ends the flow: the redirect to the client's redirect URI, after the mode's
// tampering. The provider's own cookies are not sent there (another origin).
async function deliverToClient(agent, redirect) {
  const url = new URL(redirect);
  if (mode === 'hand-over') {
    log(`hand over ${isAppRedirect(url.href) ? url.protocol : url.origin}${url.pathname}`);
    process.stdout.write(`${url.href}\n`);
    return;
  }
  if (mode === 'tamper-state') {
    url.searchParams.set('state', 'tampered');
  } else if (mode === 'drop-state') {
    url.searchParams.delete('state');
  } else if (mode === 'stray-first') {
    // What any web page (or a stale tab) can send to the redirect URI while the sign-in waits.
    for (const state of [undefined, 'wrong']) {
      const stray = new URL(`${url.href.split('?')[0]}?error=access_denied`);
      if (state) stray.searchParams.set('state', state);
      log(`deliver stray ${state ?? '(no state)'}`);
      await send(agent, stray);
    }
  }
  log(`deliver ${mode} ${isAppRedirect(url.href) ? url.protocol : url.origin}${url.pathname}`);
  await send(agent, url);
}

async function run(startUrl) {
  const agent = new Agent(log);
  const providerOrigin = new URL(startUrl).origin;
  // The redirect URI is a loopback http URL on another origin than the provider's.
  const isClientRedirect = (href) => {
    const u = new URL(href);
    return isAppRedirect(href) || (u.origin !== providerOrigin && isLoopbackHttp(u));
  };

  let next = { url: startUrl };
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (isClientRedirect(next.url) && !next.form) {
      await deliverToClient(agent, next.url);
      return;
    }
    const response = await agent.request(next.url, { form: next.form });

    if (response.status >= 300 && response.status < 400) {
      if (!response.location) throw new Error(`HTTP ${response.status} without Location from ${new URL(next.url).pathname}`);
      next = { url: response.location };
      continue;
    }
    if (response.status !== 200 && response.status !== 400) {
      throw new Error(`unexpected HTTP ${response.status} from ${new URL(next.url).pathname}: ${response.text.slice(0, 300)}`);
    }

    const page = classifyPage(response.text, response.url);
    log(`page ${page.kind}`);
    switch (page.kind) {
      case 'login':
      case 'consent':
        if (mode === 'deny' || (mode === 'hand-over' && process.env.KEYWAY_TEST_BROWSER_DENY === '1')) {
          // The "[ Cancel ]" link: the provider finishes the interaction with access_denied.
          if (!page.abortUrl) throw new Error(`no cancel link on the ${page.kind} page`);
          next = { url: page.abortUrl };
        } else if (page.kind === 'login') {
          const typed = page.form.inputs.find((i) => i.name === 'login')?.value;
          const login = process.env.KEYWAY_TEST_LOGIN || typed || 'alice';
          next = { url: page.form.action, form: formFields(page.form, { login, password: 'any-password' }) };
        } else {
          next = { url: page.form.action, form: formFields(page.form) };
        }
        break;
      case 'form-post':
        // response_mode=form_post: the browser would auto-submit this form. If it targets the
        // client, that POST is the delivery; tampering applies to its fields.
        if (isClientRedirect(page.form.action)) {
          let fields = formFields(page.form);
          if (mode === 'tamper-state') fields = fields.map(([k, v]) => [k, k === 'state' ? 'tampered' : v]);
          if (mode === 'drop-state') fields = fields.filter(([k]) => k !== 'state');
          log(`deliver ${mode} (form_post) ${new URL(page.form.action).pathname}`);
          const delivered = await agent.request(page.form.action, { form: fields, cookies: false });
          process.stderr.write(`${TOOL}: redirect URI answered HTTP ${delivered.status}\n`);
          return;
        }
        next = { url: page.form.action, form: formFields(page.form) };
        break;
      default:
        throw new Error(`provider showed ${page.kind === 'error' ? 'an error page' : `a ${page.kind} page`}: ${page.message ?? ''}`);
    }
  }
  throw new Error(`gave up after ${MAX_STEPS} steps without reaching the redirect URI`);
}

async function main() {
  if (!MODES.has(mode)) fail(TOOL, `unknown KEYWAY_TEST_BROWSER_MODE "${mode}"`, 2);
  const startUrl = startUrlFromArgv();

  if (mode === 'noop') {
    log(`noop ${startUrl ? new URL(startUrl).pathname : '(no URL)'}`);
    process.exit(0);
  }
  if (!startUrl) fail(TOOL, 'usage: node browser.mjs [ARGS...] URL (no http(s) URL among the arguments)', 2);
  if (mode === 'record') {
    const file = process.env.KEYWAY_TEST_BROWSER_RECORD;
    if (!file) fail(TOOL, 'record mode needs KEYWAY_TEST_BROWSER_RECORD', 2);
    try {
      appendFileSync(file, `${startUrl}\n`);
    } catch (err) {
      fail(TOOL, `cannot write ${file}: ${err.message}`);
    }
    log(`record ${new URL(startUrl).pathname}`);
    process.exit(0);
  }

  installDeadline(TOOL, 20_000);
  let firstUrl = startUrl;
  if (mode === 'tamper-dpop-jkt') {
    const url = new URL(startUrl);
    // RFC 7638 §3.1's example thumbprint: a well-formed SHA-256 thumbprint of a key Keyway does not hold.
    if (url.searchParams.has('dpop_jkt')) url.searchParams.set('dpop_jkt', 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    firstUrl = url.href;
  }
  try {
    await run(firstUrl);
  } catch (err) {
    log(`fail ${err.message}`);
    fail(TOOL, err.message);
  }
  log('done');
  process.exit(0);
}

main();
