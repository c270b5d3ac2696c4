#!/usr/bin/env node
// Validates every resources/integrations/*.json against resources/integrations/schema.json (JSON Schema 2020-12)
// and the rules a schema cannot express: id equals the file name, the icon exists, unified scope keys exist in
// resources/unified-scopes.json, every {{template}} is declared, variable defaults match their patterns.
// Usage: node validate-catalog.mjs [repo-root]. Exits 1 listing every failure, 0 when all files are valid.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, "..", ".."));
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
}

if (failures.length > 0) {
  for (const f of failures) console.error(f);
  console.error(`validate-catalog: ${failures.length} problem(s) in ${files.length} integration files`);
  process.exit(1);
}
console.log(`validate-catalog: ${files.length} integration files valid`);
