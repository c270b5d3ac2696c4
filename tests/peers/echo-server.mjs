#!/usr/bin/env node
// echo-server.mjs: an HTTP server on 127.0.0.1 that describes every request it gets, so Keyway's
// tests can see exactly what the HTTP layer sent (method, path, query, headers, body).
//
// Usage: node echo-server.mjs [--port 0] [--exit-on-stdin-close true|false]
// Prints {"port":N} on one stdout line once listening; exits on SIGTERM/SIGINT or when stdin closes.
//
// Every request gets 200 and application/json:
//   {"method":"GET","path":"/x","query":{"a":"1"},"headers":{"host":"..."},"body":"..."}
// (headers lower-cased; a repeated query parameter becomes an array; body is the raw text.)
// Special paths:
//   /status/NNN        answers with status NNN (200-599) and the same JSON
//   /bearer-required   401 + WWW-Authenticate: Bearer error="invalid_token" (RFC 6750 §3) unless
//                      the Authorization header is exactly "Bearer " + $ECHO_REQUIRED_TOKEN

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const TOOL = 'echo-server';
const MAX_BODY = 1024 * 1024;

function usage(message) {
  if (message) process.stderr.write(`${TOOL}: ${message}\n`);
  process.stderr.write('usage: node echo-server.mjs [--port 0] [--exit-on-stdin-close true|false]\n');
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
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
if (!/^[0-9]+$/.test(values.port) || Number(values.port) > 65535) usage(`bad --port "${values.port}"`);
if (!['true', 'false'].includes(values['exit-on-stdin-close'])) usage('--exit-on-stdin-close must be true or false');

function describe(req, url, body) {
  const query = {};
  for (const [key, value] of url.searchParams) {
    if (Object.hasOwn(query, key)) {
      query[key] = [].concat(query[key], value);
    } else {
      query[key] = value;
    }
  }
  const headers = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key.toLowerCase()] = value;
  return {
    method: req.method, path: url.pathname, query, headers, body,
  };
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
    const description = describe(req, url, Buffer.concat(chunks).toString('utf8'));
    let status = 200;
    const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };

    const statusMatch = url.pathname.match(/^\/status\/([0-9]{3})$/);
    if (statusMatch && Number(statusMatch[1]) >= 200 && Number(statusMatch[1]) <= 599) {
      status = Number(statusMatch[1]);
    } else if (url.pathname === '/bearer-required') {
      const required = process.env.ECHO_REQUIRED_TOKEN;
      if (!required || req.headers.authorization !== `Bearer ${required}`) {
        status = 401;
        headers['www-authenticate'] = 'Bearer error="invalid_token"';
      }
    }

    const text = JSON.stringify(description);
    // 204 and 304 carry no body (RFC 9110 §15.3.5, §15.4.5).
    const bodyless = status === 204 || status === 304 || req.method === 'HEAD';
    res.writeHead(status, bodyless ? headers : { ...headers, 'content-length': Buffer.byteLength(text) });
    res.end(bodyless ? undefined : text);
    process.stderr.write(`${TOOL}: ${req.method} ${url.pathname} -> ${status}\n`);
  });
});

server.on('error', (err) => {
  process.stderr.write(`${TOOL}: ${err.message}\n`);
  process.exit(1);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});

const shutdown = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
if (values['exit-on-stdin-close'] === 'true') {
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}
