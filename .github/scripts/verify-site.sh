#!/usr/bin/env bash
# Fetches every file of a site folder back from SITE_URL over HTTPS and compares its SHA-256 with
# the source; the Live workflow runs it after each deployment. Usage: verify-site.sh [folder],
# default demo/site. FETCH_ATTEMPTS: tries per file, 5 s apart and more (edge nodes may lag).
set -euo pipefail
folder="${1:-demo/site}"
case "$SITE_URL" in https://*) ;; *) echo "::error::url '$SITE_URL' is not https"; exit 1 ;; esac
failed=0
# SHA-256 of stdin as hex: GNU coreutils' sha256sum, or shasum (Perl) where that is missing (macOS).
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum | cut -d' ' -f1; }
else
  sha256() { shasum -a 256 | cut -d' ' -f1; }
fi
cd "$folder"
# staticwebapp.config.json configures the site and is not served (inferred, static-web-apps#456).
while IFS= read -r -d '' file; do
  path="${file#./}"
  expected=$(sha256 < "$path")
  actual=""
  for attempt in $(seq 1 "$FETCH_ATTEMPTS"); do
    actual=$(curl --fail --silent --show-error --proto '=https' "${SITE_URL%/}/$path" | sha256) || true
    if [ "$actual" = "$expected" ]; then break; fi
    if [ "$attempt" -lt "$FETCH_ATTEMPTS" ]; then sleep $((attempt * 5)); fi
  done
  if [ "$actual" = "$expected" ]; then
    echo "ok   $path  $expected"
  else
    echo "::error::$path: served SHA-256 $actual, source $expected"
    failed=1
  fi
done < <(find . -type f ! -name staticwebapp.config.json -print0 | sort -z)
exit "$failed"
