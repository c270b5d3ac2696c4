#!/usr/bin/env node
// bench.mjs: runs every benchmark of issue 10 side by side and prints one table (figure, Keyway, reference,
// ratio or delta, target, verdict). tests/bench/run.sh builds the binaries and starts this inside a private
// keyring session (tests/with-keyring.sh); see the README's "Performance" section for what each figure means.
// It reports and never judges the machine: the exit status is 0 unless nothing could be measured at all.
//
// Usage: node bench.mjs BIN_DIR OUT_DIR
// Environment: KEYWAY_BENCH_ONLY (startup,flow,cached,refresh,gui), KEYWAY_BENCH_RUNS (5), KEYWAY_BENCH_REFRESH_RUNS (3),
//              KEYWAY_BENCH_CACHED_RUNS (21), KEYWAY_BENCH_CONNECTIONS (10000),
//              KEYWAY_BENCH_INTEGRATIONS (5000), KEYWAY_BENCH_REFRESH_COUNT (1000), KEYWAY_BENCH_REFRESH_GRANTS (100),
//              KEYWAY_BENCH_BODY_MB (50)
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const peers = path.resolve(here, '../peers');
const [binDir, outDir] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!binDir || !outDir) {
  process.stderr.write('usage: node bench.mjs BIN_DIR OUT_DIR\n');
  process.exit(2);
}
const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const RUNS = setting('KEYWAY_BENCH_RUNS', 5);
const REFRESH_RUNS = setting('KEYWAY_BENCH_REFRESH_RUNS', 3);
const CONNECTIONS = setting('KEYWAY_BENCH_CONNECTIONS', 10000);
const INTEGRATIONS = setting('KEYWAY_BENCH_INTEGRATIONS', 5000);
const REFRESH_COUNT = setting('KEYWAY_BENCH_REFRESH_COUNT', 1000);
// The peer keeps everything in oidc-provider's in-memory adapter, an LRU of 1,000 entries: 1,000 live grants
// plus the access tokens each refresh issues do not fit, and the oldest refresh tokens would be evicted. So the
// connections share REFRESH_GRANTS refresh tokens round robin (the peer runs with --rotate-refresh false, so a
// refresh token stays valid); every refresh is still its own request with its own new access token.
const REFRESH_GRANTS = Math.min(REFRESH_COUNT, setting('KEYWAY_BENCH_REFRESH_GRANTS', 100));
const BODY_MB = setting('KEYWAY_BENCH_BODY_MB', 50);
// The cached-token commands end in milliseconds: more samples, taken in turn with the reference's.
const CACHED_RUNS = setting('KEYWAY_BENCH_CACHED_RUNS', 21);
const CACHED_MEMORY_TARGET_KB = 10 * 1024; // issue 27: under 10 MiB
// KEYWAY_BENCH_ONLY=startup,flow,cached,refresh,gui runs only those parts (all by default).
const ONLY = new Set((process.env.KEYWAY_BENCH_ONLY || 'startup,flow,cached,refresh,gui').split(',').map((s) => s.trim()));
const IDLE_MS = 1000; // how long the window idles before its peak memory is read
const SCOPE = 'openid email offline_access';

const bin = (name) => path.join(binDir, name);
const root = mkdtempSync(path.join(os.tmpdir(), 'keyway-bench-'));
const log = (text) => process.stderr.write(`bench: ${text}\n`);

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (values) => {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

// A private XDG home for one scenario, so scenarios never see each other's database or settings.
function xdgEnv(name, extra = {}) {
  const base = path.join(root, name);
  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(base, 'data'),
    XDG_CONFIG_HOME: path.join(base, 'config'),
    XDG_CACHE_HOME: path.join(base, 'cache'),
    QT_QPA_PLATFORM: 'offscreen',
    ...extra,
  };
  for (const dir of [env.XDG_DATA_HOME, env.XDG_CONFIG_HOME, env.XDG_CACHE_HOME]) mkdirSync(dir, { recursive: true });
  return env;
}

// Runs a program to its end; `ms` is the wall time from spawn to exit.
function run(program, args, { env = process.env, timeoutMs = 600000 } = {}) {
  return new Promise((resolve) => {
    const started = nowMs();
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let ms = 0;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', () => { ms = nowMs() - started; });
    child.on('error', (err) => { clearTimeout(timer); resolve({ code: -1, stdout, stderr: String(err), ms: nowMs() - started }); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? -1 : code, stdout, stderr, ms });
    });
  });
}

