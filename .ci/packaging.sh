#!/usr/bin/env bash
# Packaging checks, run by .ci/run after the tests: the Linux metadata validates, the icons match their SVG, the
# Flatpak manifest is consistent, and both the wheel (in a fresh venv) and the PyInstaller bundle start from
# outside the checkout and find their resources. Prints how long each step took and how big each install is.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
app_id=io.github.pelvicfloortrainer.PelvicFloorTrainer
export QT_QPA_PLATFORM=offscreen

step_name=""
step_started=0
declare -a timings=()
begin() {
  step_name=$1
  step_started=$SECONDS
  echo "=== packaging: $step_name"
}
done_step() {
  local took=$((SECONDS - step_started))
  timings+=("$(printf '%-40s %4d s' "$step_name" "$took")")
  echo "=== packaging: $step_name: ok (${took} s)"
}
fail() {
  echo "packaging check failed: $*" >&2
  exit 1
}

begin "system tools"
# desktop-file-validate, appstreamcli, and objdump (PyInstaller needs it on Linux).
tools=(desktop-file-utils appstream binutils)
missing=()
for pkg in "${tools[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
[ -x .venv/bin/python ] || make .venv/.run-deps
done_step

begin "metadata"
desktop-file-validate "packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"
.venv/bin/python packaging/linux/render-icons.py --check
.venv/bin/python packaging/flatpak/check-manifest.py
done_step

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one installed copy of the app from an empty folder outside the checkout, with a throwaway data folder,
# and checks the commands that need the resources: the window (routines, icon), a screenshot, and stats.
exercise() {
  local label=$1 command=$2
  local run_dir="$work/run-$label"
  mkdir -p "$run_dir"
  (
    cd "$run_dir"
    unset PYTHONPATH
    "$command" --version
    "$command" --smoke --data-dir "$run_dir/data" || fail "$label: --smoke"
    "$command" --screenshot "$run_dir/train.png" --data-dir "$run_dir/data" || fail "$label: --screenshot"
    "$command" --screenshot "$run_dir/progress.png" --page progress --data-dir "$run_dir/data" \
      || fail "$label: --screenshot --page progress"
    [ -s "$run_dir/train.png" ] && [ -s "$run_dir/progress.png" ] || fail "$label: empty screenshot"
    # A real run, not only --smoke: --background builds the window, the handover server (QtNetwork), the tray
    # companion and the reminders. Still running after 5 s (timeout's 124) means it started and stayed up.
    status=0; timeout 5 "$command" --background --data-dir "$run_dir/live" || status=$?
    [ "$status" -eq 124 ] || fail "$label: --background ended with status $status"
    # The speech worker starts from the same program; aimed at no daemon it finds no engine and ends.
    SPEECHD_ADDRESS="unix_socket:$run_dir/none.sock" timeout 20 "$command" --speech-worker < /dev/null \
      | grep -q '"error"' || fail "$label: the speech worker did not answer"
    "$command" stats --json --data-dir "$run_dir/data" > "$run_dir/stats.json" || fail "$label: stats"
    grep -q '"current_streak_days": 0' "$run_dir/stats.json" \
      || fail "$label: stats --json printed $(cat "$run_dir/stats.json")"
  )
}

begin "wheel: build"
make wheel
wheel=$(ls dist/pelvic_floor_trainer-*.whl)
.venv/bin/python - "$wheel" "$app_id" <<'EOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
routines = [n for n in names if n.startswith("trainer/resources/routines/") and n.endswith(".json")]
icon = f"trainer/resources/icons/{sys.argv[2]}.svg"
assert len(routines) >= 6, f"the wheel carries {len(routines)} routines"
assert icon in names, f"the wheel lacks {icon}"
print(f"{sys.argv[1]}: {len(names)} files, {len(routines)} routines, icon present")
EOF
done_step

begin "wheel: install into a fresh venv"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
"$work/venv/bin/python" -m pip list --disable-pip-version-check --format=freeze > "$work/pip-list.txt"
cat "$work/pip-list.txt"
# The PySide6 meta-package would bring WebEngine and Pdf along, which the app never uses.
if grep -iE '^(PySide6|PySide6[-_]WebEngine|PySide6[-_]Pdf)==' "$work/pip-list.txt"; then
  fail "the wheel pulled in the PySide6 meta-package or WebEngine"
fi
done_step

begin "wheel: run from outside the checkout"
exercise wheel "$work/venv/bin/pelvic-floor-trainer"
(cd "$work" && "$work/venv/bin/python" -m trainer --version)
(cd "$work" && "$work/venv/bin/python" - "$checkout" "$app_id" <<'EOF'
import sys
from pathlib import Path
from trainer import paths
checkout, app_id = Path(sys.argv[1]), sys.argv[2]
found = paths.resources_dir()
assert checkout not in found.parents, f"the installed app read the checkout's resources: {found}"
assert found == Path(paths.__file__).parent / "resources", found
assert len(list(paths.builtin_routines_dir().glob("*.json"))) >= 6
assert paths.resource("icons", f"{app_id}.svg").is_file()
print(f"installed app finds its resources in {found}")
EOF
)
wheel_sizes=$("$work/venv/bin/python" - <<'EOF'
from importlib import metadata
def size(dist):
    return sum(file.locate().stat().st_size for file in dist.files or () if file.locate().is_file())
dists = {dist.metadata["Name"].lower().replace("_", "-"): dist for dist in metadata.distributions()}
tooling = {"pip", "setuptools", "wheel"}
app = size(dists["pelvic-floor-trainer"])
everything = sum(size(dist) for name, dist in dists.items() if name not in tooling)
pyside = dists["pyside6-essentials"].version
print(f"the app {app / 2**20:.1f} MiB; with its dependencies {everything / 2**20:.0f} MiB (PySide6 {pyside})")
EOF
)
done_step

begin "bundle: build (make bundle)"
make bundle
bundle=dist/pelvic-floor-trainer
[ -z "$(find "$bundle" -xtype l)" ] || fail "dangling links in the bundle: $(find "$bundle" -xtype l)"
ls "$bundle/_internal/trainer/resources/routines/"*.json >/dev/null
[ -f "$bundle/_internal/trainer/resources/icons/$app_id.svg" ] || fail "the bundle lacks the icon"
done_step

begin "bundle: run from outside the checkout"
exercise bundle "$checkout/$bundle/pelvic-floor-trainer"
bundle_size="$(du -sm "$bundle" | cut -f1) MiB"
done_step

echo
echo "Packaging summary"
printf '  %s\n' "${timings[@]}"
echo "  wheel install size:  ${wheel_sizes}"
echo "  bundle size:         ${bundle_size} ($bundle)"
