# sen: special educational needs figures from case records.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wundef -Wvla -Wpointer-arith

# SANITIZE=1: everything built with AddressSanitizer and
# UndefinedBehaviorSanitizer (by clang, unless CC is given) into
# build-san/, the programs into build-san/progs/, so that a plain build
# is left alone; make check SANITIZE=1 then tests those, and fails on
# any sanitizer report.
# VALGRIND=1: make check runs the command-line tests with each program
# under valgrind's memcheck, and fails on any error or leak it reports.
ifeq ($(SANITIZE),1)
ifeq ($(origin CC),default)
# clang's UBSan, unlike gcc's, writes to log_path: no report is lost.
CC = clang
endif
BUILD = build-san
PROGDIR = build-san/progs
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
CHECK_ENV = SEN_SANITIZE=1
else
BUILD = build
PROGDIR = bin
SAN_FLAGS =
CHECK_ENV =
endif
ifeq ($(VALGRIND),1)
CHECK_ENV += SEN_VALGRIND=1
endif
ALL_CFLAGS = -std=c11 $(WARNINGS) $(CFLAGS) $(SAN_FLAGS)
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib $(CPPFLAGS)
LIBS = -lcsv -lsodium -lxlsxwriter

PROGS = sen-import sen-weeks sen-target sen-report
MAN1 = $(PROGS:%=man/%.1)
MAN7 = man/sen.7

LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
BIN_OBJ = $(PROGS:%=$(BUILD)/bin/%.o) $(BUILD)/bin/cli.o
TEST_SRC = $(wildcard tests/test_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TOOLS = $(BUILD)/examples/gen-export

all: $(PROGS:%=$(PROGDIR)/%) $(TOOLS)

$(BUILD)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/bin/%.o: bin/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/libsen.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(PROGDIR)/%: $(BUILD)/bin/%.o $(BUILD)/bin/cli.o $(BUILD)/libsen.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/bin/cli.o \
	    $(BUILD)/libsen.a $(LIBS)

$(BUILD)/tests/%: tests/%.c $(BUILD)/libsen.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< \
	    $(BUILD)/libsen.a $(LIBS) -lcmocka

$(BUILD)/examples/gen-export: examples/gen-export.c $(BUILD)/libsen.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< \
	    $(BUILD)/libsen.a $(LIBS)

# Build dependencies: installed with apt-get when run as root, otherwise
# the exact command to run is printed.
deps:
	@sh tests/deps.sh build

deps-check:
	@sh tests/deps.sh check

check: deps-check
	@$(MAKE) --no-print-directory all $(TEST_BIN)
	@SEN_BINDIR=$(PROGDIR) SEN_BUILD=$(BUILD) $(CHECK_ENV) \
	    sh tests/run.sh $(TEST_BIN)

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
	rm -rf build build-san $(PROGS:%=bin/%)

.PHONY: all bench check demo deps deps-check install uninstall clean fuzz

-include $(LIB_OBJ:.o=.d) $(BIN_OBJ:.o=.d) $(TEST_BIN:=.d)

# ---------------------------------------------------------------------
# Fuzzing: the libFuzzer targets of tests/fuzz/, built with clang and
# AddressSanitizer and UndefinedBehaviorSanitizer into build/fuzz/.
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="fuzz_csv ..."]
#	runs each target that long on its seeds (tests/fuzz/corpus/T) and
#	what it found before (build/fuzz/corpus/T), and prints executions
#	and coverage; crashes go to build/fuzz/artifacts/T/.
#   make fuzz-regress
#	runs each target once on every input of tests/fuzz/regress/T.
#   make fuzz-build
#	only builds them.
# Needs clang and libclang-rt-14-dev (apt-get install clang
# libclang-rt-14-dev).

FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_TARGETS = fuzz_csv fuzz_date fuzz_period fuzz_targets fuzz_records
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -std=c11 $(WARNINGS) -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_LIB_OBJ = $(LIB_SRC:lib/%.c=build/fuzz/lib/%.o)
FUZZ_REC_OBJ = build/fuzz/cli.o build/fuzz/rec_import.o \
	build/fuzz/rec_weeks.o build/fuzz/rec_target.o build/fuzz/rec_report.o

build/fuzz/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	    -MMD -MP -c -o $@ $<

build/fuzz/libsen.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(FUZZ_LIB_OBJ)

build/fuzz/cli.o: bin/cli.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	    -MMD -MP -c -o $@ $<

build/fuzz/rec_%.o: tests/fuzz/rec_%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -Ibin $(FUZZ_CFLAGS) \
	    -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

build/fuzz/fuzz_records: tests/fuzz/fuzz_records.c $(FUZZ_REC_OBJ) \
    build/fuzz/libsen.a
	$(FUZZ_CC) $(ALL_CPPFLAGS) -Ibin $(FUZZ_CFLAGS) -fsanitize=fuzzer \
	    -MMD -MP -o $@ $< $(FUZZ_REC_OBJ) build/fuzz/libsen.a $(LIBS)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/libsen.a
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer \
	    -MMD -MP -o $@ $< build/fuzz/libsen.a $(LIBS)

fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/%)

fuzz: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-regress: fuzz-build
	@sh tests/fuzz/run.sh -r $(FUZZ_TARGETS)

.PHONY: fuzz-build fuzz-regress

-include $(FUZZ_LIB_OBJ:.o=.d) $(FUZZ_REC_OBJ:.o=.d) \
	$(FUZZ_TARGETS:%=build/fuzz/%.d)
