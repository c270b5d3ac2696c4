#!/usr/bin/env node
// selftest.mjs: proves the peers work before the C++ tests rely on them. It starts
// oidc-server.mjs and echo-server.mjs, plays Keyway's part (a loopback listener on a random
// port, PKCE, token requests) and drives browser.mjs / device.mjs through every mode.
//
// Usage: node selftest.mjs        (exit 0 only if every check passes; one line per check)

import { spawn } from 'node:child_process';
import {
  createHash, createPrivateKey, generateKeyPairSync, randomBytes, randomUUID,
} from 'node:crypto';
import {
  mkdtempSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  SignJWT, createRemoteJWKSet, decodeProtectedHeader, importJWK, jwtVerify,
} from 'jose';

const HERE = dirname(fileURLToPath(import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'keyway-peers-selftest-'));
const children = new Set();
let failures = 0;
let passes = 0;

// ---------------------------------------------------------------------------------------------
// Tiny test harness

function check(condition, label, detail) {
  if (condition) {
    passes += 1;
    process.stdout.write(`ok   ${label}\n`);
  } else {
    failures += 1;
    process.stdout.write(`FAIL ${label}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}\n`);
  }
  return condition;
}

function note(text) {
  process.stdout.write(`--   ${text}\n`);
}

// Starts a peer and resolves with its first stdout line parsed as JSON.
function startPeer(script, args = [], env = {}) {
  const child = spawn(process.execPath, [join(HERE, script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${stderr}`)), 10_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const nl = stdout.indexOf('\n');
      if (nl !== -1) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(stdout.slice(0, nl)), stderr: () => stderr, extraStdout: () => stdout.slice(nl + 1) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited ${code} before starting: ${stderr}`));
    });
  });
}

