#!/usr/bin/env node
// oidc-server.mjs: a real OpenID Provider (oidc-provider 9.x) on 127.0.0.1 for Keyway's tests.
//
// Usage:
//   node oidc-server.mjs [--port 0] [--access-ttl SECONDS] [--refresh-ttl SECONDS]
//                        [--clients-jwks FILE] [--rotate-refresh true|false]
//                        [--device-interval SECONDS] [--refresh-id-token-sub SUB]
//                        [--clock-offset SECONDS] [--client-assertion-audience any|issuer]
//                        [--exact-redirect-uri URI]...
//                        [--exit-on-stdin-close true|false]
//                        [--refresh-delay-ms N] [--lose-refresh-answers N --lose-mode 502|html|drop]
//                        [--unavailable-refreshes N] [--git-root DIR]
//                        [--dpop-nonce true|false] [--par optional|required] [--mtls-dir DIR]
//                        [--token-exchange] [--rar] [--mtls-aliases]
//
// --token-exchange: RFC 8693 token exchange as a custom grant (see the block "Token exchange" in main): the
// confidential and public clients may exchange an access token the provider issued to them for one aimed at an
// audience of ALLOWED_EXCHANGE_AUDIENCES; anything else is invalid_target (§2.2.2).
//
// --rar: RFC 9396 rich authorization requests (features.richAuthorizationRequests) with the types payment_initiation
// and account_information; what the consent page approves is granted, returned in the token response and by
// introspection as authorization_details.
//                        [--registration true|false] [--registration-initial-token TOKEN]
//                        [--registration-secret-only true|false]
//
// --mtls-dir DIR: serve https (server.pem, server.key from DIR, made by the test with openssl) and ask every
// client for a TLS certificate (requestCert; verified against DIR/ca.pem, but not required, so the provider
// itself says what happens without one): RFC 8705 mutual TLS with oidc-provider's features.mTLS, the client
// keyway-mtls (tls_client_auth, subject CN=keyway-mtls-client, certificate-bound access tokens).
// --mtls-aliases (with --mtls-dir): RFC 8705 §5, as a provider with a separate host for mutual TLS. Discovery
// publishes mtls_endpoint_aliases under /mtls/ for the token, PAR, device authorization, revocation, introspection
// and userinfo endpoints; those paths serve the same endpoints, and only there is the client's certificate looked
// at: the ordinary endpoints behave as on a host that asks for none.
//
// When it listens it prints exactly one JSON line to stdout:
//   {"issuer":"http://127.0.0.1:PORT","port":PORT}
// and nothing else ever goes to stdout (oidc-provider's notices are redirected to stderr).
// It runs until SIGTERM/SIGINT or until its stdin closes, so a test that dies never leaves
// the server orphaned. Every configuration choice below was read from
// node_modules/oidc-provider/lib (9.x); the comments say why each one is set.

import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';

// oidc-provider prints notices with console.info (stdout). stdout is reserved for the one
// JSON line the test harness parses, so send every console channel to stderr before the
// library is loaded (hence the dynamic import further down).
for (const level of ['log', 'info', 'debug']) {
  console[level] = (...args) => console.error(...args);
}

// ---- Dynamic client registration (RFC 7591, RFC 7592): --registration, --registration-initial-token ----------
// --registration true turns on oidc-provider's features.registration (POST /reg, registration_endpoint in discovery)
// and features.registrationManagement (GET/PUT/DELETE at each client's registration_client_uri with its registration
// access token). --registration-initial-token TOKEN makes registration take only requests carrying that initial
// access token as a Bearer token (features.registration.initialAccessToken as a string: compared in constant time,
// lib/actions/registration.js); without it anyone may register. Registered clients live in memory like the rest.
// rotateRegistrationAccessToken is off so a client keeps the token it was given.
// --registration-secret-only true: discovery's token_endpoint_auth_methods_supported leaves out "none", as a server
// that registers only confidential clients says (the static public clients above still work), so a client that
// follows the metadata registers with a secret.
const registrationOptions = {
  registration: { type: 'string', default: 'false' },
  'registration-initial-token': { type: 'string' },
  'registration-secret-only': { type: 'string', default: 'false' },
};

function readRegistrationOptions(values, bool, nonEmpty) {
  const initialToken = values['registration-initial-token'] === undefined
    ? undefined : nonEmpty('registration-initial-token');
  if (initialToken !== undefined && values.registration !== 'true') {
    usage('--registration-initial-token needs --registration true');
  }
  return { enabled: bool('registration'), initialToken, secretOnly: bool('registration-secret-only') };
}

function installRegistrationMetadata(provider, registration) {
  if (!registration.secretOnly) return;
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'discovery' && ctx.body && typeof ctx.body === 'object') {
      ctx.body = {
        ...ctx.body,
        token_endpoint_auth_methods_supported: ctx.body.token_endpoint_auth_methods_supported.filter((m) => m !== 'none'),
      };
    }
  });
}

function registrationFeatures(registration) {
  return {
    registration: {
      enabled: registration.enabled,
      initialAccessToken: registration.initialToken ?? false,
      issueRegistrationAccessToken: true,
    },
    registrationManagement: { enabled: registration.enabled, rotateRegistrationAccessToken: false },
  };
}
// ---- end of dynamic client registration ------------------------------------------------------------------------

