#!/usr/bin/env bash
# Build the one-folder application into dist/biaozhu/ (Linux; see README.md here
# for Windows and macOS). Needs the project installed in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q -e '.[bundle]'  # PyInstaller, and spaCy, which the bundle carries
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/biaozhu.spec
echo "built dist/biaozhu/biaozhu ($(du -sh dist/biaozhu | cut -f1))"
