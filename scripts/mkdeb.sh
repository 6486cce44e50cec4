#!/bin/sh
# make deb: build hostsweep_VERSION_ARCH.deb with debhelper from debian/, in
# a copy of the tree under build/deb/ (so the package build's clean step
# never touches the working tree's builds), check it with lintian (no error
# and no warning; the overrides are in debian/hostsweep.lintian-overrides),
# and put it at the top of the tree.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
ver=$(sed -n 's/^#define HS_VERSION "\(.*\)"$/\1/p' "$top/agent/version.h")
chver=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version)
if [ "$ver" != "$chver" ]; then
	echo "mkdeb: agent/version.h says $ver but debian/changelog says $chver:" \
		"add a changelog entry (dch -v $ver)" >&2
	exit 1
fi
arch=$(dpkg --print-architecture)
stage=$top/build/deb
rm -rf "$stage"
mkdir -p "$stage/hostsweep-$ver"
tar -C "$top" --exclude=./.git --exclude=./build --exclude=./build-asan --exclude=./hostsweep \
	--exclude='./hostsweep_*' -cf - . | tar -C "$stage/hostsweep-$ver" -xf -
echo "mkdeb: dpkg-buildpackage in $stage/hostsweep-$ver" >&2
if ! (cd "$stage/hostsweep-$ver" && dpkg-buildpackage -us -uc -b) >"$stage/build.log" 2>&1; then
	tail -n 40 "$stage/build.log" >&2
	echo "mkdeb: the package build failed (log: $stage/build.log)" >&2
	exit 1
fi
deb=hostsweep_${ver}_${arch}.deb
if command -v lintian >/dev/null; then
	if ! lintian --fail-on error,warning --display-info --show-overrides "$stage/$deb" >"$stage/lintian.log" 2>&1; then
		cat "$stage/lintian.log" >&2
		echo "mkdeb: lintian found errors or warnings" >&2
		exit 1
	fi
	sed 's/^/mkdeb: lintian: /' "$stage/lintian.log" >&2
fi
cp "$stage/$deb" "$top/$deb"
echo "$top/$deb"
