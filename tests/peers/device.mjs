#!/usr/bin/env node
// device.mjs: completes an RFC 8628 device authorization on oidc-provider like a user on a
// second device: opens the verification URI, types the user code, confirms the device, signs in
// on the devInteractions page and gives consent.
//
// Usage: node device.mjs VERIFICATION_URI [USER_CODE]
//   USER_CODE may be left out when VERIFICATION_URI is verification_uri_complete (?user_code=...).
//
// Environment:
//   KEYWAY_TEST_BROWSER_MODE  approve (default) | deny (press "Abort" on the confirm page, so the
//                             polling client gets error=access_denied)
//   KEYWAY_TEST_LOGIN         login name (default "alice")
//   KEYWAY_TEST_BROWSER_LOG   if set, a file that gets one line per step
//
// Exit status: 0 when the provider showed "Sign-in Success" (approve) or accepted the abort
// (deny); 1 on failure (message on stderr); 2 on bad usage; 124 after 20 s.

import {
  Agent, classifyPage, fail, formFields, installDeadline, stepLogger,
} from './lib/scripted-user.mjs';

const TOOL = 'device.mjs';
const MAX_STEPS = 30;

const mode = process.env.KEYWAY_TEST_BROWSER_MODE || 'approve';
const log = stepLogger(TOOL, 'KEYWAY_TEST_BROWSER_LOG');

async function run(verificationUri, userCode) {
  const agent = new Agent(log);
  let next = { url: verificationUri };
  let aborted = false;

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const response = await agent.request(next.url, { form: next.form });
    if (response.status >= 300 && response.status < 400) {
      if (!response.location) throw new Error(`HTTP ${response.status} without Location`);
      next = { url: response.location };
      continue;
    }
    if (response.status !== 200 && response.status !== 400) {
      throw new Error(`unexpected HTTP ${response.status} from ${new URL(next.url).pathname}: ${response.text.slice(0, 300)}`);
    }

    const page = classifyPage(response.text, response.url);
    log(`page ${page.kind}`);
    switch (page.kind) {
      case 'device-input':
        if (aborted) {
          // After an abort oidc-provider re-renders the input page with
          // "The Sign-in request was interrupted".
          log('aborted');
          return;
        }
        if (page.message && step > 0 && next.form) {
          throw new Error(`provider rejected the user code: ${page.message}`);
        }
        if (!userCode) throw new Error('the verification page asks for a user code and none was given');
        next = { url: page.form.action, form: formFields(page.form, { user_code: userCode }) };
        break;
      case 'form-post':
        // verification_uri_complete: oidc-provider answers with an auto-submitting form.
        next = { url: page.form.action, form: formFields(page.form) };
        break;
      case 'device-confirm':
        if (mode === 'deny') {
          const abort = page.form.buttons.find((b) => b.name === 'abort');
          if (!abort) throw new Error('no Abort button on the device confirm page');
          // A browser submits the clicked button's name/value; `confirm` is a hidden input that
          // the provider only looks at when `abort` is absent.
          next = { url: page.form.action, form: formFields(page.form, {}, [[abort.name, abort.value]]) };
          aborted = true;
        } else {
          next = { url: page.form.action, form: formFields(page.form) };
        }
        break;
      case 'login': {
        const typed = page.form.inputs.find((i) => i.name === 'login')?.value;
        const login = process.env.KEYWAY_TEST_LOGIN || typed || 'alice';
        next = { url: page.form.action, form: formFields(page.form, { login, password: 'any-password' }) };
        break;
      }
      case 'consent':
        next = { url: page.form.action, form: formFields(page.form) };
        break;
      case 'device-success':
        if (mode === 'deny') throw new Error('device flow succeeded although deny mode was asked');
        return;
      default:
        throw new Error(`provider showed an error page: ${page.message ?? ''}`);
    }
  }
  throw new Error(`gave up after ${MAX_STEPS} steps`);
}

async function main() {
  if (mode !== 'approve' && mode !== 'deny') fail(TOOL, `unsupported KEYWAY_TEST_BROWSER_MODE "${mode}" (approve or deny)`, 2);
  const [verificationUri, argCode] = process.argv.slice(2);
  if (!verificationUri || !/^https?:\/\//i.test(verificationUri)) {
    fail(TOOL, 'usage: node device.mjs VERIFICATION_URI [USER_CODE]', 2);
  }
  const userCode = argCode || new URL(verificationUri).searchParams.get('user_code') || undefined;

  installDeadline(TOOL, 20_000);
  try {
    await run(verificationUri, userCode);
  } catch (err) {
    log(`fail ${err.message}`);
    fail(TOOL, err.message);
  }
  log('done');
  process.exit(0);
}

main();
