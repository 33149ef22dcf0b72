#!/usr/bin/env bash
# Prints each file of a built dist/ with its raw and gzip size, and the gzip total.
set -euo pipefail
dir=${1:-dist}
total=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c); total=$((total + gz))
  printf '%8d B  %8d B gzip  %s\n' "$raw" "$gz" "${f#"$dir"/}"
done < <(find "$dir" -type f | sort)
printf '%8s    %8d B gzip  total\n' '' "$total"
