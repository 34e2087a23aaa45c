# The two set-up commands of the README:
#   make site   installs what is missing, builds Standar and checks the demo site in content/
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

check: build
	$(BIN) check --strict

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
