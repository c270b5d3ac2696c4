#!/usr/bin/env node
// Validates every resources/integrations/*.json against resources/integrations/schema.json (JSON Schema 2020-12)
// and the rules a schema cannot express: id equals the file name, the icon exists, unified scope keys exist in
// resources/unified-scopes.json, every {{template}} is declared, variable defaults match their patterns. Then
// the catalogue's consistency rules (issue 22), see checkFacts() below:
//  - no plain http anywhere in a file except to this computer (loopback examples, the sandbox);
//  - every `sources` URL is on the provider's own domain (one of the domains of the file's docs, console and
//    endpoint URLs), on a standards body's (STANDARDS_DOMAINS), or under one of the file's `docs_elsewhere`
//    prefixes (a provider documenting on a readme.io site or in its GitHub organisation says so there; a shared
//    host such as github.com counts as the provider's own only where its endpoints are);
//  - a fixed redirect port is inside Keyway's range (PORT_RANGE) and used by one file only;
//  - the setup steps agree with the redirect declaration (no {{redirect_uri}} to register where the provider
//    accepts no desktop redirect; a loopback URL written out in a step has the declared host and port), as
//    IntegrationLoader checks built-in files;
//  - every built-in file names its `sources` and the day they were `checked`, and every authorization code
//    integration says how its loopback redirect is matched (`oauth.redirect.loopback`, issue 14).
// Usage: node validate-catalog.mjs [--custom] [repo-root]. --custom checks the files as a user's own integrations
// (what `keyway integrations add` writes): the built-in rules on sources, checked and redirect matching do not apply.
// Exits 1 listing every failure, 0 when all are valid.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const custom = args.includes("--custom");
const root = path.resolve(args.find((a) => a !== "--custom") ?? path.join(here, "..", ".."));
const integrationsDir = path.join(root, "resources", "integrations");
const iconsDir = path.join(root, "resources", "icons", "integrations");
const failures = [];
const fail = (file, message) => failures.push(`${file}: ${message}`);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    fail(path.basename(file), `not valid JSON: ${e.message}`);
    return undefined;
  }
}

const schema = readJson(path.join(integrationsDir, "schema.json"));
const vocabulary = readJson(path.join(root, "resources", "unified-scopes.json"));
if (!schema || !vocabulary) {
  failures.forEach((f) => console.error(f));
  process.exit(1);
}

const unifiedIds = new Set();
for (const entry of vocabulary.scopes ?? []) {
  if (typeof entry?.id !== "string" || !/^[a-z][a-z0-9_]*$/.test(entry.id)) {
    fail("unified-scopes.json", `bad scope id ${JSON.stringify(entry?.id)}`);
  } else if (unifiedIds.has(entry.id)) {
    fail("unified-scopes.json", `duplicate scope id ${entry.id}`);
  } else if (typeof entry.description !== "string" || entry.description.length === 0) {
    fail("unified-scopes.json", `${entry.id}: missing description`);
  }
  unifiedIds.add(entry?.id);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const TEMPLATE = /\{\{\s*([^}]*?)\s*\}\}/g;

// Walks a value and reports every {{name}} found with the JSON pointer where it was found.
function collectTemplates(value, pointer, out) {
  if (typeof value === "string") {
    for (const m of value.matchAll(TEMPLATE)) out.push({ name: m[1], pointer });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectTemplates(v, `${pointer}/${i}`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) collectTemplates(v, `${pointer}/${k}`, out);
  }
}

// --- Consistency rules (issue 22) ---

// Standards a provider's OAuth follows; pages there may source any file's facts.
const STANDARDS_DOMAINS = ["rfc-editor.org", "ietf.org", "openid.net", "w3.org"];
// Keyway's range for fixed loopback redirect ports (one per integration, stable across releases).
const PORT_RANGE = [27400, 27699];
// Public suffixes of more than one label that providers' hosts end in (a short excerpt of the Public Suffix
// List: country second levels and shared hosting), so "example.co.uk" and "acme.readme.io" are each their own
// registrable domain rather than "co.uk" or "readme.io".
const MULTI_LABEL_SUFFIXES = new Set([
  "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "ne.jp", "or.jp", "co.in",
  "co.za", "com.br", "com.cn", "com.mx", "com.sg", "com.tr", "com.hk", "co.kr", "com.ar", "com.co",
  "github.io", "gitlab.io", "readme.io", "gitbook.io", "herokuapp.com", "netlify.app", "vercel.app", "pages.dev",
  "web.app", "firebaseapp.com", "azurewebsites.net", "cloudfront.net", "appspot.com", "blogspot.com",
]);
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const TEMPLATE_STAND_IN = "keyway-template";