function usage(message) {
  if (message) process.stderr.write(`oidc-server: ${message}\n`);
  process.stderr.write('usage: node oidc-server.mjs [--port 0] [--access-ttl SECONDS] '
    + '[--refresh-ttl SECONDS] [--clients-jwks FILE] [--rotate-refresh true|false] '
    + '[--device-interval SECONDS] [--refresh-id-token-sub SUB] [--clock-offset SECONDS] '
    + '[--client-assertion-audience any|issuer] [--exact-redirect-uri URI]... '
    + '[--exit-on-stdin-close true|false] [--dpop-nonce true|false] [--par optional|required] '
    + '[--mtls-dir DIR [--mtls-aliases]] [--token-exchange] [--rar] '
    + '[--registration true|false] [--registration-initial-token TOKEN] [--registration-secret-only true|false]\n');
  process.exit(2);
}

function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        'access-ttl': { type: 'string', default: '3600' },
        'refresh-ttl': { type: 'string', default: String(14 * 24 * 60 * 60) },
        'clients-jwks': { type: 'string' },
        'rotate-refresh': { type: 'string', default: 'true' },
        'device-interval': { type: 'string' },
        'refresh-id-token-sub': { type: 'string' },
        'clock-offset': { type: 'string', default: '0' },
        'client-assertion-audience': { type: 'string', default: 'any' },
        'exact-redirect-uri': { type: 'string', multiple: true },
        'refresh-delay-ms': { type: 'string', default: '0' },
        'lose-refresh-answers': { type: 'string', default: '0' },
        'lose-mode': { type: 'string', default: '502' },
        'unavailable-refreshes': { type: 'string', default: '0' },
        'git-root': { type: 'string' },
        'dpop-nonce': { type: 'string', default: 'false' },
        par: { type: 'string', default: 'optional' },
        'mtls-dir': { type: 'string' },
        'token-exchange': { type: 'boolean', default: false },
        rar: { type: 'boolean', default: false },
        'mtls-aliases': { type: 'boolean', default: false },
        ...registrationOptions,
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

  const integer = (name, min, max) => {
    const text = values[name];
    if (!/^[0-9]+$/.test(text)) usage(`--${name} must be a whole number, got "${text}"`);
    const n = Number(text);
    if (n < min || n > max) usage(`--${name} must be between ${min} and ${max}`);
    return n;
  };
  const signedInteger = (name, min, max) => {
    const text = values[name];
    if (!/^-?[0-9]+$/.test(text)) usage(`--${name} must be a whole number, got "${text}"`);
    const n = Number(text);
    if (n < min || n > max) usage(`--${name} must be between ${min} and ${max}`);
    return n;
  };
  const oneOf = (name, allowed) => {
    const text = values[name];
    if (!allowed.includes(text)) usage(`--${name} must be one of ${allowed.join(', ')}, got "${text}"`);
    return text;
  };
  const nonEmpty = (name) => {
    const text = values[name];
    if (!text) usage(`--${name} must not be empty`);
    return text;
  };
  const bool = (name) => {
    const text = values[name];
    if (text !== 'true' && text !== 'false') usage(`--${name} must be true or false, got "${text}"`);
    return text === 'true';
  };

  return {
    port: integer('port', 0, 65535),
    accessTtl: integer('access-ttl', 1, 10 * 365 * 24 * 3600),
    refreshTtl: integer('refresh-ttl', 1, 10 * 365 * 24 * 3600),
    // Read up front so a bad file fails before anything listens.
    clientsJwks: values['clients-jwks'] === undefined ? undefined : readClientsJwks(values['clients-jwks']),
    rotateRefresh: bool('rotate-refresh'),
    deviceInterval: values['device-interval'] === undefined ? undefined : integer('device-interval', 1, 60),
    refreshIdTokenSub: values['refresh-id-token-sub'] === undefined ? undefined : nonEmpty('refresh-id-token-sub'),
    clockOffset: signedInteger('clock-offset', -24 * 3600, 24 * 3600),
    clientAssertionAudience: oneOf('client-assertion-audience', ['any', 'issuer']),
    exitOnStdinClose: bool('exit-on-stdin-close'),
    exactRedirectUris: (values['exact-redirect-uri'] ?? []).map((uri) => {
      if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):[0-9]{1,5}\/[A-Za-z0-9._~/-]*$/.test(uri)) {
        usage(`--exact-redirect-uri must be http://127.0.0.1:PORT/PATH (or localhost, [::1]), got "${uri}"`);
      }
      return uri;
    }),
    refreshDelayMs: integer('refresh-delay-ms', 0, 60000),
    loseRefreshAnswers: integer('lose-refresh-answers', 0, 1000),
    loseMode: ['502', 'drop', 'html'].includes(values['lose-mode']) ? values['lose-mode'] : usage('--lose-mode must be 502, drop or html'),
    unavailableRefreshes: integer('unavailable-refreshes', 0, 1000),
    gitRoot: values['git-root'] === undefined ? undefined : nonEmpty('git-root'),
    dpopNonce: bool('dpop-nonce'),
    par: oneOf('par', ['optional', 'required']),
    mtlsDir: values['mtls-dir'] === undefined ? undefined : nonEmpty('mtls-dir'),
    tokenExchange: values['token-exchange'],
    rar: values.rar,
    mtlsAliases: values['mtls-aliases'] && values['mtls-dir'] !== undefined,
    registration: readRegistrationOptions(values, bool, nonEmpty),
  };
}

