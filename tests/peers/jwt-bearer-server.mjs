#!/usr/bin/env node
// jwt-bearer-server.mjs: a small authorization server and API on 127.0.0.1 for the JWT bearer
// authorization grant (RFC 7523 §2.1), the way Google's token endpoint takes service-account
// assertions. oidc-provider does not implement this grant, hence this peer.
//
// Usage:
//   node jwt-bearer-server.mjs --jwks FILE --issuer ISS [--port 0] [--access-ttl SECONDS]
//                              [--subjects A,B] [--exit-on-stdin-close true|false]
//
// When it listens it prints exactly one JSON line to stdout:
//   {"issuer":"http://127.0.0.1:PORT","port":PORT,"token_endpoint":"http://127.0.0.1:PORT/token"}
//
// POST /token (application/x-www-form-urlencoded)
//   grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer, assertion=JWT, optional scope.
//   The assertion must be signed (RS256 or ES256) by a key in the --jwks file (a "kid" header
//   must name one of its keys when given) and carry (RFC 7523 §3):
//     iss  = --issuer (the service account)
//     aud  = the token endpoint URL
//     exp  in the future, at most 3600 s after iat (Google's limit)
//     iat  not more than 60 s in the future
//     sub  optional; when present and not the issuer it is domain-wide delegation and must be
//          one of --subjects (any subject when --subjects is not given)
//   Scopes: the "scope" claim (space separated, Google's way) or else the "scope" parameter.
//   Success: {"access_token","token_type":"Bearer","expires_in",--access-ttl,"scope"}.
//   Errors (RFC 6749 §5.2, RFC 7523 §3.1): 400 unsupported_grant_type, invalid_request,
//   invalid_grant (bad signature, claims, expiry; error_description says which),
//   unauthorized_client (a subject not allowed for delegation).
// GET /api/whoami with Authorization: Bearer TOKEN
//   200 {"sub","iss","email","scope","token_number"} (sub is the delegated user or the issuer);
//   401 + WWW-Authenticate: Bearer error="invalid_token" for unknown or expired tokens.
// GET /debug/assertions
//   the claims and header of every assertion accepted or refused, in order (the assertion itself
//   and the tokens are never listed): [{"accepted","error","alg","kid","iss","sub","aud","iat",
//   "exp","scope","jti"}], so tests can see each renewal signed a new assertion.
//
// Logs go to stderr only; it exits on SIGTERM/SIGINT or when its stdin closes.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify } from 'jose';

const TOOL = 'jwt-bearer-server';
const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const MAX_BODY = 64 * 1024;
const MAX_LIFETIME = 3600;
const SKEW = 60;

function usage(message) {
  if (message) process.stderr.write(`${TOOL}: ${message}\n`);
  process.stderr.write('usage: node jwt-bearer-server.mjs --jwks FILE --issuer ISS [--port 0] '
    + '[--access-ttl SECONDS] [--subjects A,B] [--exit-on-stdin-close true|false]\n');
  process.exit(2);
}

function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        jwks: { type: 'string' },
        issuer: { type: 'string' },
        port: { type: 'string', default: '0' },
        'access-ttl': { type: 'string', default: '3600' },
        subjects: { type: 'string' },
        'exit-on-stdin-close': { type: 'string', default: 'true' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    usage(err.message);
  }
  if (values.help) usage();
  if (!values.jwks) usage('--jwks FILE is required');
  if (!values.issuer) usage('--issuer is required');
  for (const name of ['port', 'access-ttl']) {
    if (!/^[0-9]+$/.test(values[name])) usage(`--${name} must be a whole number`);
  }
  if (Number(values.port) > 65535) usage('--port must be 0..65535');
  if (Number(values['access-ttl']) < 1) usage('--access-ttl must be at least 1');
  if (!['true', 'false'].includes(values['exit-on-stdin-close'])) usage('--exit-on-stdin-close must be true or false');

  let jwks;
  try {
    jwks = JSON.parse(readFileSync(values.jwks, 'utf8'));
  } catch (err) {
    usage(`cannot read --jwks ${values.jwks}: ${err.message}`);
  }
  if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0) usage(`--jwks ${values.jwks} is not a JWKS with keys`);
  // Only public members are needed to verify; drop private ones if the test handed them over.
  const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
  jwks = { keys: jwks.keys.map((k) => Object.fromEntries(Object.entries(k).filter(([n]) => !privateMembers.includes(n)))) };

  return {
    jwks,
    issuer: values.issuer,
    port: Number(values.port),
    accessTtl: Number(values['access-ttl']),
    subjects: values.subjects === undefined ? undefined : values.subjects.split(',').map((s) => s.trim()).filter(Boolean),
    exitOnStdinClose: values['exit-on-stdin-close'] === 'true',
  };
}

const options = parseCli();
const keySet = createLocalJWKSet(options.jwks);
const tokens = new Map(); // access token -> {sub, iss, scope, exp, number}
const assertions = []; // what /debug/assertions shows
const usedJtis = new Set(); // jti of every accepted assertion
let tokenEndpoint = '';
let issued = 0;

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text), ...headers,
  });
  res.end(text);
}

function oauthError(res, status, error, description) {
  send(res, status, { error, error_description: description });
}

