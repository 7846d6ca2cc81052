#!/usr/bin/env bash
# Builds the local images the test suite and the README examples use. No registry is reachable on our
# machines, so images are made from the busybox binary of Debian's busybox-static package.
# Every name below is an image the tests or examples refer to; all are the same tiny busybox root fs.
# They are built into Docker and, when podman is installed, into Podman's own image store as well (for the
# Podman runtime plugin); set SKIP_PODMAN=1 to leave Podman alone.
set -euo pipefail
busybox_bin=${BUSYBOX:-/bin/busybox}
[ -x "$busybox_bin" ] || { echo "busybox-static is required (apt-get install -y busybox-static)" >&2; exit 1; }
images=("${@:-tork-test/busybox:latest ubuntu:mantic alpine:3.18 busybox:latest}")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
chmod 1777 "$root/tmp"
cp "$busybox_bin" "$root/bin/busybox"
for applet in $("$busybox_bin" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
mkdir -p "$root/usr"; ln -s ../bin "$root/usr/bin"; ln -s bin "$root/sbin"
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
with_podman=""
if [ -z "${SKIP_PODMAN:-}" ] && command -v podman >/dev/null 2>&1; then with_podman=1; fi
first=""
for image in ${images[@]}; do
  if [ -z "$first" ]; then
    tar -C "$root" -c . | docker import -c 'ENV PATH=/bin:/usr/bin:/sbin' -c 'CMD ["sh"]' - "$image" >/dev/null
    if [ -n "$with_podman" ]; then
      tar -C "$root" -c . | podman import -q -c 'ENV PATH=/bin:/usr/bin:/sbin' -c 'CMD ["sh"]' - "$image" >/dev/null
    fi
    first=$image
  else
    docker tag "$first" "$image"
    if [ -n "$with_podman" ]; then podman tag "$first" "$image"; fi
  fi
  echo "built $image${with_podman:+ (docker and podman)}"
done