// Runs a scripted-user script to completion.
function runScript(script, args, env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(HERE, script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

// Keyway's loopback listener stand-in: 127.0.0.1, random port, records the callback query.
async function startListener() {
  const hits = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    hits.push({ method: req.method, path: url.pathname, params: Object.fromEntries(url.searchParams) });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('You can close this window.');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    hits,
    redirectUri: `http://127.0.0.1:${port}/callback`,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function form(url, fields, { basic, headers = {} } = {}) {
  const h = { 'content-type': 'application/x-www-form-urlencoded', ...headers };
  if (basic) {
    // RFC 6749 §2.3.1: client_id and secret are form-urlencoded before Base64.
    const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
    h.authorization = `Basic ${Buffer.from(`${enc(basic[0])}:${enc(basic[1])}`).toString('base64')}`;
  }
  const response = await fetch(url, { method: 'POST', headers: h, body: new URLSearchParams(fields) });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return {
    status: response.status, json, text, headers: response.headers,
  };
}

// ---------------------------------------------------------------------------------------------
// Flows

// One authorization code run through browser.mjs. Returns the listener hit and PKCE verifier.
async function authorize(op, clientId, {
  mode = 'approve', login, scope = 'openid profile email api:read', pkce = true, extraArgs = [], params = {},
} = {}) {
  const listener = await startListener();
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const url = new URL(op.discovery.authorization_endpoint);
  const query = {
    client_id: clientId, response_type: 'code', redirect_uri: listener.redirectUri, scope, state, nonce, ...params,
  };
  if (pkce) Object.assign(query, { code_challenge: challenge, code_challenge_method: 'S256' });
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const env = { KEYWAY_TEST_BROWSER_MODE: mode, KEYWAY_TEST_BROWSER_LOG: join(TMP, 'browser.log') };
  if (login) env.KEYWAY_TEST_LOGIN = login;
  const run = await runScript('browser.mjs', [...extraArgs, url.href], env);
  await listener.close();
  return {
    run, hit: listener.hits[0], hits: listener.hits, state, nonce, verifier, redirectUri: listener.redirectUri, url,
  };
}

async function startOp(args = []) {
  const peer = await startPeer('oidc-server.mjs', args);
  const { issuer } = peer.info;
  const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  return { ...peer, issuer, discovery };
}

async function verifyIdToken(op, idToken, audience, nonce) {
  const jwks = createRemoteJWKSet(new URL(op.discovery.jwks_uri));
  const { payload, protectedHeader } = await jwtVerify(idToken, jwks, { issuer: op.issuer, audience });
  check(protectedHeader.alg === 'RS256', 'id_token is RS256', protectedHeader);
  check(payload.nonce === nonce, 'id_token nonce matches');
  return payload;
}

// ---------------------------------------------------------------------------------------------

async function testNativeClient(op) {
  note('keyway-native: public client, PKCE, refresh rotation');
  const a = await authorize(op, 'keyway-native', { extraArgs: ['--new-window'] });
  check(a.run.code === 0, 'browser approve exits 0 (URL as last argument after a flag)', a.run.stderr);
  check(a.hits.length === 1 && a.hit?.path === '/callback', 'listener got exactly one callback', a.hits);
  check(a.hit?.params.state === a.state, 'state round-trips');
  check(a.hit?.params.iss === op.issuer, 'RFC 9207 iss parameter present', a.hit?.params);
  check(typeof a.hit?.params.code === 'string', 'authorization code present');

  const wrong = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: a.hit.params.code, redirect_uri: a.redirectUri, client_id: 'keyway-native', code_verifier: pkcePair().verifier,
  });
  check(wrong.status === 400 && wrong.json?.error === 'invalid_grant', 'wrong code_verifier -> invalid_grant', wrong.json);
  // oidc-provider does not burn the code on a PKCE mismatch: the right verifier still works once.
  const first = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: a.hit.params.code, redirect_uri: a.redirectUri, client_id: 'keyway-native', code_verifier: a.verifier,
  });
  check(first.status === 200, 'code still redeemable after a failed PKCE attempt', first.json);
  const replayed = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: a.hit.params.code, redirect_uri: a.redirectUri, client_id: 'keyway-native', code_verifier: a.verifier,
  });
  check(replayed.json?.error === 'invalid_grant', 'a redeemed code is single use -> invalid_grant', replayed.json);
  // RFC 6749 §4.1.2: a replayed code revokes the tokens issued from it.
  const revokedByReplay = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: first.json.refresh_token, client_id: 'keyway-native' });
  check(revokedByReplay.json?.error === 'invalid_grant', 'code replay revoked the tokens issued with it', revokedByReplay.json);

  const b = await authorize(op, 'keyway-native', { scope: 'openid profile email api:read api:write' });
  check(b.run.code === 0 && b.hit?.params.code, 'second run on another random port', b.run.stderr);
  note(`listener ports ${new URL(a.redirectUri).port} and ${new URL(b.redirectUri).port} (registered URI has no port)`);
  const tok = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: b.hit.params.code, redirect_uri: b.redirectUri, client_id: 'keyway-native', code_verifier: b.verifier,
  });
  check(tok.status === 200, 'code exchange with code_verifier, no secret', tok.json);
  const t = tok.json;
  check(t.token_type === 'Bearer' && typeof t.access_token === 'string', 'Bearer access token');
  check(typeof t.refresh_token === 'string', 'refresh token issued without offline_access');
  check(t.expires_in === 300, 'expires_in follows --access-ttl', t.expires_in);
  check(t.scope === 'openid profile email api:read api:write', 'scope echoed', t.scope);
  const claims = await verifyIdToken(op, t.id_token, 'keyway-native', b.nonce);
  check(claims.sub === 'alice' && claims.email === 'alice@example.test' && claims.email_verified === true
    && claims.name === 'Alice', 'id_token claims sub/email/email_verified/name', claims);
  note(`id_token at_hash ${claims.at_hash ? 'present' : 'absent'} (token endpoint response)`);

  const ui = await fetch(op.discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${t.access_token}` } });
  const uj = await ui.json();
  check(ui.status === 200 && uj.sub === 'alice' && uj.email === 'alice@example.test', 'userinfo answers', uj);
  const badUi = await fetch(op.discovery.userinfo_endpoint, { headers: { authorization: 'Bearer nope' } });
  const badUiAuth = badUi.headers.get('www-authenticate') || '';
  check(badUi.status === 401 && /^Bearer /.test(badUiAuth) && /error="invalid_token"/.test(badUiAuth), 'userinfo with a bad token -> 401 Bearer invalid_token', badUiAuth);
  note(`userinfo WWW-Authenticate: ${badUiAuth}`);

  const r1 = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: 'keyway-native' });
  check(r1.status === 200 && r1.json.refresh_token && r1.json.refresh_token !== t.refresh_token, 'refresh rotates the refresh token', r1.json);
  check(typeof r1.json.id_token === 'string', 'refresh also returns an id_token');
  const reuse = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: 'keyway-native' });
  check(reuse.status === 400 && reuse.json.error === 'invalid_grant', 'reused refresh token -> invalid_grant', reuse.json);
  note(`reuse error_description: ${reuse.json.error_description}`);
  const after = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: r1.json.refresh_token, client_id: 'keyway-native' });
  check(after.json?.error === 'invalid_grant', 'reuse revoked the whole grant (new refresh token dead too)', after.json);

  const noPkce = await authorize(op, 'keyway-native', { pkce: false });
  check(noPkce.hit?.params.error === 'invalid_request', 'public client without PKCE -> invalid_request at redirect', noPkce.hit?.params);
  note(`no-PKCE error_description: ${noPkce.hit?.params.error_description}`);

  const badRedirect = await (async () => {
    const url = new URL(op.discovery.authorization_endpoint);
    const { challenge } = pkcePair();
    Object.entries({
      client_id: 'keyway-native', response_type: 'code', redirect_uri: 'http://127.0.0.1:9/other', scope: 'openid', state: 's', code_challenge: challenge, code_challenge_method: 'S256',
    }).forEach(([k, v]) => url.searchParams.set(k, v));
    return runScript('browser.mjs', [url.href]);
  })();
  check(badRedirect.code === 1 && /redirect_uri/.test(badRedirect.stderr), 'unregistered path -> error page, browser exits 1', badRedirect.stderr);
}

async function testConfidentialClients(op) {
  note('keyway-basic / keyway-post: confidential clients');
  const a = await authorize(op, 'keyway-basic', { login: 'bob', scope: 'openid email' });
  check(a.run.code === 0 && a.hit?.params.code, 'keyway-basic approve as bob', a.run.stderr);
  const tok = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: a.hit.params.code, redirect_uri: a.redirectUri, code_verifier: a.verifier,
  }, { basic: ['keyway-basic', 'basic-secret'] });
  check(tok.status === 200 && tok.json.refresh_token, 'client_secret_basic code exchange', tok.json);
  const claims = await verifyIdToken(op, tok.json.id_token, 'keyway-basic', a.nonce);
  check(claims.sub === 'bob' && claims.email === 'bob@example.test' && claims.name === undefined, 'claims follow login and scope', claims);

  const intro = await form(op.discovery.introspection_endpoint, { token: tok.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(intro.json?.active === true && intro.json.sub === 'bob' && intro.json.client_id === 'keyway-basic', 'introspect own access token', intro.json);
  const introRt = await form(op.discovery.introspection_endpoint, { token: tok.json.refresh_token, token_type_hint: 'refresh_token' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(introRt.json?.active === true && introRt.json.token_type === undefined, 'introspect refresh token', introRt.json);

  // RFC 7009: revoking the refresh token revokes the grant, the access token goes with it.
  const rev = await form(op.discovery.revocation_endpoint, { token: tok.json.refresh_token, token_type_hint: 'refresh_token' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(rev.status === 200, 'revoke refresh token -> 200', rev.text);
  const refreshAfter = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: tok.json.refresh_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(refreshAfter.json?.error === 'invalid_grant', 'refresh after revocation -> invalid_grant', refreshAfter.json);
  const introAfter = await form(op.discovery.introspection_endpoint, { token: tok.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(introAfter.json?.active === false, 'access token inactive after refresh token revocation', introAfter.json);
  const revUnknown = await form(op.discovery.revocation_endpoint, { token: 'no-such-token' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(revUnknown.status === 200, 'revoking an unknown token -> 200 (RFC 7009 §2.2)', revUnknown.text);

  const p = await authorize(op, 'keyway-post', { scope: 'openid', pkce: false });
  check(p.run.code === 0 && p.hit?.params.code, 'keyway-post approve without PKCE (not required for confidential)', p.hit?.params);
  const badSecret = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: p.hit.params.code, redirect_uri: p.redirectUri, client_id: 'keyway-post', client_secret: 'wrong',
  });
  check(badSecret.status === 401 && badSecret.json?.error === 'invalid_client', 'wrong secret -> 401 invalid_client', badSecret.json);
  const badBasic = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials' }, { basic: ['keyway-basic', 'wrong'] });
  note(`bad Basic secret: ${badBasic.status} WWW-Authenticate: ${badBasic.headers.get('www-authenticate')}`);
  const p2 = await authorize(op, 'keyway-post', { scope: 'openid offline_access', params: { prompt: 'consent' } });
  const ptok = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: p2.hit.params.code, redirect_uri: p2.redirectUri, code_verifier: p2.verifier, client_id: 'keyway-post', client_secret: 'post-secret',
  });
  check(ptok.status === 200 && ptok.json.refresh_token && ptok.json.scope === 'openid offline_access', 'client_secret_post code exchange (offline_access + prompt=consent)', ptok.json);
  const pr = await form(op.discovery.token_endpoint, {
    grant_type: 'refresh_token', refresh_token: ptok.json.refresh_token, client_id: 'keyway-post', client_secret: 'post-secret',
  });
  check(pr.status === 200 && pr.json.refresh_token !== ptok.json.refresh_token, 'confidential refresh rotates too (rotate-refresh true)', pr.json);
  // oidc-provider treats client_secret_basic and client_secret_post as interchangeable.
  const basicForPost = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: pr.json.refresh_token }, { basic: ['keyway-post', 'post-secret'] });
  check(basicForPost.status === 200, 'Basic auth is also accepted for the client_secret_post client', basicForPost.json);
  const twoWays = await form(op.discovery.token_endpoint, {
    grant_type: 'refresh_token', refresh_token: basicForPost.json.refresh_token, client_secret: 'post-secret',
  }, { basic: ['keyway-post', 'post-secret'] });
  check(twoWays.status === 400 && twoWays.json?.error === 'invalid_request', 'Basic header and client_secret together -> invalid_request', twoWays.json);
  const noneForBasic = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', client_id: 'keyway-basic' });
  check(noneForBasic.status === 401 && noneForBasic.json?.error === 'invalid_client', 'confidential client without a secret -> 401 invalid_client', noneForBasic.json);
}

async function testClientCredentials(op) {
  note('client_credentials + introspection');
  const cc = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', scope: 'api:read' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(cc.status === 200 && cc.json.scope === 'api:read' && cc.json.expires_in === 300 && !cc.json.refresh_token, 'client_credentials api:read', cc.json);
  let isJwt = true;
  try { decodeProtectedHeader(cc.json.access_token); } catch { isJwt = false; }
  check(!isJwt, 'client_credentials token is opaque');
  const i1 = await form(op.discovery.introspection_endpoint, { token: cc.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(i1.json?.active === true && i1.json.scope === 'api:read' && i1.json.client_id === 'keyway-basic' && i1.json.token_type === 'Bearer', 'introspection by owner', i1.json);
  const i2 = await form(op.discovery.introspection_endpoint, { token: cc.json.access_token, client_id: 'keyway-post', client_secret: 'post-secret' });
  check(i2.json?.active === true, 'introspection by another confidential client', i2.json);
  const i3 = await form(op.discovery.introspection_endpoint, { token: 'garbage' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(i3.status === 200 && i3.json?.active === false, 'unknown token -> active false', i3.json);
  const i4 = await form(op.discovery.introspection_endpoint, { token: cc.json.access_token }, { basic: ['keyway-basic', 'nope'] });
  check(i4.status === 401 && i4.json?.error === 'invalid_client', 'introspection with bad credentials -> 401', i4.json);

  const both = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', scope: 'api:read api:write openid' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(both.status === 200, 'client_credentials multiple scopes', both.json);
  note(`client_credentials scope for "api:read api:write openid": ${both.json.scope}`);
  const res = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', scope: 'api:read', resource: 'urn:keyway:api' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(res.status === 200 && res.json.scope === 'api:read', 'client_credentials with resource indicator', res.json);
  const ri = await form(op.discovery.introspection_endpoint, { token: res.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(ri.json?.aud === 'urn:keyway:api', 'introspection shows the resource as aud', ri.json);
  const badRes = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', resource: 'https://elsewhere.example/' }, { basic: ['keyway-basic', 'basic-secret'] });
  check(badRes.json?.error === 'invalid_target', 'unknown resource -> invalid_target', badRes.json);

  const revoke = await form(op.discovery.revocation_endpoint, { token: cc.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(revoke.status === 200, 'revoke client_credentials token');
  const i5 = await form(op.discovery.introspection_endpoint, { token: cc.json.access_token }, { basic: ['keyway-basic', 'basic-secret'] });
  check(i5.json?.active === false, 'revoked token inactive', i5.json);
  const nativeCc = await form(op.discovery.token_endpoint, { grant_type: 'client_credentials', client_id: 'keyway-native' });
  // oidc-provider answers invalid_request here, not RFC 6749 §5.2's unauthorized_client.
  check(nativeCc.status === 400 && nativeCc.json?.error === 'invalid_request', 'public client may not use client_credentials -> invalid_request', nativeCc.json);
}

async function testPrivateKeyJwt(op, keys) {
  note('keyway-pkjwt: private_key_jwt RS256 and ES256');
  for (const { alg, jwk } of keys) {
    const key = await importJWK(jwk, alg);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg, kid: jwk.kid })
      .setIssuer('keyway-pkjwt').setSubject('keyway-pkjwt').setAudience(op.discovery.token_endpoint)
      .setJti(randomUUID()).setIssuedAt().setExpirationTime('60s')
      .sign(key);
    const body = {
      grant_type: 'client_credentials', scope: 'api:read', client_id: 'keyway-pkjwt',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion,
    };
    const r = await form(op.discovery.token_endpoint, body);
    check(r.status === 200 && r.json.access_token, `private_key_jwt ${alg} client_credentials`, r.json);
    const replay = await form(op.discovery.token_endpoint, body);
    check(replay.json?.error === 'invalid_client', `replayed ${alg} assertion (same jti) -> invalid_client`, replay.json);
  }
}

async function testDeviceFlow(op) {
  note('keyway-device: RFC 8628');
  const poll = (deviceCode) => form(op.discovery.token_endpoint, {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode, client_id: 'keyway-device',
  });
  const da = await form(op.discovery.device_authorization_endpoint, { client_id: 'keyway-device', scope: 'openid email api:read' });
  check(da.status === 200 && da.json.device_code && da.json.user_code && da.json.verification_uri, 'device authorization', da.json);
  check(da.json.interval === 1, '--device-interval 1 shows as interval', da.json);
  note(`device response: verification_uri=${da.json.verification_uri} interval=${da.json.interval} expires_in=${da.json.expires_in}`);
  const pending = await poll(da.json.device_code);
  check(pending.json?.error === 'authorization_pending', 'poll before approval -> authorization_pending', pending.json);
  const slow = await poll(da.json.device_code);
  note(`immediate second poll: ${slow.json?.error}`);
  const run = await runScript('device.mjs', [da.json.verification_uri, da.json.user_code], { KEYWAY_TEST_LOGIN: 'carol', KEYWAY_TEST_BROWSER_LOG: join(TMP, 'device.log') });
  check(run.code === 0, 'device.mjs approve exits 0', run.stderr);
  await new Promise((r) => { setTimeout(r, (da.json.interval ?? 5) * 1000 + 200); });
  const done = await poll(da.json.device_code);
  check(done.status === 200 && done.json.access_token && done.json.refresh_token && done.json.id_token, 'device tokens incl. refresh token', done.json);
  if (done.json?.id_token) {
    const claims = await verifyIdToken(op, done.json.id_token, 'keyway-device', undefined);
    check(claims.sub === 'carol', 'device id_token sub = carol', claims);
  }
  const dr = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: done.json.refresh_token, client_id: 'keyway-device' });
  check(dr.status === 200 && dr.json.refresh_token !== done.json.refresh_token, 'device client refresh rotates', dr.json);

  const complete = await form(op.discovery.device_authorization_endpoint, { client_id: 'keyway-device', scope: 'openid' });
  const runComplete = await runScript('device.mjs', [complete.json.verification_uri_complete]);
  check(runComplete.code === 0, 'device.mjs with verification_uri_complete only', runComplete.stderr);

  const denied = await form(op.discovery.device_authorization_endpoint, { client_id: 'keyway-device', scope: 'openid' });
  const runDeny = await runScript('device.mjs', [denied.json.verification_uri, denied.json.user_code], { KEYWAY_TEST_BROWSER_MODE: 'deny' });
  check(runDeny.code === 0, 'device.mjs deny exits 0', runDeny.stderr);
  const deniedPoll = await poll(denied.json.device_code);
  check(deniedPoll.json?.error === 'access_denied', 'poll after deny -> access_denied', deniedPoll.json);

  const badCode = await runScript('device.mjs', [da.json.verification_uri, 'BCDF-GHJK']);
  check(badCode.code === 1 && /user code/.test(badCode.stderr), 'wrong user code -> exit 1', badCode.stderr);
}

async function testBrowserModes(op) {
  note('browser.mjs modes');
  const deny = await authorize(op, 'keyway-native', { mode: 'deny' });
  check(deny.run.code === 0 && deny.hit?.params.error === 'access_denied' && deny.hit.params.state === deny.state, 'deny -> error=access_denied with state', deny.hit?.params);
  const tamper = await authorize(op, 'keyway-native', { mode: 'tamper-state' });
  check(tamper.run.code === 0 && tamper.hit?.params.state === 'tampered' && tamper.hit.params.code, 'tamper-state', tamper.hit?.params);
  const drop = await authorize(op, 'keyway-native', { mode: 'drop-state' });
  check(drop.run.code === 0 && drop.hit && !('state' in drop.hit.params) && drop.hit.params.code, 'drop-state', drop.hit?.params);
  const noop = await authorize(op, 'keyway-native', { mode: 'noop' });
  check(noop.run.code === 0 && noop.hits.length === 0 && noop.run.ms < 5000, 'noop exits 0 and never calls back', noop);
  const recordFile = join(TMP, 'record.txt');
  const rec = await runScript('browser.mjs', ['--foo', 'http://127.0.0.1:1/auth?x=1&y=2'], { KEYWAY_TEST_BROWSER_MODE: 'record', KEYWAY_TEST_BROWSER_RECORD: recordFile });
  check(rec.code === 0 && readFileSync(recordFile, 'utf8') === 'http://127.0.0.1:1/auth?x=1&y=2\n', 'record appends the full URL', rec.stderr);
  const fp = await authorize(op, 'keyway-native', { params: { response_mode: 'form_post' } });
  check(fp.run.code === 0 && fp.hit?.method === 'POST', 'response_mode=form_post delivered by POST', fp.hits);
  const unreachable = await runScript('browser.mjs', ['http://127.0.0.1:1/auth']);
  check(unreachable.code === 1 && unreachable.stderr.includes('failed'), 'unreachable provider -> exit 1', unreachable.stderr);
  const noUrl = await runScript('browser.mjs', ['--flag']);
  check(noUrl.code === 2, 'no URL -> exit 2', noUrl.stderr);
  const badMode = await runScript('browser.mjs', ['http://127.0.0.1:1/'], { KEYWAY_TEST_BROWSER_MODE: 'sideways' });
  check(badMode.code === 2, 'unknown mode -> exit 2', badMode.stderr);
  // A provider that never answers must not hang the browser: the 20 s deadline fires.
  const silent = createServer(() => {});
  await new Promise((r) => silent.listen(0, '127.0.0.1', r));
  const hang = await runScript('browser.mjs', [`http://127.0.0.1:${silent.address().port}/auth`]);
  silent.closeAllConnections();
  silent.close();
  check(hang.code === 124 && hang.ms < 25_000, 'silent provider -> exit 124 within the deadline', hang);
  const log = readFileSync(join(TMP, 'browser.log'), 'utf8');
  check(/page login/.test(log) && /deliver tamper-state/.test(log) && !/code=/.test(log), 'browser log written, no query strings', log.slice(0, 200));
}

