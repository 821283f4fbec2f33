# Sourced by ./mvnw: Quarry needs JDK 21 or newer (Vaadin 25), but many machines
# still default to an older `java`. Keep a suitable JAVA_HOME if one is set; otherwise
# look for a JDK 21+ in the usual install locations and use the newest one found.

quarry_java_major() {
  # prints the feature version of the java binary $1 (e.g. 17, 21, 25), or 0
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}

quarry_select_jdk() {
  quarry_required=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] &&
    [ "$(quarry_java_major "$JAVA_HOME/bin/java")" -ge "$quarry_required" ]; then
    return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v java >/dev/null 2>&1 &&
    [ "$(quarry_java_major java)" -ge "$quarry_required" ]; then
    return 0
  fi
  quarry_best=""
  quarry_best_major=0
  set +f # the wrapper disables globbing; the search below needs it
  for quarry_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$quarry_candidate/bin/java" ] && [ -x "$quarry_candidate/bin/javac" ] || continue
    quarry_major=$(quarry_java_major "$quarry_candidate/bin/java")
    if [ "$quarry_major" -ge "$quarry_required" ] && [ "$quarry_major" -gt "$quarry_best_major" ]; then
      quarry_best="$quarry_candidate"
      quarry_best_major="$quarry_major"
    fi
  done
  set -f
  if [ -z "$quarry_best" ]; then
    echo "Quarry needs JDK $quarry_required or newer, and none was found." >&2
    echo "Install one (e.g. Temurin 21+) or set JAVA_HOME to it, then run this command again." >&2
    exit 1
  fi
  JAVA_HOME="$quarry_best"
  export JAVA_HOME
  PATH="$JAVA_HOME/bin:$PATH"
  export PATH
}

quarry_select_jdk