// The host of a URL that may hold {{templates}} in its host ("https://{{tenant}}.zendesk.com"); undefined when a
// template supplies scheme and host ("{{instance_url}}/api") or the text is not a URL.
function hostOf(url) {
  if (typeof url !== "string" || url.startsWith("{{")) return undefined;
  try {
    return new URL(url.replace(TEMPLATE, TEMPLATE_STAND_IN)).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

// The registrable domain of a host ("developer.acme.com" -> "acme.com"); undefined when a template decides it.
function registrableDomain(host) {
  if (!host) return undefined;
  if (/^\[|^[0-9.]+$/.test(host)) return host;
  const labels = host.replace(/\.$/, "").split(".");
  const n = labels.length >= 3 && MULTI_LABEL_SUFFIXES.has(labels.slice(-2).join(".")) ? 3 : 2;
  const domain = labels.slice(-n).join(".");
  return domain.includes(TEMPLATE_STAND_IN) ? undefined : domain;
}

// Domains where anyone can publish: a page there is the provider's only under a docs_elsewhere prefix, unless
// the provider's endpoints are there too (GitHub's and GitLab's own files).
const SHARED_DOMAINS = new Set(["github.com", "gitlab.com", "bitbucket.org", "githubusercontent.com", "medium.com",
  "stackoverflow.com", "youtube.com"]);

// The registrable domains a file's own URLs are on: every endpoint it calls, its docs and its console.
function ownDomains(doc) {
  const endpoints = [doc.api?.base_url, doc.api?.whoami?.url, ...(Array.isArray(doc.api?.origins) ? doc.api.origins : [])];
  for (const key of ["authorization_url", "token_url", "refresh_url", "revocation_url", "introspection_url",
    "userinfo_url", "device_authorization_url", "jwks_url", "issuer", "discovery_url"]) {
    endpoints.push(doc.oauth?.[key]);
  }
  const own = new Set(endpoints.map(hostOf).map(registrableDomain).filter(Boolean));
  for (const url of [doc.docs, doc.setup?.console_url]) {
    const domain = registrableDomain(hostOf(url));
    if (domain && !SHARED_DOMAINS.has(domain)) own.add(domain);
  }
  return own;
}

// Every string in a value with its JSON pointer, except variable patterns (regular expressions, not URLs).
function* strings(value, pointer) {
  if (typeof value === "string") {
    yield { value, pointer };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, `${pointer}/${i}`);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "pattern" && /^\/variables\/\d+$/.test(pointer)) continue;
      yield* strings(v, `${pointer}/${k}`);
    }
  }
}

// Setup text that contradicts oauth.redirect: {{redirect_uri}} to register where the provider accepts none
// (loopback none without a private-use scheme), or a loopback URL written out in a step whose host is not the
// declared one, or whose port Keyway would not listen on (only an exact match has a fixed port).
function checkSetupAgainstRedirect(file, doc) {
  if (!Array.isArray(doc.auth_modes) || !doc.auth_modes.includes("oauth2_authorization_code")) return;
  const redirect = doc.oauth?.redirect ?? {};
  const setupTexts = [...(Array.isArray(doc.setup?.steps) ? doc.setup.steps.map((t, i) => ({ t, at: `/setup/steps/${i}` })) : []),
    ...(typeof doc.setup?.notes === "string" ? [{ t: doc.setup.notes, at: "/setup/notes" }] : [])];
  if (redirect.loopback === "none" && redirect.private_use_scheme !== true) {
    for (const { t, at } of setupTexts) {
      if (typeof t === "string" && t.includes("{{redirect_uri}}")) {
        fail(file, `${at}: asks to register {{redirect_uri}}, but oauth.redirect.loopback is none (no desktop redirect)`);
      }
    }
  }
  const host = redirect.host ?? "127.0.0.1";
  for (const [i, step] of (Array.isArray(doc.setup?.steps) ? doc.setup.steps : []).entries()) {
    if (typeof step !== "string") continue;
    for (const m of step.matchAll(/http:\/\/(127\.0\.0\.1|localhost|\[::1\])(?::(\d+|\*))?/g)) {
      const where = `/setup/steps/${i}: ${m[0]}`;
      if (redirect.loopback === "none") {
        continue; // prose about what the provider refuses ("only sandbox apps accept http://localhost")
      } else if (m[1] !== host) {
        fail(file, `${where} names ${m[1]}, but Keyway listens on ${host} (oauth.redirect.host)`);
      } else if (m[2] !== undefined && m[2] !== "*" && (redirect.loopback !== "exact" || Number(m[2]) !== redirect.port)) {
        fail(file, `${where}: Keyway listens on ${redirect.loopback === "exact" ? `port ${redirect.port}` : "an ephemeral port"}; write {{redirect_uri}}`);
      }
    }
  }
}