async function testNoRotation() {
  note('--rotate-refresh false');
  const op = await startOp(['--rotate-refresh', 'false', '--access-ttl', '120']);
  const a = await authorize(op, 'keyway-native', { scope: 'openid' });
  const tok = await form(op.discovery.token_endpoint, {
    grant_type: 'authorization_code', code: a.hit.params.code, redirect_uri: a.redirectUri, client_id: 'keyway-native', code_verifier: a.verifier,
  });
  check(tok.json?.expires_in === 120, '--access-ttl 120', tok.json);
  const r1 = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: tok.json.refresh_token, client_id: 'keyway-native' });
  const r2 = await form(op.discovery.token_endpoint, { grant_type: 'refresh_token', refresh_token: tok.json.refresh_token, client_id: 'keyway-native' });
  check(r1.status === 200 && r1.json.refresh_token === tok.json.refresh_token && r2.status === 200, 'refresh token kept and reusable', [r1.json, r2.json]);
  check(op.extraStdout() === '', 'nothing but the JSON line on stdout', op.extraStdout());
  // Closing stdin stops the server (a killed test never leaves it orphaned).
  const exited = new Promise((r) => op.child.once('exit', (code) => r(code)));
  op.child.stdin.end();
  check(await exited === 0, 'oidc-server exits 0 when stdin closes');
}

