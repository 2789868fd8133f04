#!/usr/bin/env bash
# Renders reports/sample-audit.html in headless Chromium and keeps the top of the page as
# docs/report-summary.png (the README's picture). Needs chromium and python3-pil.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --window-size=1280,1500 \
  --screenshot="$profile/full.png" "file://$PWD/reports/sample-audit.html" 2>/dev/null
/usr/bin/python3 - "$profile/full.png" docs/report-summary.png <<'PY'
import sys
from PIL import Image
Image.open(sys.argv[1]).crop((0, 0, 1280, 1500)).save(sys.argv[2], optimize=True)
PY
echo "wrote docs/report-summary.png"
