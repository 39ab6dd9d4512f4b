#!/usr/bin/env bash
# Builds a native installer of Rapport with the JDK's jpackage (run on the OS you package for).
#   packaging/jpackage.sh            → target/installer/ (deb on Debian/Ubuntu, msi on Windows, dmg on macOS)
#   TYPE=app-image packaging/jpackage.sh  → a folder with the app and its own Java runtime
# The installer bundles a Java runtime: the owner needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed 's/-SNAPSHOT//')
type=${TYPE:-}
args=(
  --name Rapport
  --app-version "${version:-0.1.0}"
  --vendor "Rapport"
  --description "A follow-up manager for small businesses"
  --input target --main-jar rapport.jar --main-class app.rapport.Main
  --java-options "-Xmx512m"
  --dest target/installer
)
case "$(uname -s)" in
  Linux)  args+=(--icon packaging/rapport.png --linux-shortcut --linux-menu-group Office
                 --linux-app-category office) ;;
  Darwin) args+=(--mac-package-name Rapport) ;;
  *)      args+=(--win-menu --win-shortcut --win-per-user-install) ;;
esac
[[ -n $type ]] && args+=(--type "$type")
rm -rf target/installer
jpackage "${args[@]}"
ls -l target/installer
