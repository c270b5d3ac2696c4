#!/usr/bin/env bash
# The protocol's floor for the connect benchmark: the HTTP steps of an OpenID Connect authorization code
# flow with PKCE, done by curl, for the public client keyway-native. Same steps as `keyway connect --issuer`:
#   1. discovery (/.well-known/openid-configuration)
#   2. PKCE S256 pair, state and nonce; a one-shot loopback listener (RFC 8252 §7.3) for the redirect
#   3. the authorization request through the same scripted browser (tests/peers/browser.mjs: sign-in,
#      consent, redirect to the listener)
#   4. token exchange with the code verifier (RFC 7636 §4.5), 5. JWKS, 6. userinfo with the access token.
# It checks state and that userinfo answers, nothing more (no id_token signature check: that is the floor).
#   flow-curl.sh ISSUER BROWSER_COMMAND...
set -euo pipefail
issuer=$1
shift
client_id=keyway-native
scope="openid email offline_access"

random() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" <<<"$2"; }

discovery=$(curl -sfS "$issuer/.well-known/openid-configuration")
authorization_endpoint=$(json_field authorization_endpoint "$discovery")
token_endpoint=$(json_field token_endpoint "$discovery")
jwks_uri=$(json_field jwks_uri "$discovery")
userinfo_endpoint=$(json_field userinfo_endpoint "$discovery")

verifier=$(random)
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
state=$(random)
nonce=$(random)

# The loopback listener: prints its port, then the request line of the one request it answers.
coproc CATCHER {
    exec perl -MIO::Socket::INET -e '
        $| = 1;
        alarm 60;
        my $server = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 1, ReuseAddr => 1) or die "listen: $!";
        print $server->sockport, "\n";
        my $client = $server->accept or die "accept: $!";
        my $request = <$client>;
        while (my $line = <$client>) { last if $line =~ /^\r?\n$/ }
        print $client "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\nConnected\n";
        close $client;
        print $request;'
}
# bash unsets CATCHER when the listener exits: keep our own copy of its output.
exec {catcher}<&"${CATCHER[0]}"
catcher_pid=$CATCHER_PID
read -r port <&"$catcher"
redirect_uri="http://127.0.0.1:$port/callback"

urlencode() {
    local text=$1 out="" c i
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        case $c in
        [a-zA-Z0-9.~_-]) out+=$c ;;
        *) printf -v c '%%%02X' "'$c" && out+=$c ;;
        esac
    done
    printf %s "$out"
}
query="response_type=code&client_id=$client_id&redirect_uri=$(urlencode "$redirect_uri")&scope=$(urlencode "$scope")"
query+="&state=$state&nonce=$nonce&code_challenge=$challenge&code_challenge_method=S256"
"$@" "$authorization_endpoint?$query" >/dev/null

read -r request_line <&"$catcher"
wait "$catcher_pid" 2>/dev/null || true
target=${request_line#GET }
target=${target%% HTTP/*}
params="&${target#*\?}"
code=${params#*&code=}
code=${code%%&*}
returned_state=${params#*&state=}
returned_state=${returned_state%%&*}
[ "$returned_state" = "$state" ] || { echo "flow-curl.sh: state mismatch" >&2; exit 1; }

tokens=$(curl -sfS --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "client_id=$client_id" \
    --data-urlencode "code_verifier=$verifier" "$token_endpoint")
access_token=$(json_field access_token "$tokens")
[ -n "$access_token" ] || { echo "flow-curl.sh: no access token" >&2; exit 1; }
curl -sfS -o /dev/null "$jwks_uri"
userinfo=$(curl -sfS -H "Authorization: Bearer $access_token" "$userinfo_endpoint")
[ -n "$(json_field sub "$userinfo")" ] || { echo "flow-curl.sh: userinfo without sub" >&2; exit 1; }
echo "connected as $(json_field email "$userinfo")"