const portOwners = new Map(); // fixed redirect port -> first file using it

function checkFacts(file, doc) {
  // RFC 6749 §3.1, §3.2, RFC 9700 §2.6: TLS everywhere; plain http only where it never leaves this computer, or
  // with the user's allow_insecure_http (which TestCatalog keeps out of every built-in file).
  for (const { value, pointer } of doc.allow_insecure_http === true ? [] : strings(doc, "")) {
    // A bare "http://" in prose ("may start with http:// or https://") names no host and is no URL.
    for (const m of value.matchAll(/http:\/\/(\[[0-9A-Fa-f:.]*\]|[A-Za-z0-9.{}_-]+)/g)) {
      if (!LOOPBACK_HOSTS.has(m[1].toLowerCase())) {
        fail(file, `${pointer}: plain http to ${m[1]}; use https (http only to 127.0.0.1, localhost or [::1])`);
      }
    }
  }

  // Sources: the provider's own pages or a standard's; elsewhere only under a prefix the file declares.
  const own = ownDomains(doc);
  const elsewhere = Array.isArray(doc.docs_elsewhere) ? doc.docs_elsewhere.filter((p) => typeof p === "string") : [];
  const usedPrefixes = new Set();
  for (const [i, source] of (Array.isArray(doc.sources) ? doc.sources : []).entries()) {
    const host = hostOf(source?.url);
    if (!host) continue; // the schema reports it
    const domain = registrableDomain(host);
    if (own.has(domain) || STANDARDS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) continue;
    const prefix = elsewhere.find((p) => source.url.startsWith(p));
    if (prefix) {
      usedPrefixes.add(prefix);
      continue;
    }
    fail(file, `/sources/${i}/url: ${domain} is not the provider's domain (${[...own].join(", ") || "none"}) nor a `
      + `standards domain; if the provider documents there, add the page's prefix to docs_elsewhere`);
  }
  for (const prefix of elsewhere) {
    const domain = registrableDomain(hostOf(prefix));
    if (own.has(domain)) fail(file, `docs_elsewhere: ${prefix} is on the provider's own domain; leave it out`);
    else if (SHARED_DOMAINS.has(domain) && new URL(prefix).pathname.split("/").filter(Boolean).length === 0) {
      fail(file, `docs_elsewhere: ${prefix} is all of ${domain}; name the provider's own part of it (https://${domain}/ORG/)`);
    }
    else if (!usedPrefixes.has(prefix)) fail(file, `docs_elsewhere: no source is under ${prefix}; leave it out`);
  }

  // RFC 8252 §7.3: a fixed port is what the user registers at the provider; each integration has its own.
  const redirect = doc.oauth?.redirect;
  if (Number.isInteger(redirect?.port) && redirect.port !== 0) {
    if (redirect.port < PORT_RANGE[0] || redirect.port > PORT_RANGE[1]) {
      fail(file, `/oauth/redirect/port: ${redirect.port} is outside Keyway's range ${PORT_RANGE[0]}-${PORT_RANGE[1]}`);
    }
    const owner = portOwners.get(redirect.port);
    if (owner) fail(file, `/oauth/redirect/port: ${redirect.port} is already used by ${owner}`);
    else portOwners.set(redirect.port, file);
  }

  // Issues 14 and 22: every built-in fact is sourced and dated; every browser sign-in says how its redirect is
  // matched, so Keyway listens where the provider will send the browser.
  if (custom) return;
  if (!Array.isArray(doc.sources)) fail(file, "sources: missing; a built-in file names the pages its facts come from");
  if (typeof doc.checked !== "string") fail(file, "checked: missing; the day the facts were checked against the sources");
  const authorizationCode = Array.isArray(doc.auth_modes) && doc.auth_modes.includes("oauth2_authorization_code");
  if (authorizationCode && typeof redirect?.loopback !== "string") {
    fail(file, "oauth.redirect.loopback: missing; say how the provider matches a loopback redirect (any_port, exact, none)");
  }

  // The setup steps agree with the redirect declaration (issue 14): where the provider accepts no desktop
  // redirect there is nothing to register, and a loopback URL written out in a step is the one Keyway listens on.
  if (typeof redirect?.loopback === "string") checkSetupAgainstRedirect(file, doc);
}

