# sen: special educational needs figures from case records.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wundef -Wvla -Wpointer-arith
ALL_CFLAGS = -std=c11 $(WARNINGS) $(CFLAGS)
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib $(CPPFLAGS)
LIBS = -lcsv -lsodium

PROGS = sen-import sen-weeks sen-target sen-report
MAN1 = $(PROGS:%=man/%.1)
MAN7 = man/sen.7

LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:lib/%.c=build/lib/%.o)
BIN_OBJ = $(PROGS:%=build/bin/%.o) build/bin/cli.o
TEST_SRC = $(wildcard tests/test_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=build/tests/%)
TOOLS = build/examples/gen-export

all: $(PROGS:%=bin/%) $(TOOLS)

build/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

build/bin/%.o: bin/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

build/libsen.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

bin/%: build/bin/%.o build/bin/cli.o build/libsen.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< build/bin/cli.o \
	    build/libsen.a $(LIBS)

build/tests/%: tests/%.c build/libsen.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< \
	    build/libsen.a $(LIBS) -lcmocka

build/examples/gen-export: examples/gen-export.c build/libsen.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< \
	    build/libsen.a $(LIBS)

# Build dependencies: installed with apt-get when run as root, otherwise
# the exact command to run is printed.
deps:
	@sh tests/deps.sh build

deps-check:
	@sh tests/deps.sh check

check: deps-check
	@$(MAKE) --no-print-directory all $(TEST_BIN)
	@sh tests/run.sh $(TEST_BIN)

build/tests/bench-floor: tests/bench/floor.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< -lcsv

# Speed and memory, beside Miller; installs Miller and GNU time if need
# be (as root).
bench: deps
	@sh tests/deps.sh bench
	@$(MAKE) --no-print-directory all build/tests/bench-floor
	@sh tests/bench/bench.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh examples/demo.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7
	install -m 0755 $(PROGS:%=bin/%) $(DESTDIR)$(BINDIR)
	install -m 0644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	install -m 0644 $(MAN7) $(DESTDIR)$(MANDIR)/man7

uninstall:
	rm -f $(PROGS:%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%)
	rm -f $(MAN7:man/%=$(DESTDIR)$(MANDIR)/man7/%)

clean:
	rm -rf build $(PROGS:%=bin/%)

.PHONY: all bench check demo deps deps-check install uninstall clean

-include $(LIB_OBJ:.o=.d) $(BIN_OBJ:.o=.d) $(TEST_BIN:=.d)
