# The two set-up commands of the README:
#   make site   installs what is missing, builds Standar, checks the demo site in content/ and builds it into public/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
BIN = .build/release/standar

.PHONY: site test deps build check

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

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