async function testEcho() {
  note('echo-server.mjs');
  const echo = await startPeer('echo-server.mjs', [], { ECHO_REQUIRED_TOKEN: 'tok-123' });
  const base = `http://127.0.0.1:${echo.info.port}`;
  const r = await fetch(`${base}/some/path?a=1&b=x%20y&a=2`, { method: 'POST', headers: { 'X-Custom': 'Hello', 'content-type': 'text/plain' }, body: 'payload' });
  const j = await r.json();
  check(r.status === 200 && j.method === 'POST' && j.path === '/some/path' && j.body === 'payload'
    && j.headers['x-custom'] === 'Hello' && j.query.b === 'x y' && Array.isArray(j.query.a), 'echo describes the request', j);
  const s = await fetch(`${base}/status/503`);
  check(s.status === 503 && (await s.json()).path === '/status/503', '/status/503');
  const b1 = await fetch(`${base}/bearer-required`);
  check(b1.status === 401 && b1.headers.get('www-authenticate') === 'Bearer error="invalid_token"', '/bearer-required without token -> 401');
  const b2 = await fetch(`${base}/bearer-required`, { headers: { authorization: 'Bearer wrong' } });
  check(b2.status === 401, '/bearer-required wrong token -> 401');
  const b3 = await fetch(`${base}/bearer-required`, { headers: { authorization: 'Bearer tok-123' } });
  check(b3.status === 200, '/bearer-required right token -> 200');
  const exited = new Promise((res) => echo.child.once('exit', (code) => res(code)));
  echo.child.stdin.end();
  check(await exited === 0, 'echo-server exits when stdin closes');
}