// The JSON lines a bench executable printed, by their "bench" name.
function results(stdout) {
  const out = {};
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const value = JSON.parse(line);
      if (value.bench) out[value.bench] = value;
    } catch { /* not ours */ }
  }
  return out;
}

function mustSucceed(what, result) {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return result;
}

// Start-up of a window program that honours KEYWAY_BENCH_EXIT_WHEN_SHOWN: the time from spawn to its
// "keyway-bench shown" line, and its peak resident memory (VmHWM) after IDLE_MS of idling.
function startup(program, env) {
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(program, [], { env: { ...env, KEYWAY_BENCH_EXIT_WHEN_SHOWN: String(IDLE_MS + 500) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let shownMs;
    let memory;
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.on('data', (d) => {
      stdout += d;
      if (shownMs === undefined && stdout.includes('keyway-bench shown')) {
        shownMs = nowMs() - started;
        setTimeout(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kb = (key) => Number((status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1]);
            memory = { hwmKb: kb('VmHWM'), rssKb: kb('VmRSS') };
          } catch (err) {
            memory = { error: err.message };
          }
        }, IDLE_MS);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (shownMs === undefined || !memory || memory.error) {
        reject(new Error(`${path.basename(program)} did not report (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      } else {
        resolve({ shownMs, ...memory });
      }
    });
  });
}

// An X server without a screen (Xvfb), for start-up under a real window system protocol (xcb) rather than Qt's
// offscreen platform; resolves with { display, stop }.
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => child.kill('SIGTERM') });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

// The OpenID Provider peer; resolves with { issuer, requests, stop }. `requests` collects "METHOD /path".
function startProvider() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(peers, 'oidc-server.mjs'), '--port', '0', '--rotate-refresh', 'false'],
      { stdio: ['pipe', 'pipe', 'pipe'] });
    const requests = [];
    const errors = [];
    let line = '';
    child.stderr.on('data', (d) => {
      for (const l of String(d).split('\n')) {
        const m = l.match(/^oidc-server: (GET|POST|PUT|DELETE) (\S+) -> (\d+)/);
        if (m) requests.push(`${m[1]} ${m[2].replace(/\/(?=[a-z-]*[A-Z0-9_])[A-Za-z0-9_-]{16,}(?=\/|$)/g, '/:uid')} ${m[3]}`);
        else if (/^oidc-server: \S+\.error:/.test(l)) errors.push(l);
      }
    });
    child.stdout.on('data', (d) => {
      line += d;
      if (!line.includes('\n')) return;
      try {
        const { issuer } = JSON.parse(line.split('\n')[0]);
        resolve({
          issuer,
          requests,
          errors,
          stop: () => { child.stdin.end(); child.kill('SIGTERM'); },
        });
      } catch (err) {
        reject(err);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`oidc-server.mjs exited (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------
// The benchmarks. Each fills `figures` (what the table shows) and `details` (everything, for the JSON file).

const figures = [];
const details = {};
const notes = [];
const fmtMs = (ms) => (ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
const fmtMb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;

function ratioFigure(name, keyway, reference, referenceName, target, format) {
  const ratio = keyway / reference;
  figures.push({
    figure: name, keyway: format(keyway), reference: `${format(reference)} (${referenceName})`,
    comparison: `${ratio.toFixed(2)}×`, target: `≤ ${target}×`, verdict: ratio <= target ? 'met' : 'missed',
  });
}

function skipped(name, error) {
  figures.push({ figure: name, keyway: 'not measured', reference: '', comparison: '', target: '', verdict: 'error' });
  notes.push(`${name}: ${error.message}`);
  log(`${name}: ${error.message}`);
}

async function benchStartup() {
  log(`start-up and memory: seeding ${CONNECTIONS} connections`);
  const seeded = xdgEnv('startup');
  const empty = xdgEnv('startup-empty');
  const seed = results(mustSucceed('keyway-bench-seed', await run(bin('keyway-bench-seed'), ['--connections', String(CONNECTIONS)], { env: seeded })).stdout);
  details.seed = seed.seed;
  const minimalEnv = xdgEnv('minimal');
  // One start of each first: the file cache warms up and the runs that count compare like with like.
  await startup(bin('keyway-bench-minimal'), minimalEnv);
  await startup(bin('keyway'), seeded);
  await startup(bin('keyway'), empty);
  const samples = { minimal: [], keyway: [], keywayEmpty: [] };
  for (let i = 0; i < RUNS; i += 1) {
    log(`start-up run ${i + 1}/${RUNS}`);
    samples.minimal.push(await startup(bin('keyway-bench-minimal'), minimalEnv));
    samples.keyway.push(await startup(bin('keyway'), seeded));
    samples.keywayEmpty.push(await startup(bin('keyway'), empty));
  }
  details.startup = samples;
  const m = (list, key) => median(list.map((s) => s[key]));
  ratioFigure(`Start-up to window shown, ${CONNECTIONS.toLocaleString('en')} connections`, m(samples.keyway, 'shownMs'),
    m(samples.minimal, 'shownMs'), 'empty QMainWindow', 1.5, fmtMs);
  const delta = m(samples.keyway, 'hwmKb') - m(samples.minimal, 'hwmKb');
  figures.push({
    figure: `Peak RSS idle, ${CONNECTIONS.toLocaleString('en')} connections`,
    keyway: fmtMb(m(samples.keyway, 'hwmKb')),
    reference: `${fmtMb(m(samples.minimal, 'hwmKb'))} (empty QMainWindow)`,
    comparison: `+${(delta / 1024).toFixed(1)} MB`,
    target: '≤ +40 MB',
    verdict: delta / 1024 <= 40 ? 'met' : 'missed',
  });
  if (seed.seed?.load_all_ms !== undefined) {
    figures.push({
      figure: `One load of all ${CONNECTIONS.toLocaleString('en')} connections (ConnectionRepository::all)`,
      keyway: `${fmtMs(seed.seed.load_all_ms)}, ${seed.seed.load_all_heap_mb.toFixed(1)} MB heap`,
      reference: '',
      comparison: '',
      target: '(information)',
      verdict: '',
    });
  }
  figures.push({
    figure: 'Start-up and peak RSS, no connections',
    keyway: `${fmtMs(m(samples.keywayEmpty, 'shownMs'))}, ${fmtMb(m(samples.keywayEmpty, 'hwmKb'))}`,
    reference: '',
    comparison: `${(m(samples.keywayEmpty, 'shownMs') / m(samples.minimal, 'shownMs')).toFixed(2)}×, +${((m(samples.keywayEmpty, 'hwmKb') - m(samples.minimal, 'hwmKb')) / 1024).toFixed(1)} MB`,
    target: '(information)',
    verdict: '',
  });
  await benchStartupXvfb(seeded, empty, minimalEnv).catch((err) => skipped('Start-up under Xvfb', err));
}

// The same start-ups under Xvfb (issue 18): what a user's X11 session adds to the offscreen figures.
async function benchStartupXvfb(seeded, empty, minimalEnv) {
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status !== 0) {
    notes.push('Start-up under Xvfb: Xvfb (Debian: xvfb) is missing; not measured.');
    return;
  }
  const x = await startXvfb();
  try {
    const xcb = (env) => ({ ...env, QT_QPA_PLATFORM: 'xcb', DISPLAY: x.display });
    await startup(bin('keyway-bench-minimal'), xcb(minimalEnv));
    await startup(bin('keyway'), xcb(seeded));
    await startup(bin('keyway'), xcb(empty));
    const samples = { minimal: [], keyway: [], keywayEmpty: [] };
    for (let i = 0; i < RUNS; i += 1) {
      log(`start-up under Xvfb, run ${i + 1}/${RUNS}`);
      samples.minimal.push(await startup(bin('keyway-bench-minimal'), xcb(minimalEnv)));
      samples.keyway.push(await startup(bin('keyway'), xcb(seeded)));
      samples.keywayEmpty.push(await startup(bin('keyway'), xcb(empty)));
    }
    details.startupXvfb = samples;
    const m = (list) => median(list.map((s) => s.shownMs));
    ratioFigure(`Start-up to window shown, ${CONNECTIONS.toLocaleString('en')} connections, under Xvfb`, m(samples.keyway),
      m(samples.minimal), 'empty QMainWindow, Xvfb', 1.5, fmtMs);
    ratioFigure('Start-up to window shown, no connections, under Xvfb', m(samples.keywayEmpty),
      m(samples.minimal), 'empty QMainWindow, Xvfb', 1.5, fmtMs);
  } finally {
    x.stop();
  }
}

async function benchFlow(provider) {
  const env = xdgEnv('flow', { KEYWAY_BROWSER: `"${process.execPath}" "${path.join(peers, 'browser.mjs')}"` });
  const keywayConnect = async (i) => mustSucceed('keyway connect', await run(bin('keyway'), [
    'connect', '--issuer', provider.issuer, '--client-id', 'keyway-native', '--scope', SCOPE, '--name', `bench ${i}`], { env }));
  const curlConnect = async () => mustSucceed('flow-curl.sh', await run('bash', [
    path.join(here, 'flow-curl.sh'), provider.issuer, process.execPath, path.join(peers, 'browser.mjs')], { env }));
  // Warm-up, which also records the HTTP requests each side makes.
  let mark = provider.requests.length;
  await keywayConnect(0);
  const keywayRequests = provider.requests.slice(mark);
  mark = provider.requests.length;
  await curlConnect();
  const curlRequests = provider.requests.slice(mark);
  const samples = { keyway: [], curl: [] };
  for (let i = 0; i < RUNS; i += 1) {
    log(`connect flow run ${i + 1}/${RUNS}`);
    samples.keyway.push((await keywayConnect(i + 1)).ms);
    samples.curl.push((await curlConnect()).ms);
  }
  details.flow = { samples, keywayRequests, curlRequests };
  ratioFigure('Connect: authorization code + PKCE + OIDC, whole command', median(samples.keyway), median(samples.curl), 'curl script', 1.2, fmtMs);
  if (keywayRequests.join() !== curlRequests.join()) {
    notes.push(`Connect: the provider saw different requests. keyway: ${keywayRequests.join(', ')}; curl: ${curlRequests.join(', ')}`);
  }
}

// Issue 27: what a script, git (credential helper) or kubectl (exec plugin) pays for a cached, valid token, and what
// `keyway connections` costs, against the keychain floor: one `secret-tool lookup` of the same keychain item. Each
// sample is one run through keyway-bench-spawn (wall time from fork to exit, the command's own peak memory), the
// commands taken in turn so that every one meets the same load.
async function benchCached(provider) {
  const env = xdgEnv('cached', { KEYWAY_BROWSER: `"${process.execPath}" "${path.join(peers, 'browser.mjs')}"` });
  const connected = mustSucceed('keyway connect', await run(bin('keyway'), [
    'connect', '--issuer', provider.issuer, '--client-id', 'keyway-native', '--scope', SCOPE, '--name', 'cached'], { env }));
  const id = connected.stdout.trim();
  const issuer = new URL(provider.issuer);
  const gitRequest = path.join(root, 'cached', 'git-request.txt');
  writeFileSync(gitRequest, `protocol=http\nhost=${issuer.host}\n\n`);
  const commands = [
    { name: 'token', figure: 'Cached token: keyway token', args: [bin('keyway'), 'token', id] },
    { name: 'git', figure: 'Cached token: keyway git-credential get', args: [bin('keyway'), 'git-credential', 'get'], stdin: gitRequest },
    { name: 'kubernetes', figure: 'Cached token: keyway token --format kubernetes', args: [bin('keyway'), 'token', id, '--format', 'kubernetes'] },
    { name: 'connections', figure: 'keyway connections (one connection)', args: [bin('keyway'), 'connections'] },
    { name: 'secretTool', args: ['secret-tool', 'lookup', 'user', `connection/${id}`, 'server', 'keyway'] },
  ];
  const once = async (c) => {
    const r = await run(bin('keyway-bench-spawn'), [...(c.stdin ? ['--stdin', c.stdin] : []), '--', ...c.args], { env });
    const sample = results(r.stdout).spawn;
    if (!sample || sample.code !== 0) throw new Error(`${c.args.slice(0, 3).map((a) => path.basename(a)).join(' ')} failed: ${r.stderr.trim().split('\n').pop()}`);
    return sample;
  };
  for (const c of commands) await once(c); // warm-up: the file cache, the keychain's unlocked session
  const samples = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let i = 0; i < CACHED_RUNS; i += 1) {
    for (const c of commands) samples[c.name].push(await once(c));
  }
  details.cached = samples;
  const ms = (name) => median(samples[name].map((x) => x.ms));
  const kb = (name) => median(samples[name].map((x) => x.maxrss_kb));
  for (const c of commands.filter((x) => x.name !== 'secretTool')) {
    const ratio = ms(c.name) / ms('secretTool');
    figures.push({
      figure: c.figure,
      keyway: `${fmtMs(ms(c.name))}, ${fmtMb(kb(c.name))}`,
      reference: `${fmtMs(ms('secretTool'))}, ${fmtMb(kb('secretTool'))} (secret-tool lookup)`,
      comparison: `${ratio.toFixed(2)}×, ${fmtMb(kb(c.name) - kb('secretTool')).replace(/^(?!-)/, '+')}`,
      target: '≤ 1.5×, < 10 MB',
      verdict: ratio <= 1.5 && kb(c.name) < CACHED_MEMORY_TARGET_KB ? 'met' : 'missed',
    });
  }
  // The same token among CONNECTIONS other connections (keyway-bench-seed, no secrets): what a large database adds.
  mustSucceed('keyway-bench-seed', await run(bin('keyway-bench-seed'), ['--connections', String(CONNECTIONS)], { env }));
  const crowded = { name: 'crowded', args: commands[0].args };
  await once(crowded);
  const crowdedSamples = [];
  const floorSamples = [];
  for (let i = 0; i < Math.max(3, Math.round(CACHED_RUNS / 3)); i += 1) {
    crowdedSamples.push(await once(crowded));
    floorSamples.push(await once(commands.find((c) => c.name === 'secretTool')));
  }
  details.cached.crowded = crowdedSamples;
  const crowdedMs = median(crowdedSamples.map((x) => x.ms));
  const crowdedKb = median(crowdedSamples.map((x) => x.maxrss_kb));
  const floorMs = median(floorSamples.map((x) => x.ms));
  const floorKb = median(floorSamples.map((x) => x.maxrss_kb));
  figures.push({
    figure: `Cached token: keyway token, among ${CONNECTIONS.toLocaleString('en')} connections`,
    keyway: `${fmtMs(crowdedMs)}, ${fmtMb(crowdedKb)}`,
    reference: `${fmtMs(floorMs)}, ${fmtMb(floorKb)} (secret-tool lookup)`,
    comparison: `${(crowdedMs / floorMs).toFixed(2)}×, +${fmtMb(crowdedKb - floorKb)}`,
    target: '≤ 1.5×, < 10 MB',
    verdict: crowdedMs / floorMs <= 1.5 && crowdedKb < CACHED_MEMORY_TARGET_KB ? 'met' : 'missed',
  });
  const oidcToken = spawnSync('sh', ['-c', 'command -v oidc-token'], { encoding: 'utf8' });
  notes.push(oidcToken.status === 0
    ? 'Cached token: oidc-agent is installed, but the runner does not configure an account for it, so it is not measured.'
    : 'Cached token: oidc-agent (Debian\'s oidc-agent-cli) is not installed, so its oidc-token is not measured here.');
}

async function benchRefresh(provider) {
  log(`refresh: obtaining ${REFRESH_GRANTS} refresh tokens from the provider for ${REFRESH_COUNT} connections`);
  const dir = path.join(root, 'refresh');
  mkdirSync(dir, { recursive: true });
  const tokensFile = path.join(dir, 'refresh-tokens.txt');
  const tokens = mustSucceed('tokens.mjs', await run(process.execPath, [path.join(here, 'tokens.mjs'), provider.issuer, String(REFRESH_GRANTS), '4']));
  const distinct = tokens.stdout.split('\n').filter(Boolean);
  if (distinct.length !== REFRESH_GRANTS) throw new Error(`tokens.mjs gave ${distinct.length} tokens, not ${REFRESH_GRANTS}`);
  const perConnection = Array.from({ length: REFRESH_COUNT }, (_, i) => distinct[i % distinct.length]);
  writeFileSync(tokensFile, `${perConnection.join('\n')}\n`, { mode: 0o600 });
  const env = xdgEnv('refresh');
  const database = path.join(dir, 'keyway.sqlite');
  log('refresh: storing the connections (SQLite and keychain)');
  const seed = results(mustSucceed('keyway-bench-refresh seed', await run(bin('keyway-bench-refresh'), [
    'seed', '--database', database, '--issuer', provider.issuer, '--tokens', tokensFile], { env })).stdout);
  details.refreshSeed = { grants: REFRESH_GRANTS, tokensMs: tokens.ms, ...seed['refresh-seed'] };
  const samples = { keyway: [], curl: [], keywayRuns: [] };
  // A slow build must not hold the runner for long: after 90 s no further pair of runs starts.
  const budgetStart = nowMs();
  for (let i = 0; i < REFRESH_RUNS && (i === 0 || nowMs() - budgetStart < 90000); i += 1) {
    log(`refresh run ${i + 1}/${REFRESH_RUNS}`);
    const errorMark = provider.errors.length;
    const keywayRun = await run(bin('keyway-bench-refresh'), ['run', '--database', database], { env });
    if (keywayRun.code !== 0) {
      const seen = provider.errors.slice(errorMark);
      const first = results(keywayRun.stdout).refresh;
      throw new Error(`keyway-bench-refresh run: ${first ? `${first.failed} of ${first.connections} failed, first: ${first.first_error}` : keywayRun.stderr.trim().split('\n').pop()}`
        + `${seen.length ? `; the provider said (${seen.length}x): ${seen[0]}` : ''}`);
    }
    const keyway = results(keywayRun.stdout).refresh;
    samples.keyway.push(keyway.ms);
    samples.keywayRuns.push(keyway);
    const curl = mustSucceed('refresh-curl.sh', await run('bash', [path.join(here, 'refresh-curl.sh'), `${provider.issuer}/token`, tokensFile]));
    if (curl.stdout.trim() !== '0') throw new Error(`the curl loop had ${curl.stdout.trim()} failed refreshes`);
    samples.curl.push(curl.ms);
  }
  // The floor of a refresh that saves once (issue 18): the same curl loop, each new token set written to the
  // keychain as one item per connection (secret-tool store). Run once, after Keyway's runs, so its items (1,000
  // more in the same keyring) never slow Keyway's.
  let floorMs;
  if (spawnSync('secret-tool', ['--version']).error === undefined) {
    log('refresh: curl loop plus one keychain write per connection');
    const floor = mustSucceed('refresh-curl.sh --store', await run('bash', [path.join(here, 'refresh-curl.sh'), `${provider.issuer}/token`, tokensFile, '--store']));
    if (floor.stdout.trim() !== '0') throw new Error(`the curl and keychain loop had ${floor.stdout.trim()} failures`);
    floorMs = floor.ms;
  } else {
    notes.push('Refresh: secret-tool (Debian: libsecret-tools) is missing; the keychain floor was not measured.');
  }
  // The same through the core with the secrets in memory: how much of the time is the keychain's.
  const memory = results(mustSucceed('keyway-bench-refresh run --memory-secrets', await run(bin('keyway-bench-refresh'), [
    'run', '--memory-secrets', '--database', path.join(dir, 'memory.sqlite'), '--issuer', provider.issuer, '--tokens', tokensFile], { env })).stdout).refresh;
  details.refresh = { ...samples, memory };
  if (samples.keyway.length < REFRESH_RUNS) notes.push(`Refresh: ${samples.keyway.length} of ${REFRESH_RUNS} runs (90 s budget).`);
  ratioFigure(`Refresh ${REFRESH_COUNT.toLocaleString('en')} connections, one at a time, keychain writes included`,
    median(samples.keyway), median(samples.curl), 'curl loop', 1.2, fmtS);
  if (floorMs !== undefined) {
    details.refresh.floorMs = floorMs;
    ratioFigure(`Refresh ${REFRESH_COUNT.toLocaleString('en')} connections, keychain included, against one keychain write per refresh`,
      median(samples.keyway), floorMs, 'curl loop + secret-tool store', 1.2, fmtS);
  }
  const last = samples.keywayRuns[samples.keywayRuns.length - 1];
  if (last) {
    notes.push(`Refresh: keychain jobs of the last run: ${last.keychain_reads} reads, ${last.keychain_writes} writes, `
      + `${last.keychain_removes} removes for ${last.connections} refreshes.`);
  }
  figures.push({
    figure: `Refresh ${REFRESH_COUNT.toLocaleString('en')} connections, one at a time, secrets in memory (no keychain)`,
    keyway: fmtS(memory.ms),
    reference: '',
    comparison: `${(memory.ms / median(samples.curl)).toFixed(2)}× the curl loop`,
    target: '(information)',
    verdict: '',
  });
}

async function benchGui() {
  log(`GUI: ${CONNECTIONS} connections, ${INTEGRATIONS} integrations, ${BODY_MB} MB console body`);
  const env = xdgEnv('gui');
  const out = results(mustSucceed('keyway-bench-gui', await run(bin('keyway-bench-gui'), [
    '--connections', String(CONNECTIONS), '--integrations', String(INTEGRATIONS), '--rounds', String(RUNS),
    '--body-mb', String(BODY_MB)], { env })).stdout);
  details.gui = out;
  const filter = out['gui-filter'];
  const loaded = filter.integrations === filter.integrations_requested
    ? filter.integrations.toLocaleString('en')
    : `${filter.integrations.toLocaleString('en')} of ${filter.integrations_requested.toLocaleString('en')} (the catalogue's limit)`;
  figures.push({
    figure: `Filter keystroke, ${filter.connections.toLocaleString('en')} connections, ${loaded} integrations`,
    keyway: `median ${fmtMs(filter.median_ms)}, p95 ${fmtMs(filter.p95_ms)}, max ${fmtMs(filter.max_ms)}`,
    reference: `${filter.keystrokes} keystrokes`,
    comparison: '',
    target: '< 16 ms (max)',
    verdict: filter.max_ms < 16 ? 'met' : 'missed',
  });
  if (filter.integrations !== filter.integrations_requested) {
    notes.push(`Filter: the catalogue loaded ${filter.integrations} of the ${filter.integrations_requested} integration files (Catalog reads at most 1,000 files per folder).`);
  }
  const console = out['gui-console'];
  if (console) {
    figures.push({
      figure: `Console: ${Math.round(console.body_bytes / 1048576)} MB JSON response, longest event-loop stall`,
      keyway: `${fmtMs(console.max_stall_ms)} (median ${fmtMs(console.median_stall_ms)})`,
      reference: `rendered in ${fmtMs(console.median_render_ms)}`,
      comparison: '',
      target: '≤ 50 ms',
      verdict: console.max_stall_ms <= 50 ? 'met' : 'missed',
    });
  }
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpu = os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const git = spawnSync('git', ['-C', here, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => l.toFixed(1)).join(' '),
    commit: process.env.KEYWAY_BENCH_COMMIT || (git.status === 0 ? git.stdout.trim() : 'unknown'),
    kernel: os.release(),
  };
}

function table() {
  const header = ['Figure', 'Keyway', 'Reference', 'Ratio / delta', 'Target', 'Verdict'];
  const rows = figures.map((f) => [f.figure, f.keyway, f.reference, f.comparison, f.target, f.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const before = machine();
  log(`results go to ${outDir}; scratch files in ${root}`);
  let provider;
  try {
    if (ONLY.has('startup')) await benchStartup().catch((err) => skipped('Start-up and peak RSS', err));
    if (ONLY.has('flow') || ONLY.has('cached') || ONLY.has('refresh')) provider = await startProvider();
    if (ONLY.has('flow')) await benchFlow(provider).catch((err) => skipped('Connect flow', err));
    if (ONLY.has('cached')) await benchCached(provider).catch((err) => skipped('Cached token', err));
    if (ONLY.has('refresh')) await benchRefresh(provider).catch((err) => skipped('Refresh', err));
  } catch (err) {
    skipped('OpenID Provider peer', err);
  } finally {
    provider?.stop();
  }
  if (ONLY.has('gui')) await benchGui().catch((err) => skipped('GUI responsiveness', err));

  const after = machine();
  const context = `${before.date}, commit ${before.commit}, ${before.cpu}, ${before.cores} cores, ${before.memoryGb} GB, `
    + `Linux ${before.kernel}; load average ${before.loadAverage} before, ${after.loadAverage} after; `
    + `medians of ${RUNS} runs (cached token: ${details.cached?.token?.length ?? 0}; refresh: ${details.refresh?.keyway?.length ?? 0})`;
  const text = `${table()}\n\n${context}\n${notes.map((n) => `Note: ${n}`).join('\n')}`.trim();
  process.stdout.write(`\n${text}\n`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'bench-results.md'), `${text}\n`);
  writeFileSync(path.join(outDir, 'bench-results.json'), `${JSON.stringify({ machine: before, after, figures, notes, details }, null, 2)}\n`);
  rmSync(root, { recursive: true, force: true });
  process.exit(figures.every((f) => f.verdict === 'error') ? 1 : 0);
}

main();