// Reads the public JWKS of the keyway-pkjwt client. Private members are dropped so a test may
// hand over the same JWKS it signs with; oidc-provider refuses private keys in client metadata.
function readClientsJwks(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    usage(`cannot read --clients-jwks ${file}: ${err.message}`);
  }
  if (!parsed || !Array.isArray(parsed.keys)) usage(`--clients-jwks ${file} is not a JWKS ({"keys":[...]})`);
  const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];
  const keys = parsed.keys
    .filter((key) => key && (key.kty === 'RSA' || key.kty === 'EC' || key.kty === 'OKP'))
    .map((key) => Object.fromEntries(Object.entries(key).filter(([name]) => !privateMembers.includes(name))));
  if (keys.length === 0) usage(`--clients-jwks ${file} holds no RSA/EC/OKP key`);
  return { keys };
}

// Signing keys are generated at every start: an RS256 key (the default id_token algorithm and
// the one every OpenID Provider must support, OIDC Core §15.1) and an ES256 key so a client
// registered with id_token_signed_response_alg ES256 also works. Both appear at /jwks.
//
// The keys are made as PEM and exported to JWK from a separate KeyObject: exporting the KeyObject that
// generateKeyPairSync returned can deadlock in Node.js 20 when a garbage collection runs during the export
// (the key generation job's destructor waits for the lock the export holds; seen as a peer that never
// printed its start line).
function jwkOf(type, options) {
  const pem = generateKeyPairSync(type, {
    ...options,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }).privateKey;
  return createPrivateKey(pem).export({ format: 'jwk' });
}

function generateSigningKeys() {
  const rsa = jwkOf('rsa', { modulusLength: 2048 });
  const ec = jwkOf('ec', { namedCurve: 'P-256' });
  const kidSuffix = randomBytes(4).toString('hex');
  return {
    keys: [
      { ...rsa, kid: `rs256-${kidSuffix}`, alg: 'RS256', use: 'sig' },
      { ...ec, kid: `es256-${kidSuffix}`, alg: 'ES256', use: 'sig' },
    ],
  };
}

// The account model: any login name is accepted by the dev login page, and it becomes `sub`.
function capitalise(login) {
  return login.length ? login[0].toUpperCase() + login.slice(1) : login;
}

async function findAccount(_ctx, sub) {
  return {
    accountId: sub,
    // Called for id_token and userinfo; oidc-provider filters the result down to the claims
    // the granted scopes map to (see `claims` in the configuration).
    async claims() {
      return {
        sub,
        email: `${sub}@example.test`,
        email_verified: true,
        name: capitalise(sub),
        preferred_username: sub,
      };
    },
  };
}

