#!/usr/bin/env node
// follow.mjs: the smallest "system browser" for tests against fake providers that approve at once (their
// /authorize answers 302 straight to the redirect URI). Keyway runs it as its browser command with the
// authorization URL; it GETs that URL and follows every redirect, which ends at Keyway's loopback listener.
//
// Usage: node follow.mjs [ANY ARGS...] URL   (the last argument that looks like a URL is used)
// Exit status: 0 once the last URL answered (any status), 1 on failure, 2 on bad usage, 124 after 20 s.
const url = process.argv.slice(2).filter((arg) => /^https?:\/\//i.test(arg)).at(-1);
if (!url) {
  process.stderr.write('follow.mjs: usage: node follow.mjs URL\n');
  process.exit(2);
}
const deadline = setTimeout(() => {
  process.stderr.write('follow.mjs: gave up after 20 s\n');
  process.exit(124);
}, 20000);
try {
  const response = await fetch(url, { redirect: 'follow' });
  await response.arrayBuffer();
  const last = new URL(response.url);
  process.stderr.write(`follow.mjs: ${last.origin}${last.pathname} answered HTTP ${response.status}\n`);
  clearTimeout(deadline);
  process.exit(0);
} catch (error) {
  process.stderr.write(`follow.mjs: ${error.message}\n`);
  process.exit(1);
}
