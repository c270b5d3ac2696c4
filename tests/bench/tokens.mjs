#!/usr/bin/env node
// tokens.mjs: obtains N refresh tokens from the local OpenID Provider (tests/peers/oidc-server.mjs) quickly,
// for the refresh benchmark. Each one is a complete authorization code + PKCE flow of the public client
// keyway-native, run in this process (no browser process, no listener): the scripted user of
// tests/peers/lib signs in (once per worker) and consents, the code is read from the redirect Location and exchanged.
//
// Usage: node tokens.mjs ISSUER COUNT [CONCURRENCY]   -> one refresh token per line on stdout
import { createHash, randomBytes } from 'node:crypto';

import { Agent, classifyPage, formFields } from '../peers/lib/scripted-user.mjs';

const [issuer, countText, concurrencyText = '4'] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
if (!issuer || !Number.isInteger(count) || count < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  process.stderr.write('usage: node tokens.mjs ISSUER COUNT [CONCURRENCY]\n');
  process.exit(2);
}

const CLIENT_ID = 'keyway-native';
// Never contacted: the flow stops at the redirect and reads the code from its Location header.
const REDIRECT_URI = 'http://127.0.0.1:9/callback';
const base64url = (bytes) => Buffer.from(bytes).toString('base64url');
const noLog = () => {};

// One flow; `agent` keeps its provider session between flows, so only a worker's first flow signs in.
async function oneRefreshToken(agent, worker) {
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const auth = new URL(`${issuer}/auth`);
  auth.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: 'openid email offline_access',
    state,
    nonce: base64url(randomBytes(16)),
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();

  let next = { url: auth.href };
  for (let step = 0; step < 20; step += 1) {
    if (next.url.startsWith(REDIRECT_URI)) {
      const params = new URL(next.url).searchParams;
      if (params.get('state') !== state || !params.get('code')) throw new Error(`bad redirect: ${params.get('error') ?? 'no code'}`);
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code', code: params.get('code'), redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier,
        }),
      });
      const body = await response.json();
      if (!body.refresh_token) throw new Error(`token response ${response.status} without refresh_token: ${body.error ?? ''}`);
      return body.refresh_token;
    }
    const response = await agent.request(next.url, { form: next.form });
    if (response.status >= 300 && response.status < 400) {
      next = { url: response.location };
      continue;
    }
    const page = classifyPage(response.text, response.url);
    if (page.kind === 'login') {
      next = { url: page.form.action, form: formFields(page.form, { login: `bench${worker}`, password: 'any-password' }) };
    } else if (page.kind === 'consent') {
      next = { url: page.form.action, form: formFields(page.form) };
    } else {
      throw new Error(`unexpected ${page.kind} page (HTTP ${response.status}): ${page.message ?? ''}`);
    }
  }
  throw new Error('no redirect after 20 steps');
}

const tokens = new Array(count);
let nextIndex = 0;
async function worker(_unused, id) {
  const agent = new Agent(noLog);
  while (nextIndex < count) {
    const index = nextIndex;
    nextIndex += 1;
    tokens[index] = await oneRefreshToken(agent, id);
  }
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
} catch (err) {
  process.stderr.write(`tokens.mjs: ${err.message}\n`);
  process.exit(1);
}
process.stdout.write(`${tokens.join('\n')}\n`);
