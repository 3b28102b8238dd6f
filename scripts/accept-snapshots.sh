#!/usr/bin/env bash
# Accepts snapshot changes: moves every *.received.* file under tests/ over its .verified. counterpart
# and lists what it moved. Review the diffs (git diff) before committing the result.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

moved=0
# bin/ and obj/ hold build copies, which are not the snapshots the tests compare against.
while IFS= read -r -d '' received; do
  dir="$(dirname "$received")"
  name="$(basename "$received")"
  verified="$dir/${name/.received./.verified.}"
  mv -f -- "$received" "$verified"
  echo "accepted: ${received#./} -> $(basename "$verified")"
  moved=$((moved + 1))
done < <(find ./tests -type f -name '*.received.*' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z)

if [ "$moved" -eq 0 ]; then
  echo "no received snapshots under tests/; nothing to accept"
else
  echo "$moved snapshot(s) accepted"
fi