const files = fs
  .readdirSync(integrationsDir)
  .filter((f) => f.endsWith(".json") && f !== "schema.json")
  .sort();

for (const file of files) {
  const doc = readJson(path.join(integrationsDir, file));
  if (doc === undefined) continue;
  if (!validate(doc)) {
    for (const err of validate.errors) {
      const extra = err.params?.additionalProperty ?? err.params?.unevaluatedProperty;
      fail(file, `${err.instancePath || "/"} ${err.message}${extra ? ` (${extra})` : ""}`);
    }
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) continue;

  const expectedId = file.slice(0, -".json".length);
  if (doc.id !== expectedId) fail(file, `id ${JSON.stringify(doc.id)} does not equal the file name ${expectedId}`);

  if (typeof doc.icon === "string" && !fs.existsSync(path.join(iconsDir, doc.icon))) {
    fail(file, `icon resources/icons/integrations/${doc.icon} does not exist`);
  }

  for (const key of Object.keys(doc.unified_scopes ?? {})) {
    if (!unifiedIds.has(key)) fail(file, `unified_scopes: ${key} is not in unified-scopes.json`);
  }

  // Declared template names: user variables and values taken from the token response.
  const declared = new Set();
  for (const v of Array.isArray(doc.variables) ? doc.variables : []) {
    if (typeof v?.name !== "string") continue;
    if (declared.has(v.name)) fail(file, `variables: ${v.name} is declared twice`);
    declared.add(v.name);
    if (typeof v.pattern === "string") {
      let re;
      try {
        re = new RegExp(v.pattern, "u");
      } catch (e) {
        fail(file, `variables: ${v.name}: pattern does not compile: ${e.message}`);
      }
      if (re && typeof v.default === "string" && !re.test(v.default)) {
        fail(file, `variables: ${v.name}: default ${JSON.stringify(v.default)} does not match its pattern`);
      }
      if (re && typeof v.example === "string" && !re.test(v.example)) {
        fail(file, `variables: ${v.name}: example ${JSON.stringify(v.example)} does not match its pattern`);
      }
    }
  }
  for (const key of Object.keys(doc.oauth?.response_values ?? {})) {
    if (declared.has(key)) fail(file, `oauth.response_values: ${key} is also a variable`);
    declared.add(key);
  }

  const used = [];
  for (const [k, v] of Object.entries(doc)) {
    if (k !== "setup" && k !== "variables") collectTemplates(v, `/${k}`, used);
  }
  for (const { name, pointer } of used) {
    if (!declared.has(name)) fail(file, `${pointer}: template {{${name}}} is not declared`);
  }
  const setupUsed = [];
  collectTemplates(doc.setup, "/setup", setupUsed);
  for (const { name, pointer } of setupUsed) {
    if (name !== "redirect_uri" && !declared.has(name)) fail(file, `${pointer}: template {{${name}}} is not declared`);
  }

  checkFacts(file, doc);
}

if (failures.length > 0) {
  for (const f of failures) console.error(f);
  console.error(`validate-catalog: ${failures.length} problem(s) in ${files.length} integration files`);
  process.exit(1);
}
console.log(`validate-catalog: ${files.length} integration files valid`);
