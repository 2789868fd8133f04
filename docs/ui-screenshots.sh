#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the real app: ScreenshotsGuiTest audits sample-data/ in the
# desktop app, walks the main screens and pictures each one, at 100% and (second surefire
# execution) at 200%. Without a display it runs under Xvfb with openbox, as .ci/test does.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd=(mvn -q -B test -Dtest=ScreenshotsGuiTest -Dp2caudit.screenshots=docs/screenshots "$@")
if [ -n "${DISPLAY:-}" ]; then
  exec "${cmd[@]}"
fi
exec xvfb-run -a -s "-screen 0 3840x2160x24" bash -c 'openbox >/dev/null 2>&1 & wm=$!; trap "kill $wm" EXIT; "$@"' bash "${cmd[@]}"
