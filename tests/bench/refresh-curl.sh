#!/usr/bin/env bash
# The protocol's floor for the refresh benchmark: the same refresh_token grant requests Keyway sends
# (RFC 6749 §6, public client keyway-native, client_id in the body), one curl per connection, one after the
# other, each response kept and its new access token read, as a script would. Prints how many failed.
# With --store, each new token set is also written to the keychain, one Secret Service item per connection
# (secret-tool store, replacing that connection's item): the floor of a refresh that saves what it got once
# (issue 18).
#   refresh-curl.sh TOKEN_ENDPOINT TOKENS_FILE [--store]
set -euo pipefail
token_endpoint=$1
tokens_file=$2
store=${3:-}
failed=0
n=0
while IFS= read -r refresh_token; do
    [ -n "$refresh_token" ] || continue
    response=$(curl -sS -w '\n%{http_code}' --data-urlencode grant_type=refresh_token \
        --data-urlencode "refresh_token=$refresh_token" --data-urlencode client_id=keyway-native "$token_endpoint") || true
    status=${response##*$'\n'}
    access_token=${response#*\"access_token\":\"}
    access_token=${access_token%%\"*}
    if [ "$status" != 200 ] || [ -z "$access_token" ]; then
        failed=$((failed + 1))
    elif [ "$store" = --store ]; then
        printf '%s' "${response%$'\n'*}" | secret-tool store --label="keyway-bench floor $n" \
            service keyway-bench-floor connection "$n" || failed=$((failed + 1))
    fi
    n=$((n + 1))
done <"$tokens_file"
echo "$failed"
