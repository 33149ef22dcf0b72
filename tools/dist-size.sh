#!/usr/bin/env bash
# Prints each file of a built dist/ with its raw and gzip size, and the gzip total of the
# files a visitor's first load fetches (index.html and the files it names). The one-file
# copy, the data page for staff (maintain.html and its files, maintain-notice.css among
# them), the service worker, the manifest and its icons are listed apart: they are not part of the first view (`make bench-web` measures that from the network log).
set -euo pipefail
dir=${1:-dist}
first=0
other=0
while IFS= read -r f; do
  name=${f#"$dir"/}
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  if [ "$name" = index.html ] || grep -qF "$name" "$dir/index.html" 2>/dev/null; then
    first=$((first + gz)); tag=''
  else
    other=$((other + gz)); tag='  (not in the first view)'
  fi
  printf '%8d B  %8d B gzip  %s%s\n' "$raw" "$gz" "$name" "$tag"
done < <(find "$dir" -type f | sort)
printf '%8s    %8d B gzip  first view (index.html and the files it names)\n' '' "$first"
printf '%8s    %8d B gzip  other files\n' '' "$other"
