# Shared by the clean-set builders (build-clean-heldout.sh, build-clean-apps3.sh,
# build-script-clean2.sh, build-script-clean3.sh): fetch Debian packages with
# `apt-get download` into a cache and unpack them with `dpkg-deb -x`. Nothing
# is installed and no maintainer script runs. Source it; set -eu is the
# caller's.

# deb_fetch PROG CACHE PKG...: download every PKG not yet in CACHE. A fresh
# machine has no package lists yet; they may be compressed (.lz4), so ask apt
# whether it knows a candidate instead of looking for the list files.
deb_fetch() {
	local prog=$1 cache=$2 p
	shift 2
	mkdir -p "$cache"
	[ -n "$(apt-cache policy php-common 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v none)" ] ||
		apt-get update -qq >/dev/null 2>&1 || true
	(
		cd "$cache"
		for p in "$@"; do
			ls ./"${p}"_*.deb >/dev/null 2>&1 && continue
			apt-get download "$p" >/dev/null 2>&1 ||
				echo "$prog: skip $p (not downloadable and not in $cache)" >&2
		done
	)
}

# deb_unpack TARGET CACHE PKG: unpack the newest cached PKG into TARGET/PKG
# once (through TARGET/PKG.tmp, so an interrupted run leaves no half tree) and
# print the .deb's path; print nothing and return 1 when PKG is not cached.
deb_unpack() {
	local target=$1 cache=$2 p=$3 deb
	deb=$(ls "$cache/${p}"_*.deb 2>/dev/null | sort | tail -1)
	[ -n "$deb" ] || return 1
	if [ ! -d "$target/$p" ]; then
		rm -rf "$target/$p.tmp"
		dpkg-deb -x "$deb" "$target/$p.tmp" && mv "$target/$p.tmp" "$target/$p"
	fi
	printf '%s\n' "$deb"
}