function buildConfiguration(options, errors) {
  const redirectUris = ['http://127.0.0.1/callback'];
  const clients = [
    {
      // Public native app: no secret, PKCE enforced by the default pkce.required function, which
      // requires PKCE for every client with token_endpoint_auth_method none (S256 is the only
      // method oidc-provider 9.x supports). Confidential clients may use PKCE; it is then checked.
      // Native clients always get the consent page (interaction policy "native_client_prompt").
      client_id: 'keyway-native',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
    },
    {
      // Confidential client authenticating with HTTP Basic (RFC 6749 §2.3.1).
      client_id: 'keyway-basic',
      client_secret: 'basic-secret',
      application_type: 'native',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
      response_types: ['code'],
      redirect_uris: redirectUris,
    },
    {
      // Confidential client sending its secret in the form body (RFC 6749 §2.3.1, "NOT RECOMMENDED"
      // but common in the wild). Note: oidc-provider lets both secret clients use either Basic or
      // the body; it only rejects a request that uses both at once (invalid_request).
      client_id: 'keyway-post',
      client_secret: 'post-secret',
      application_type: 'native',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
      response_types: ['code'],
      redirect_uris: redirectUris,
    },
    {
      // A public native app whose redirect is a private-use URI scheme (RFC 8252 §7.1), Keyway's own
      // io.keyway.app:/oauth2redirect. client_schema.js 9.x accepts any scheme for native clients but
      // the forbidden ones (javascript:, data: ...); Client#redirectUriAllowed then compares it exactly.
      client_id: 'keyway-scheme',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['io.keyway.app:/oauth2redirect'],
    },
    {
      // Public device (RFC 8628): no redirect URI, no authorization endpoint use.
      client_id: 'keyway-device',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
  ];

  // A public native app whose tokens must be DPoP-bound (RFC 9449 §5.2 client metadata dpop_bound_access_tokens):
  // oidc-provider 9.x then refuses a token request without a proof (helpers/sender_constraints.js
  // checkDpopRequired), and a bound token is accepted at userinfo only with the DPoP scheme and a proof whose ath
  // matches (helpers/oidc_context.js, helpers/validate_dpop.js). Refresh tokens of public clients stay bound to
  // the key (actions/grants/refresh_token.js).
  clients.push({
    client_id: 'keyway-dpop',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: redirectUris,
    dpop_bound_access_tokens: true,
  });

  // A provider that compares the redirect URI exactly, port included (Dropbox, X, Xero... do): a
  // "web" client, for which Client#redirectUriAllowed in oidc-provider 9.x only accepts a URI equal to
  if (options.mtlsDir) {
    clients.push({
      // RFC 8705 §2.1: authenticated by its PKI certificate's subject, its tokens bound to the certificate (§3).
      client_id: 'keyway-mtls',
      application_type: 'native',
      token_endpoint_auth_method: 'tls_client_auth',
      tls_client_auth_subject_dn: 'CN=keyway-mtls-client',
      tls_client_certificate_bound_access_tokens: true,
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials',
        'urn:ietf:params:oauth:grant-type:device_code'],
      response_types: ['code'],
      redirect_uris: redirectUris,
    });
  }
  // a registered one; the port-stripping loopback rule (RFC 8252 §7.3) applies to "native" clients
  // only. client_schema.js allows http redirect URIs for web clients that do not use the implicit
  // grant. Registered only when --exact-redirect-uri gives the URIs (a test picks a free port).
  if (options.exactRedirectUris.length > 0) {
    clients.push({
      client_id: 'keyway-exact',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: options.exactRedirectUris,
    });
  }

  // RFC 7523 §2.2 private_key_jwt. token_endpoint_auth_signing_alg is left unset on purpose so
  // any algorithm in enabledJWA.clientAuthSigningAlgValues (RS256 and ES256 among them) is accepted.
  const pkjwt = {
    client_id: 'keyway-pkjwt',
    application_type: 'native',
    token_endpoint_auth_method: 'private_key_jwt',
    grant_types: ['authorization_code', 'client_credentials'],
    response_types: ['code'],
    redirect_uris: redirectUris,
  };
  // oidc-provider rejects a private_key_jwt client without jwks/jwks_uri
  // ("jwks or jwks_uri is mandatory for this client"), so without --clients-jwks it is not registered.
  if (options.clientsJwks) {
    pkjwt.jwks = options.clientsJwks;
    clients.push(pkjwt);
  }

  // --token-exchange: the clients that may use the grant (registered in main, after the provider exists; a static
  // client's metadata is validated when it is first looked up, by then the grant type is known).
  if (options.tokenExchange) {
    for (const client of clients) {
      if (['keyway-native', 'keyway-basic', 'keyway-post', 'keyway-dpop'].includes(client.client_id)) {
        client.grant_types = [...client.grant_types, TOKEN_EXCHANGE];
      }
    }
  }

  // --rar: a client may ask only for the authorization details types its metadata lists (RFC 9396 §10:
  // authorization_details_types; oidc-provider's default for a client is none).
  if (options.rar) {
    for (const client of clients) client.authorization_details_types = RAR_TYPES;
  }

  return {
    clients,

    // Native clients (application_type "native") may use any port on a loopback redirect URI:
    // Client#redirectUriAllowed in oidc-provider 9.x strips the port of http://127.0.0.1,
    // http://localhost and http://[::1] URIs before comparing (RFC 8252 §7.3). No custom
    // redirectUriAllowed is needed.

    jwks: options.signingKeys,

    // Only the authorization code flow: no implicit or hybrid response types (RFC 9700 §2.1.2).
    responseTypes: ['code'],

    // The client authentication methods Keyway implements (RFC 6749 §2.3.1, RFC 7523 §2.2,
    // public clients). client_secret_jwt is left out on purpose.
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none',
      ...(options.mtlsDir ? ['tls_client_auth', 'self_signed_tls_client_auth'] : [])],

    // A private_key_jwt assertion's aud: oidc-provider 9 accepts its issuer identifier, its token endpoint URL
    // or the URL of the endpoint called, alone or in an array (OIDCContext#clientJwtAuthExpectedAudience), and
    // requires the issuer only under FAPI 2.0. --client-assertion-audience issuer makes it the server the RFC 7523
    // update draft-ietf-oauth-rfc7523bis asks for: the issuer identifier as the sole value, nothing else.
    ...(options.clientAssertionAudience === 'issuer' ? {
      async assertJwtClientAuthClaimsAndHeader(ctx, claims) {
        if (claims.aud !== ctx.oidc.issuer) {
          throw new errors.InvalidClientAuth('audience (aud) must be the issuer identifier, as its sole value');
        }
      },
    } : {}),

    // Cookie signing keys, fresh per start (the server is in-memory anyway).
    cookies: { keys: [randomBytes(32).toString('base64url')] },

    findAccount,

    // Scopes: the OpenID ones, plus two API scopes. Being "static" scopes they are granted on
    // the consent page like the OpenID ones, appear in the token response `scope` and in
    // introspection, and are accepted by client_credentials without a resource indicator.
    scopes: ['openid', 'profile', 'email', 'offline_access', 'api:read', 'api:write'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },

    // By default (conformIdTokenClaims true) oidc-provider only puts scope-derived claims
    // (email, name) in the userinfo response when an access token is issued. Turn it off so the
    // id_token also carries them; userinfo still returns them.
    conformIdTokenClaims: false,

    // Refresh tokens go to every client registered for the refresh_token grant, for any grant
    // that can produce one (authorization_code, device_code). offline_access is not required
    // (the default issueRefreshToken demands it).
    async issueRefreshToken(_ctx, client) {
      return client.grantTypeAllowed('refresh_token');
    },

    // --rotate-refresh: true = a new refresh token on every refresh and the old one becomes
    // "consumed" (reusing it fails with invalid_grant and revokes the whole grant, RFC 9700 §4.14.2);
    // false = the same refresh token is returned again and stays valid.
    rotateRefreshToken: options.rotateRefresh,

    // Tokens live on their own TTLs, not tied to the browser session at the provider (by default
    // they expire with the session unless offline_access was granted).
    expiresWithSession: async () => false,

    ttl: {
      AccessToken: () => options.accessTtl,
      ClientCredentials: () => options.accessTtl,
      RefreshToken: () => options.refreshTtl,
      IdToken: () => 3600,
      AuthorizationCode: () => 60,
      DeviceCode: () => 600,
      Interaction: () => 600,
      Session: () => 24 * 3600,
      Grant: () => 14 * 24 * 3600,
    },

    features: {
      // RFC 9449 DPoP, on by default in 9.x. --dpop-nonce true makes every DPoP proof need a server nonce (§8, §9):
      // a proof without one is refused with use_dpop_nonce and a DPoP-Nonce header, at the token endpoint (400) and
      // at userinfo (401 WWW-Authenticate: DPoP error="use_dpop_nonce"). The nonce secret must be 32 bytes
      // (helpers/challenge.js).
      dPoP: options.dpopNonce
        ? { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true }
        : { enabled: true },
      // RFC 9126 pushed authorization requests, on by default in 9.x; --par required makes the authorization
      // endpoint refuse any request that was not pushed first (require_pushed_authorization_requests in discovery).
      pushedAuthorizationRequests: {
        enabled: true,
        requirePushedAuthorizationRequests: options.par === 'required',
      },
      // Quick-start login (any login, any password) and consent pages; the scripted browser
      // (browser.mjs, device.mjs) fills them in.
      devInteractions: { enabled: true },
      ...registrationFeatures(options.registration), // RFC 7591 / 7592, see registrationOptions
      userinfo: { enabled: true },
      revocation: { enabled: true }, // RFC 7009
      introspection: { enabled: true }, // RFC 7662; default policy: confidential clients may
      // introspect any token, public clients only their own.
      clientCredentials: { enabled: true }, // RFC 6749 §4.4
      // RFC 8705 with --mtls-dir. getCertificate reads the peer certificate of the request's TLS socket (node's
      // X509Certificate#toString is its PEM); certificateAuthorized is node's own chain check against ca.pem.
      mTLS: {
        enabled: Boolean(options.mtlsDir),
        tlsClientAuth: true,
        selfSignedTlsClientAuth: true,
        certificateBoundAccessTokens: true,
        getCertificate(ctx) {
          if (options.mtlsAliases && !ctx.state.mtlsAlias) return undefined;
          const peer = ctx.req.socket.getPeerX509Certificate?.();
          return peer ? peer.toString() : undefined;
        },
        certificateAuthorized(ctx) {
          return ctx.req.socket.authorized === true;
        },
        certificateSubjectMatches(ctx, property, expected) {
          if (options.mtlsAliases && !ctx.state.mtlsAlias) return false;
          const peer = ctx.req.socket.getPeerX509Certificate?.();
          return property === 'tls_client_auth_subject_dn' && peer !== undefined && peer.subject === expected;
        },
      },
      deviceFlow: { enabled: true }, // RFC 8628, verification at /device
      // --rar: RFC 9396. Each type validates its details (checks/check_rar.js calls validate for every entry); what
      // the consent page approved (the grant's rar, added by the dev interactions) goes to the authorization code,
      // then to the access and refresh tokens, and introspection shows it.
      richAuthorizationRequests: options.rar ? {
        enabled: true,
        types: {
          payment_initiation: { validate: validateRarDetail(errors, ['initiate', 'status']) },
          account_information: { validate: validateRarDetail(errors, ['list_accounts', 'read_balances']) },
        },
        authorizationDetailsForGrantSource: (ctx) => ctx.oidc.grant?.rar,
        authorizationDetailsForAccessToken: (_ctx, _token, source) => source?.rar,
        authorizationDetailsForIntrospection: (_ctx, token) => token.rar,
      } : { enabled: false },
      // Resource indicators (RFC 8707) are on by default in 9.x. Without a `resource` parameter
      // tokens are opaque and carry the static scopes. A `resource` that names a loopback URL
      // (or urn:keyway:api) is accepted too, with an opaque token limited to the API scopes.
      resourceIndicators: {
        enabled: true,
        // --rar: oidc-provider wants a resource with authorization_details (shared/check_rar.js callers, "resource
        // indicator must be provided or defaulted to"); a request that names none gets urn:keyway:api.
        ...(options.rar ? {
          async defaultResource(ctx, _client, oneOf) {
            return oneOf ?? (ctx.oidc.params?.authorization_details ? 'urn:keyway:api' : undefined);
          },
        } : {}),
        async getResourceServerInfo(_ctx, resource) {
          let url;
          try {
            url = new URL(resource);
          } catch {
            url = undefined;
          }
          const loopback = url && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
          if (resource !== 'urn:keyway:api' && !loopback) {
            throw new errors.InvalidTarget();
          }
          return {
            scope: 'api:read api:write',
            audience: resource,
            accessTokenTTL: options.accessTtl,
            accessTokenFormat: 'opaque', // introspectable; JWT tokens cannot be introspected
          };
        },
      },
    },
  };
}

