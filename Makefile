# hostsweep — build, test, demo, eval, bench, install.
# `make test` and `make demo` install the Debian packages they need first.

PREFIX     ?= /usr
SBINDIR    ?= $(PREFIX)/sbin
DATADIR    ?= $(PREFIX)/share/hostsweep
MANDIR     ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc/hostsweep
STATEDIR   ?= /var/lib/hostsweep
UNITDIR    ?= /usr/lib/systemd/system
DESTDIR    ?=

PKGS    := yara libmagic libpcre2-8 libproc2 jansson inih libcrypto libsystemd sqlite3
CC      ?= cc
CFLAGS  ?= -O2 -g
DEFS    := -D_GNU_SOURCE -DHS_DATADIR='"$(DATADIR)"' -DHS_SYSCONFDIR='"$(SYSCONFDIR)"' \
           -DHS_STATEDIR='"$(STATEDIR)"'
WARN    := -std=gnu11 -Wall -Wextra -Werror
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS  += $(PKG_LIBS) -lpthread

SRCS    := $(sort $(wildcard agent/*.c))
LIBSRCS := $(filter-out agent/main.c,$(SRCS))
OBJS    := $(SRCS:agent/%.c=build/%.o)
LIBOBJS := $(LIBSRCS:agent/%.c=build/%.o)
AOBJS   := $(SRCS:agent/%.c=build-asan/%.o)
ALIBOBJS:= $(LIBSRCS:agent/%.c=build-asan/%.o)
SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=build-asan/tests/%)

.PHONY: all deps deps-test test test-run unit demo eval bench install uninstall clean format check-format

all: hostsweep

hostsweep: $(OBJS)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

build/%.o: agent/%.c agent/*.h | build
	@echo "  CC      $<"
	@$(CC) $(WARN) $(CFLAGS) $(DEFS) $(PKG_CFLAGS) -c -o $@ $<

build-asan/%.o: agent/%.c agent/*.h | build-asan
	@echo "  CC/ASAN $<"
	@$(CC) $(WARN) $(CFLAGS) -O1 $(SANITIZE) $(DEFS) $(PKG_CFLAGS) -c -o $@ $<

# The same program built with AddressSanitizer + UBSan: tests run it.
build-asan/hostsweep: $(AOBJS)
	@echo "  LD/ASAN $@"
	@$(CC) $(SANITIZE) $(LDFLAGS) -o $@ $(AOBJS) $(LDLIBS)

build-asan/tests/%: tests/unit/%.c $(ALIBOBJS) | build-asan
	@mkdir -p build-asan/tests
	@echo "  CC/ASAN $<"
	@$(CC) $(WARN) $(CFLAGS) -O1 $(SANITIZE) $(DEFS) $(PKG_CFLAGS) -Iagent -o $@ $< \
		$(ALIBOBJS) $(LDLIBS) -lcmocka

build build-asan:
	@mkdir -p $@

deps:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test

# Everything: unit tests (cmocka, ASan+UBSan) and integration tests (the
# ASan build of hostsweep against real files, users, crontabs, processes, MTAs).
test: deps-test
	@$(MAKE) --no-print-directory test-run

test-run: hostsweep build-asan/hostsweep $(UNIT_BINS)
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

install: hostsweep
	install -D -m 0755 hostsweep $(DESTDIR)$(SBINDIR)/hostsweep
	install -d -m 0755 $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR)/signatures
	install -m 0644 rules/*.yar $(DESTDIR)$(DATADIR)/rules/
	install -m 0644 signatures/* $(DESTDIR)$(DATADIR)/signatures/
	install -d -m 0755 $(DESTDIR)$(SYSCONFDIR)/rules.d
	install -d -m 0700 $(DESTDIR)$(STATEDIR)

uninstall:
	rm -f $(DESTDIR)$(SBINDIR)/hostsweep
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i agent/*.c agent/*.h tests/unit/*.c
check-format:
	clang-format --dry-run -Werror agent/*.c agent/*.h tests/unit/*.c

clean:
	rm -rf build build-asan hostsweep

-include $(wildcard build/*.d)
