#!/usr/bin/env bash
# Builds a native installer of Rapport with the JDK's jpackage (run on the OS you package for).
#   packaging/jpackage.sh            → target/installer/ (deb on Debian/Ubuntu, msi on Windows, dmg on macOS)
#   TYPE=app-image packaging/jpackage.sh  → a folder with the app and its own Java runtime
# The installer bundles a Java runtime: the owner needs nothing else.
#
# Start-up: the app is started twice here on a sample book (under a virtual display on Linux) to
# list the classes it loads until Today is drawn. From that list a class-data archive is made where
# the app is installed (the Debian package's postinst; in place for an app image), which the
# launcher uses (-XX:SharedArchiveFile): the JVM maps those classes instead of loading them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//')
type=${TYPE:-}

input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/rapport.jar "$input/"

# SQLite's native library, taken out of the jar once here: otherwise sqlite-jdbc writes it to the
# temporary folder at every start (about a tenth of a second).
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64)  native=Linux/x86_64/libsqlitejdbc.so ;;
  Linux/aarch64) native=Linux/aarch64/libsqlitejdbc.so ;;
  Darwin/arm64)  native=Mac/aarch64/libsqlitejdbc.dylib ;;
  Darwin/x86_64) native=Mac/x86_64/libsqlitejdbc.dylib ;;
  *)             native=Windows/x86_64/sqlitejdbc.dll ;;
esac
mkdir -p "$input/native"
unzip -q -j -o target/rapport.jar "org/sqlite/native/$native" -d "$input/native"

# The classes loaded until Today is drawn, from two starts on a sample book: the first plans the
# day (and saves it), the second opens on the saved agenda, as most starts do.
list_classes() {
  local work book
  work=$(mktemp -d)
  book=$work/book
  java -jar target/rapport.jar --data "$book" demo --clients 300 >/dev/null
  local wrap=()
  if [[ $(uname -s) == Linux && -z ${DISPLAY:-} ]]; then
    if ! command -v xvfb-run >/dev/null; then
      echo "jpackage.sh: no xvfb-run: packaging without a class list" >&2
      rm -rf "$work"
      return
    fi
    wrap=(xvfb-run -a)
  fi
  for n in 1 2; do
    rm -f "$book/rapport.log"
    "${wrap[@]}" java -XX:DumpLoadedClassList="$work/classes-$n" -jar target/rapport.jar --data "$book" \
      >/dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 1 120); do
      grep -q "Today drawn" "$book/rapport.log" 2>/dev/null && break
      sleep 0.5
    done
    sleep 3 # the day planned again after a saved agenda, and saved
    pkill -f "DumpLoadedClassList=$work/classes-$n" || true
    wait "$pid" 2>/dev/null || true
  done
  cat "$work"/classes-* 2>/dev/null | awk '!seen[$0]++' > "$input/rapport.classlist"
  rm -rf "$work"
  grep -q "^app/rapport/store/AgendaCodec" "$input/rapport.classlist" \
    || { echo "jpackage.sh: the class list is incomplete: packaging without it" >&2; rm -f "$input/rapport.classlist"; }
}
list_classes

args=(
  --name Rapport
  --app-version "${version:-0.1.0}"
  --vendor "Rapport"
  --description "A follow-up manager for small businesses"
  --input "$input" --main-jar rapport.jar --main-class app.rapport.Main
  --java-options "-Xmx512m -XX:SharedArchiveFile=\$APPDIR/rapport.jsa -Xshare:auto"
  --java-options "-Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=${native##*/}"
  # C2 (the optimising compiler) waits ten times longer before taking a method on, so that less of
  # the code that runs only while the window comes up is compiled a second time then, on the same
  # two processors as the FX thread; planning's hot loops still get there. Measured on the installed
  # app, 50,000-client book, two A/B series of 8 starts each: Today drawn at a median of about
  # 1.53 s instead of 1.69 s and 1.81 s; warm planning unchanged (a planning loop, 3 alternating
  # runs each). The benchmark runs with the same options (pom.xml, exec@bench).
  --java-options "-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000"
  --java-options "-XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  # keeps bin/java in the bundled runtime: it makes the class-data archive where the app is installed
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
  --dest target/installer
)
case "$(uname -s)" in
  Linux)  args+=(--icon packaging/rapport.png --linux-shortcut --linux-menu-group Office
                 --linux-app-category office --install-dir /opt --resource-dir packaging/linux) ;;
  Darwin) args+=(--mac-package-name Rapport) ;;
  *)      args+=(--win-menu --win-shortcut --win-per-user-install) ;;
esac
[[ -n $type ]] && args+=(--type "$type")
jpackage "${args[@]}"

# An app image is where it will run from: make its archive now (an installer's is made on install).
if [[ $type == app-image && -f $input/rapport.classlist ]]; then
  app=$(find target/installer -path "*/lib/app" -type d | head -1)
  runtime_java=$(find target/installer -path "*/lib/runtime/bin/java" | head -1)
  "$runtime_java" -Xshare:dump -XX:SharedClassListFile="$app/rapport.classlist" \
    -XX:SharedArchiveFile="$app/rapport.jsa" -cp "$(cd "$app" && pwd)/rapport.jar" >/dev/null
fi
ls -l target/installer