// --rar: a detail of a known type is valid when its actions (RFC 9396 §2.2) are among those the type knows.
function validateRarDetail(errors, knownActions) {
  return (_ctx, detail) => {
    const actions = detail.actions ?? [];
    if (!actions.every((action) => knownActions.includes(action))) {
      throw new errors.InvalidAuthorizationDetails(`unknown action for ${detail.type}`);
    }
  };
}

const RAR_TYPES = ['payment_initiation', 'account_information'];
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
// The services a token may be exchanged for (RFC 8693 §2.1 audience, or resource).
const ALLOWED_EXCHANGE_AUDIENCES = ['https://reports.example.test', 'urn:keyway:reports'];

// RFC 8693 token exchange. The subject token must be an access token this provider issued to the same client and
// still valid (found with the provider's own AccessToken.find, or ClientCredentials.find for a client credentials
// token, as introspection does); the audience (or resource)
// must be allowed; the scope asked for must be within the subject token's. The new token is an opaque access token
// for that audience, of the same grant and account, so introspection shows its aud.
function registerTokenExchange(provider, errors) {
  provider.registerGrantType(TOKEN_EXCHANGE, async (ctx) => {
    const { params, client } = ctx.oidc;
    if (!params.subject_token) throw new errors.InvalidRequest('missing required parameter \'subject_token\'');
    if (params.subject_token_type !== ACCESS_TOKEN_TYPE) {
      throw new errors.InvalidRequest('subject_token_type must be urn:ietf:params:oauth:token-type:access_token');
    }
    if (params.requested_token_type !== undefined && params.requested_token_type !== ACCESS_TOKEN_TYPE) {
      throw new errors.InvalidTarget('only access tokens are issued by this exchange');
    }
    const subject = await provider.AccessToken.find(params.subject_token)
      ?? await provider.ClientCredentials.find(params.subject_token);
    if (!subject || !subject.isValid) throw new errors.InvalidGrant('subject_token is not an active access token');
    if (subject.clientId !== client.clientId) throw new errors.InvalidGrant('subject_token was issued to another client');
    const targets = [params.audience, ...[params.resource ?? []].flat()].filter(Boolean);
    if (targets.length !== 1) throw new errors.InvalidTarget('exactly one audience or resource is supported');
    const [audience] = targets;
    if (!ALLOWED_EXCHANGE_AUDIENCES.includes(audience)) {
      throw new errors.InvalidTarget(`tokens are not issued for ${audience}`);
    }
    const held = new Set((subject.scope ?? '').split(' ').filter(Boolean));
    const asked = params.scope ? params.scope.split(' ').filter(Boolean) : [...held];
    if (!asked.every((scope) => held.has(scope))) throw new errors.InvalidScope('scope exceeds the subject token\'s');
    const scope = asked.join(' ') || undefined;
    const token = subject.kind === 'ClientCredentials'
      ? new provider.ClientCredentials({ client, scope })
      : new provider.AccessToken({
        accountId: subject.accountId, client, grantId: subject.grantId, gty: 'token_exchange', scope,
      });
    token.setAudience(audience);
    const value = await token.save();
    ctx.body = {
      access_token: value,
      issued_token_type: ACCESS_TOKEN_TYPE,
      token_type: 'Bearer',
      expires_in: token.expiration,
      scope: token.scope,
    };
  }, ['subject_token', 'subject_token_type', 'actor_token', 'actor_token_type', 'requested_token_type', 'audience',
    'resource', 'scope'], ['resource']);
}