async function handleToken(req, res, body) {
  const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  if (req.method !== 'POST') return oauthError(res, 405, 'invalid_request', 'use POST');
  if (type !== 'application/x-www-form-urlencoded') return oauthError(res, 400, 'invalid_request', 'form body expected');
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== GRANT) {
    return oauthError(res, 400, 'unsupported_grant_type', `only ${GRANT} is supported`);
  }
  const assertion = form.get('assertion');
  if (!assertion || form.getAll('assertion').length !== 1) return oauthError(res, 400, 'invalid_request', 'one assertion is required');

  const record = { accepted: false };
  assertions.push(record);
  const refuse = (error, description, status = 400) => {
    record.error = description;
    process.stderr.write(`${TOOL}: refused assertion: ${description}\n`);
    return oauthError(res, status, error, description);
  };

  let header;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return refuse('invalid_grant', 'the assertion is not a JWS');
  }
  record.alg = header.alg;
  record.kid = header.kid;

  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, keySet, {
      algorithms: ['RS256', 'ES256'],
      issuer: options.issuer,
      audience: tokenEndpoint,
      requiredClaims: ['iss', 'aud', 'exp', 'iat'],
      clockTolerance: SKEW,
    }));
  } catch (err) {
    // jose's messages name the failing claim ("unexpected \"aud\" claim value", "\"exp\" claim
    // timestamp check failed", "signature verification failed", "no applicable key found").
    try {
      const claims = JSON.parse(Buffer.from(assertion.split('.')[1] || '', 'base64url').toString('utf8'));
      Object.assign(record, {
        iss: claims.iss, sub: claims.sub, aud: claims.aud, iat: claims.iat, exp: claims.exp, scope: claims.scope,
        jti: claims.jti,
      });
    } catch { /* not JSON: nothing more to record */ }
    const what = err instanceof errors.JOSEError ? err.message : 'invalid assertion';
    return refuse('invalid_grant', what);
  }
  Object.assign(record, {
    iss: payload.iss, sub: payload.sub, aud: payload.aud, iat: payload.iat, exp: payload.exp, scope: payload.scope,
    jti: payload.jti,
  });
  // RFC 7523 §3 item 7: a server may refuse an assertion whose jti it has seen (a replay). Google does not ask
  // for a jti, so one is not required.
  if (payload.jti !== undefined) {
    if (typeof payload.jti !== 'string' || payload.jti === '') return refuse('invalid_grant', '"jti" is not a string');
    if (usedJtis.has(payload.jti)) return refuse('invalid_grant', 'the assertion was already used ("jti" seen before)');
    usedJtis.add(payload.jti);
  }
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat > now + SKEW) return refuse('invalid_grant', '"iat" is in the future');
  if (payload.exp - payload.iat > MAX_LIFETIME) return refuse('invalid_grant', `the assertion lives longer than ${MAX_LIFETIME} s`);
  if (payload.sub !== undefined && typeof payload.sub !== 'string') return refuse('invalid_grant', '"sub" must be a string');
  const delegated = payload.sub !== undefined && payload.sub !== payload.iss;
  if (delegated && options.subjects && !options.subjects.includes(payload.sub)) {
    return refuse('unauthorized_client', 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.');
  }
  const scope = typeof payload.scope === 'string' ? payload.scope : (form.get('scope') || '');

  record.accepted = true;
  issued += 1;
  const accessToken = `jb.${randomBytes(24).toString('base64url')}`;
  tokens.set(accessToken, {
    sub: payload.sub ?? payload.iss, iss: payload.iss, scope, exp: now + options.accessTtl, number: issued,
  });
  process.stderr.write(`${TOOL}: issued token #${issued} for ${payload.sub ?? payload.iss}\n`);
  return send(res, 200, {
    access_token: accessToken, token_type: 'Bearer', expires_in: options.accessTtl, scope,
  });
}

function handleWhoami(req, res) {
  const auth = req.headers.authorization || '';
  const match = auth.match(/^Bearer ([A-Za-z0-9._~+/-]+=*)$/);
  const token = match && tokens.get(match[1]);
  if (!token || token.exp <= Math.floor(Date.now() / 1000)) {
    return send(res, 401, { error: 'invalid_token' }, {
      'www-authenticate': `Bearer error="invalid_token", error_description="${token ? 'expired' : 'unknown token'}"`,
    });
  }
  return send(res, 200, {
    sub: token.sub, iss: token.iss, email: token.sub, scope: token.scope, token_number: token.number,
  });
}

const server = createServer((req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    res.on('finish', () => process.stderr.write(`${TOOL}: ${req.method} ${url.pathname} -> ${res.statusCode}\n`));
    if (size > MAX_BODY) return oauthError(res, 413, 'invalid_request', 'body too large');
    const body = Buffer.concat(chunks).toString('utf8');
    if (url.pathname === '/token') {
      return handleToken(req, res, body).catch((err) => {
        process.stderr.write(`${TOOL}: ${err.stack}\n`);
        oauthError(res, 500, 'server_error', 'internal error');
      });
    }
    if (url.pathname === '/api/whoami' && req.method === 'GET') return handleWhoami(req, res);
    if (url.pathname === '/debug/assertions' && req.method === 'GET') return send(res, 200, assertions);
    return send(res, 404, { error: 'not_found' });
  });
});

server.on('error', (err) => {
  process.stderr.write(`${TOOL}: ${err.message}\n`);
  process.exit(1);
});

server.listen(options.port, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  tokenEndpoint = `${issuer}/token`;
  process.stdout.write(`${JSON.stringify({ issuer, port, token_endpoint: tokenEndpoint })}\n`);
});

const shutdown = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
if (options.exitOnStdinClose) {
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}
