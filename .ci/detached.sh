# Sourced by the CI scripts.
# Runs a command that may leave a server behind (the package's postinst starts one, and so
# does pg_ctlcluster) with no inherited descriptor but stdin from /dev/null and stdout/stderr
# to stderr through a file. A server holding our stdout pipe (fd 3, read by the caller's
# "$(...)") or the caller's log pipe would keep them from ever reaching end of file, and the
# caller would wait forever.
detached() {
  local out rc=0
  out="$(mktemp)"
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd="${fd##*/}"
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec "$@"
  ) </dev/null >"$out" 2>&1 || rc=$?
  cat "$out" >&2
  rm -f "$out"
  return "$rc"
}