async function main() {
  const options = { ...parseCli(), signingKeys: generateSigningKeys() };
  // --clock-offset: the provider's clock runs this many seconds ahead of the machine's (behind when negative),
  // for everything it dates (oidc-provider reads the time with Date.now) and for its Date header, as a provider
  // whose clock is wrong would. Set before oidc-provider is loaded.
  if (options.clockOffset !== 0) {
    const machineNow = Date.now;
    Date.now = () => machineNow() + options.clockOffset * 1000;
  }
  const { default: Provider, errors } = await import('oidc-provider');

  // Listen first so an ephemeral port is known before the issuer URL is fixed.
  const server = options.mtlsDir
    ? createHttpsServer({
      cert: readFileSync(`${options.mtlsDir}/server.pem`),
      key: readFileSync(`${options.mtlsDir}/server.key`),
      ca: readFileSync(`${options.mtlsDir}/ca.pem`),
      requestCert: true,
      rejectUnauthorized: false,
    })
    : createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const issuer = `${options.mtlsDir ? 'https' : 'http'}://127.0.0.1:${port}`;

  const provider = new Provider(issuer, buildConfiguration(options, errors));

  // --- RFC 8705 §5 endpoint aliases, only with --mtls-aliases ---------------------------------------------------
  if (options.mtlsAliases) {
    const aliased = {
      token_endpoint: '/token',
      pushed_authorization_request_endpoint: '/request',
      device_authorization_endpoint: '/device/auth',
      revocation_endpoint: '/token/revocation',
      introspection_endpoint: '/token/introspection',
      userinfo_endpoint: '/me',
    };
    provider.use(async (ctx, next) => {
      if (ctx.path.startsWith('/mtls/')) {
        ctx.state.mtlsAlias = true;
        ctx.path = ctx.path.slice('/mtls'.length);
      }
      await next();
      if (ctx.oidc?.route === 'discovery' && ctx.body && typeof ctx.body === 'object') {
        ctx.body = {
          ...ctx.body,
          mtls_endpoint_aliases: Object.fromEntries(Object.entries(aliased).map(([name, path]) => [name, `${issuer}/mtls${path}`])),
        };
      }
    });
  }
  // -------------------------------------------------------------------------------------------------------------

  // --- Token exchange (RFC 8693), only with --token-exchange -------------------------------------------------
  if (options.tokenExchange) registerTokenExchange(provider, errors);
  // -------------------------------------------------------------------------------------------------------------

  // The peer runs over plain http on loopback; oidc-provider needs no proxy setting for that.
  provider.on('server_error', (_ctx, err) => console.error('oidc-server: server_error', err));
  for (const event of ['grant.error', 'authorization.error', 'pushed_authorization_request.error', 'introspection.error', 'revocation.error',
    'userinfo.error', 'device_authorization.error', 'code_verification.error']) {
    provider.on(event, (_ctx, err) => {
      // error_detail is the precise reason (e.g. "refresh token already used") that the
      // response hides behind a generic error_description.
      const detail = err.error_detail ? ` (${err.error_detail})` : '';
      console.error(`oidc-server: ${event}: ${err.error ?? err.name}: ${err.error_description ?? err.message}${detail}`);
    });
  }

  // oidc-provider's device authorization response has no `interval`, so clients fall back to
  // RFC 8628 §3.2's 5 seconds. --device-interval adds one so tests can poll faster. It is only
  // advice: oidc-provider never answers slow_down.
  if (options.deviceInterval !== undefined) {
    provider.use(async (ctx, next) => {
      await next();
      if (ctx.oidc?.route === 'device_authorization' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
        ctx.body = { ...ctx.body, interval: options.deviceInterval };
      }
    });
  }

  // --refresh-id-token-sub: a misbehaving provider for OpenID Connect Core §12.2. The id_token of every
  // refresh_token grant answer is signed again with the provider's own key (so its signature is valid) after its
  // `sub` is replaced, as if the refresh had handed the connection to another user.
  if (options.refreshIdTokenSub !== undefined) {
    const { CompactSign, decodeJwt, decodeProtectedHeader, importJWK } = await import('jose');
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body;
      if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || ctx.oidc.params?.grant_type !== 'refresh_token'
        || !body || typeof body !== 'object' || typeof body.id_token !== 'string') {
        return;
      }
      const header = decodeProtectedHeader(body.id_token);
      const signer = options.signingKeys.keys.find((key) => key.kid === header.kid);
      if (!signer) return;
      const claims = { ...decodeJwt(body.id_token), sub: options.refreshIdTokenSub };
      const idToken = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
        .setProtectedHeader(header)
        .sign(await importJWK(signer, header.alg));
      console.error(`oidc-server: refresh id_token sub replaced by ${options.refreshIdTokenSub}`);
      ctx.body = { ...body, id_token: idToken };
    });
  }

  // What the provider saw, for tests that count requests (refresh storms, single-flight refreshes across
  // processes): GET /debug/counts answers {"grants": {"<grant_type>": {"ok": n, "error": n}}, "revoked_grants": n,
  // "introspections": n, "dpop": {...}}. Counts only, never a token.
  const counts = { grants: {}, revoked_grants: 0, introspections: 0, git: { ok: 0, refused: 0 } };
  const countGrant = (ctx, outcome) => {
    const type = ctx.oidc?.params?.grant_type ?? 'unknown';
    counts.grants[type] ??= { ok: 0, error: 0 };
    counts.grants[type][outcome] += 1;
  };
  provider.on('grant.success', (ctx) => countGrant(ctx, 'ok'));
  provider.on('grant.error', (ctx) => countGrant(ctx, 'error'));
  provider.on('grant.revoked', () => { counts.revoked_grants += 1; });
  provider.on('introspection.error', () => { counts.introspections += 1; });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'introspection' && ctx.status === 200) counts.introspections += 1;
  });
  // RFC 9449 §10 and §10.1, as the provider took them: "bound_codes" counts authorization codes it issued bound to a
  // DPoP key (dpop_jkt on the authorization request, or the key of the pushed request's proof), "par_proofs" pushed
  // authorization requests it accepted with a DPoP proof.
  counts.dpop = { bound_codes: 0, par_proofs: 0 };
  provider.on('authorization_code.saved', (code) => { if (code.dpopJkt) counts.dpop.bound_codes += 1; });
  provider.on('pushed_authorization_request.success', (ctx) => { if (ctx.get('DPoP')) counts.dpop.par_proofs += 1; });

  // Misbehaviour on the refresh_token grant, for the tests of what Keyway does when a refresh goes wrong:
  //  --refresh-delay-ms N       answer every refresh N ms late (time to lock a keychain, or kill a process, meanwhile);
  //  --lose-refresh-answers N   the first N refreshes are carried out (the refresh token rotates) but the answer is
  //                             lost: --lose-mode 502 (a gateway's error page), html (200 with a web page) or drop
  //                             (the connection is closed without an answer);
  //  --unavailable-refreshes N  once a token was issued, the next N token requests are refused before being
  //                             handled: 503 with Retry-After: 1.
  let lose = options.loseRefreshAnswers;
  let unavailable = options.unavailableRefreshes;
  provider.use(async (ctx, next) => {
    const isRefresh = ctx.path === '/token' && ctx.method === 'POST';
    if (!isRefresh) return next();
    await next();
    if (ctx.oidc?.params?.grant_type !== 'refresh_token') return;
    if (options.refreshDelayMs > 0) await new Promise((resolve) => { setTimeout(resolve, options.refreshDelayMs); });
    if (ctx.status === 200 && lose > 0) {
      lose -= 1;
      console.error(`oidc-server: losing the answer to a refresh (${options.loseMode})`);
      if (options.loseMode === 'drop') {
        ctx.req.socket.destroy();
        ctx.respond = false;
      } else if (options.loseMode === 'html') {
        ctx.type = 'text/html';
        ctx.body = '<html><body>Please wait...</body></html>';
      } else {
        ctx.status = 502;
        ctx.type = 'text/html';
        ctx.body = '<html><body><h1>502 Bad Gateway</h1></body></html>';
      }
    }
  });
  const serveGit = async (req, res) => {
    const refuse = () => {
      counts.git.refused += 1;
      req.resume();
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="keyway-test-git"', 'Content-Type': 'text/plain' });
      res.end('a valid access token is needed as the password');
    };
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) { refuse(); return; }
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon < 0 ? '' : decoded.slice(0, colon);
    const token = colon < 0 ? '' : decoded.slice(colon + 1);
    const found = token ? await provider.AccessToken.find(token) : undefined;
    if (!found || found.isExpired) { refuse(); return; }
    counts.git.ok += 1;
    const [pathInfo, query = ''] = req.url.slice('/git'.length).split('?');
    const backend = spawn('git', ['http-backend'], {
      env: {
        ...process.env, GIT_PROJECT_ROOT: options.gitRoot, GIT_HTTP_EXPORT_ALL: '1', PATH_INFO: pathInfo,
        QUERY_STRING: query, REQUEST_METHOD: req.method, CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: user, REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    req.pipe(backend.stdin);
    // CGI: headers, a blank line, then the body.
    let head = Buffer.alloc(0);
    let headersDone = false;
    backend.stdout.on('data', (chunk) => {
      if (headersDone) { res.write(chunk); return; }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colonAt = line.indexOf(':');
        const name = line.slice(0, colonAt).trim();
        const value = line.slice(colonAt + 1).trim();
        if (name.toLowerCase() === 'status') status = parseInt(value, 10);
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    backend.on('close', () => res.end());
  };

  // Counted here, before oidc-provider: token requests answered 200 so far.
  let tokenAnswers = 0;

  installRegistrationMetadata(provider, options.registration); // RFC 7591, see registrationOptions
  const callback = provider.callback();
  server.on('request', (req, res) => {
    // Node.js writes the Date header from the machine's clock; with --clock-offset it is the provider's.
    if (options.clockOffset !== 0) res.setHeader('Date', new Date(Date.now()).toUTCString());
    if (req.method === 'GET' && req.url === '/debug/counts') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(counts));
      return;
    }
    // An API call that needs a permission the token lacks (RFC 6750 §3.1), answered 401 as some providers do
    // (the RFC says 403): a client must not take it for an expired token.
    if (req.url === '/api/insufficient-scope') {
      req.resume();
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="api:write"', 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'insufficient_scope' }));
      return;
    }
    // --git-root: the repositories under DIR served by git's own http-backend at /git/, for a user whose HTTP
    // Basic password is an access token this provider issued and that is still valid (as a forge checks an OAuth
    // token given as the password). Without one: 401 and a Basic challenge, so git asks its credential helper.
    if (options.gitRoot && req.url.startsWith('/git/')) {
      serveGit(req, res);
      return;
    }
    if (req.method === 'POST' && req.url === '/token') {
      // --unavailable-refreshes: once a token has been issued (the sign-in), the next N token requests are refused
      // before oidc-provider sees them, as an overloaded server does.
      if (tokenAnswers > 0 && unavailable > 0) {
        unavailable -= 1;
        req.resume();
        res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'text/plain' });
        res.end('unavailable, try again in a second');
        console.error('oidc-server: POST /token -> 503 (unavailable)');
        return;
      }
      res.on('finish', () => { if (res.statusCode === 200) tokenAnswers += 1; });
    }
    // One log line per request, path only (query strings carry codes and tokens).
    res.on('finish', () => {
      console.error(`oidc-server: ${req.method} ${req.url.split('?')[0]} -> ${res.statusCode}`);
    });
    callback(req, res);
  });

  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);

  const shutdown = (why) => {
    console.error(`oidc-server: stopping (${why})`);
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (options.exitOnStdinClose) {
    process.stdin.on('end', () => shutdown('stdin closed'));
    process.stdin.on('close', () => shutdown('stdin closed'));
    process.stdin.on('error', () => shutdown('stdin error'));
    process.stdin.resume();
  }
}

main().catch((err) => {
  console.error('oidc-server: failed to start:', err);
  process.exit(1);
});
