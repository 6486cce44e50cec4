# hostsweep — build, test, demo, eval, bench, install.
# `make test` and `make demo` install the Debian packages they need first.

PREFIX     ?= /usr
SBINDIR    ?= $(PREFIX)/sbin
DATADIR    ?= $(PREFIX)/share/hostsweep
MANDIR     ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc/hostsweep
STATEDIR   ?= /var/lib/hostsweep
UNITDIR    ?= /usr/lib/systemd/system
TMPFILESDIR ?= /usr/lib/tmpfiles.d
DOCDIR     ?= $(PREFIX)/share/doc/hostsweep
DESTDIR    ?=

PKGS    := yara libmagic libpcre2-8 libproc2 jansson inih libcrypto libsystemd sqlite3 zlib
CC      ?= cc
CFLAGS  ?= -O2 -g
DEFS    := -D_GNU_SOURCE -DHS_DATADIR='"$(DATADIR)"' -DHS_SYSCONFDIR='"$(SYSCONFDIR)"' \
           -DHS_STATEDIR='"$(STATEDIR)"'
WARN    := -std=gnu11 -Wall -Wextra -Werror
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS  += $(PKG_LIBS) -lpthread

# agent/ is the shared core; agent/<layer>/ hold the layers (docs/hacking.md).
LAYERS  := report scan host logs mail act watch cmd
SRCS    := $(sort $(wildcard agent/*.c $(LAYERS:%=agent/%/*.c)))
HDRS    := $(wildcard agent/*.h $(LAYERS:%=agent/%/*.h))
LIBSRCS := $(filter-out agent/main.c,$(SRCS))
OBJS    := $(SRCS:agent/%.c=build/%.o)
LIBOBJS := $(LIBSRCS:agent/%.c=build/%.o)
AOBJS   := $(SRCS:agent/%.c=build-asan/%.o)
ALIBOBJS:= $(LIBSRCS:agent/%.c=build-asan/%.o)
SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=build-asan/tests/%)

.PHONY: all deps deps-test test test-run unit demo eval bench install uninstall deb clean format \
	check-format fuzz fuzz-build

all: hostsweep

hostsweep: $(OBJS)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

# Includes name the layer: #include "scan/walk.h" (-Iagent).
build/%.o: agent/%.c $(HDRS) build/paths.stamp | build
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(WARN) $(CFLAGS) $(DEFS) -Iagent $(PKG_CFLAGS) -c -o $@ $<

build-asan/%.o: agent/%.c $(HDRS) build/paths.stamp | build-asan
	@mkdir -p $(@D)
	@echo "  CC/ASAN $<"
	@$(CC) $(WARN) $(CFLAGS) -O1 $(SANITIZE) $(DEFS) -Iagent $(PKG_CFLAGS) -c -o $@ $<

# The same program built with AddressSanitizer + UBSan: tests run it.
build-asan/hostsweep: $(AOBJS)
	@echo "  LD/ASAN $@"
	@$(CC) $(SANITIZE) $(LDFLAGS) -o $@ $(AOBJS) $(LDLIBS)

build-asan/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(HDRS) $(ALIBOBJS) | build-asan
	@mkdir -p build-asan/tests
	@echo "  CC/ASAN $<"
	@$(CC) $(WARN) $(CFLAGS) -O1 $(SANITIZE) $(DEFS) $(PKG_CFLAGS) -Iagent -o $@ $< \
		$(ALIBOBJS) $(LDLIBS) -lcmocka

build build-asan:
	@mkdir -p $@

# Fuzzing (docs/fuzzing.md): libFuzzer harnesses tests/fuzz/fuzz_*.c, built
# with clang against the agent's objects compiled again with the fuzzer's
# coverage and ASan+UBSan (build-fuzz/obj/); seeds in tests/fuzz/NAME/.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SAN  := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
# the PHP layer's harnesses, once scan/php_lex.c is in the tree
ifeq ($(wildcard agent/scan/php_lex.h),)
FUZZ_SRCS := $(filter-out tests/fuzz/fuzz_php_%,$(FUZZ_SRCS))
endif
FUZZ_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=build-fuzz/%)
FOBJS     := $(LIBSRCS:agent/%.c=build-fuzz/obj/%.o)

# The agent's -Werror gate is gcc's (build/): clang's own extra warnings on
# agent code are shown here but do not stop the fuzz build (nor make test).
build-fuzz/obj/%.o: agent/%.c $(HDRS) build/paths.stamp
	@mkdir -p $(@D)
	@echo "  CC/FUZZ $<"
	@$(FUZZ_CC) $(filter-out -Werror,$(WARN)) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link $(DEFS) -Iagent \
		$(PKG_CFLAGS) -c -o $@ $<

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(wildcard tests/fuzz/*.h) $(HDRS) $(FOBJS)
	@echo "  LD/FUZZ $@"
	@$(FUZZ_CC) $(WARN) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(DEFS) $(PKG_CFLAGS) -Iagent \
		-Itests/fuzz -o $@ $< $(FOBJS) $(LDLIBS)

fuzz-build: $(FUZZ_BINS)
.SECONDARY: $(FOBJS)

# Each harness for FUZZ_SECONDS (FUZZ=NAME... for some); crashes are kept in
# build-fuzz/crashes/NAME/.
fuzz:
	@scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh $(FUZZ)

# The installation paths are compiled in: rebuild when they change
# (make install PREFIX=/usr/local). Rewritten only when different.
build/paths.stamp: FORCE | build
	@echo '$(DATADIR) $(SYSCONFDIR) $(STATEDIR)' | cmp -s - $@ || \
		echo '$(DATADIR) $(SYSCONFDIR) $(STATEDIR)' >$@
FORCE:

deps:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test

# Everything: unit tests (cmocka, ASan+UBSan) and integration tests (the
# ASan build of hostsweep against real files, users, crontabs, processes, MTAs).
test: deps-test
	@$(MAKE) --no-print-directory test-run

test-run: hostsweep build-asan/hostsweep $(UNIT_BINS) $(FUZZ_BINS)
	@tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory hostsweep
	@demo/run.sh

# Detection figures on ../shared/corpus (or CORPUS=DIR, CLEAN=DIR).
eval: deps
	@$(MAKE) --no-print-directory hostsweep
	@tests/eval.sh

bench:
	@scripts/deps.sh bench
	@$(MAKE) --no-print-directory hostsweep
	@bench/run.sh

# Every unit of systemd/ (a new unit there is installed and packaged as is).
UNITS := $(notdir $(wildcard systemd/*.service systemd/*.timer systemd/*.socket systemd/*.path))

# The Debian package, built by debhelper from debian/ in a copy of the tree
# (build/deb/), then checked by lintian: ./hostsweep_VERSION_amd64.deb.
deb:
	@scripts/deps.sh deb
	@scripts/mkdeb.sh

# The installed paths, substituted into the config, units and tmpfiles entry.
INSTALL_SED = sed -e 's|/usr/sbin/hostsweep|$(SBINDIR)/hostsweep|g' \
	-e 's|/usr/share/hostsweep|$(DATADIR)|g' -e 's|/etc/hostsweep|$(SYSCONFDIR)|g' \
	-e 's|/var/lib/hostsweep|$(STATEDIR)|g'

# The config in SYSCONFDIR is never overwritten (the new defaults go to
# DATADIR/hostsweep.conf.default); the state directory is created 0700.
install: hostsweep
	install -D -m 0755 hostsweep $(DESTDIR)$(SBINDIR)/hostsweep
	install -d -m 0755 $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR)/signatures
	install -m 0644 rules/*.yar $(DESTDIR)$(DATADIR)/rules/
	install -m 0644 signatures/* $(DESTDIR)$(DATADIR)/signatures/
	$(INSTALL_SED) etc/hostsweep.conf >$(DESTDIR)$(DATADIR)/hostsweep.conf.default
	chmod 0644 $(DESTDIR)$(DATADIR)/hostsweep.conf.default
	install -d -m 0755 $(DESTDIR)$(SYSCONFDIR) $(DESTDIR)$(SYSCONFDIR)/rules.d
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/hostsweep.conf ]; then \
		echo "keeping $(DESTDIR)$(SYSCONFDIR)/hostsweep.conf (new defaults in $(DATADIR)/hostsweep.conf.default)"; \
	else \
		echo "install -m 0644 $(DATADIR)/hostsweep.conf.default $(DESTDIR)$(SYSCONFDIR)/hostsweep.conf"; \
		install -m 0644 $(DESTDIR)$(DATADIR)/hostsweep.conf.default $(DESTDIR)$(SYSCONFDIR)/hostsweep.conf; \
	fi
	install -d -m 0700 $(DESTDIR)$(STATEDIR)
	chmod 0700 $(DESTDIR)$(STATEDIR)
	install -D -m 0644 docs/hostsweep.8 $(DESTDIR)$(MANDIR)/man8/hostsweep.8
	install -D -m 0644 docs/hostsweep.conf.5 $(DESTDIR)$(MANDIR)/man5/hostsweep.conf.5
	install -d -m 0755 $(DESTDIR)$(UNITDIR) $(DESTDIR)$(TMPFILESDIR)
	for u in $(UNITS); do \
		$(INSTALL_SED) systemd/$$u >$(DESTDIR)$(UNITDIR)/$$u && chmod 0644 $(DESTDIR)$(UNITDIR)/$$u || exit 1; \
	done
	$(INSTALL_SED) systemd/hostsweep.tmpfiles >$(DESTDIR)$(TMPFILESDIR)/hostsweep.conf
	chmod 0644 $(DESTDIR)$(TMPFILESDIR)/hostsweep.conf
	install -d -m 0755 $(DESTDIR)$(DOCDIR)/ansible
	install -m 0644 docs/*.md $(DESTDIR)$(DOCDIR)/
	install -m 0644 docs/ansible/* $(DESTDIR)$(DOCDIR)/ansible/
	install -d -m 0755 $(DESTDIR)$(DOCDIR)/prometheus
	install -m 0644 docs/prometheus/* $(DESTDIR)$(DOCDIR)/prometheus/
	@[ -n "$(DESTDIR)" ] || echo "next: systemctl daemon-reload && systemctl enable --now hostsweep.timer"

# Leaves the configuration (SYSCONFDIR) and the state (STATEDIR: quarantine,
# action journal, cache) in place.
uninstall:
	rm -f $(DESTDIR)$(SBINDIR)/hostsweep
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	rm -f $(DESTDIR)$(MANDIR)/man8/hostsweep.8 $(DESTDIR)$(MANDIR)/man5/hostsweep.conf.5
	rm -f $(UNITS:%=$(DESTDIR)$(UNITDIR)/%)
	rm -f $(DESTDIR)$(TMPFILESDIR)/hostsweep.conf
	@echo "kept $(DESTDIR)$(SYSCONFDIR) and $(DESTDIR)$(STATEDIR) (remove them by hand to purge)"

format:
	clang-format -i $(SRCS) $(HDRS) tests/unit/*.[ch] tests/fuzz/*.[ch]
check-format:
	clang-format --dry-run -Werror $(SRCS) $(HDRS) tests/unit/*.[ch] tests/fuzz/*.[ch]

clean:
	rm -rf build build-asan build-fuzz hostsweep hostsweep_*.deb

-include $(wildcard build/*.d build/*/*.d)