function makeClientKeys() {
  // PEM first, then a separate KeyObject for the JWK export: see jwkOf in oidc-server.mjs (a Node.js 20 deadlock).
  const pemOptions = { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } };
  const rsa = createPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048, ...pemOptions }).privateKey).export({ format: 'jwk' });
  const ec = createPrivateKey(generateKeyPairSync('ec', { namedCurve: 'P-256', ...pemOptions }).privateKey).export({ format: 'jwk' });
  const keys = [{ alg: 'RS256', jwk: { ...rsa, kid: 'client-rsa' } }, { alg: 'ES256', jwk: { ...ec, kid: 'client-ec' } }];
  // Hand the server the private JWKS on purpose: it must strip private members itself.
  const file = join(TMP, 'clients-jwks.json');
  writeFileSync(file, JSON.stringify({ keys: keys.map((k) => k.jwk) }));
  return { keys, file };
}

async function main() {
  const deadline = setTimeout(() => {
    process.stdout.write('FAIL selftest timed out\n');
    for (const child of children) child.kill('SIGTERM');
    process.exit(1);
  }, 180_000);

  const clientKeys = makeClientKeys();
  const op = await startOp(['--port', '0', '--access-ttl', '300', '--clients-jwks', clientKeys.file, '--device-interval', '1']);
  check(op.discovery.issuer === op.issuer && /^http:\/\/127\.0\.0\.1:[0-9]+$/.test(op.issuer), `discovery at ${op.issuer}`);
  try {
    await testNativeClient(op);
    await testConfidentialClients(op);
    await testClientCredentials(op);
    await testPrivateKeyJwt(op, clientKeys.keys);
    await testDeviceFlow(op);
    await testBrowserModes(op);
    await testNoRotation();
    await testEcho();
  } catch (err) {
    check(false, 'selftest ran to the end', err.stack);
    process.stderr.write(op.stderr().split('\n').slice(-30).join('\n'));
  }
  clearTimeout(deadline);
  for (const child of children) child.kill('SIGTERM');
  rmSync(TMP, { recursive: true, force: true });
  process.stdout.write(`\n${passes} passed, ${failures} failed\n`);
  process.exit(failures === 0 ? 0 : 1);
}

main();
