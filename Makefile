# Guvoh: two commands matter. `make run` opens the app, `make test` runs every test.
# Both set everything up on a fresh machine: Debian packages (when run as root),
# a virtual environment, and the pinned, hash-checked Python dependencies.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEBS   := age openssh-client gnome-keyring dbus dbus-x11 libglib2.0-bin python3-dbus python3-gi \
          xvfb xauth x11-utils openbox libpulse0 pulseaudio \
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 \
          libegl1 libgl1 libfontconfig1 libdbus-1-3 \
          fonts-dejavu-core libimage-exiftool-perl mat2 syncthing
PYTEST_ARGS ?=
LOCKFLAGS := --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
             --no-emit-find-links --no-emit-trusted-host

.PHONY: run test lint bench fuzz soak screenshots translations i18n-update system-deps venv lock clean \
        package package-check

run: system-deps venv translations
	$(BIN)/guvoh $(ARGS)

test: system-deps venv translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not soak" $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

soak: system-deps venv
	GUVOH_SOAK_ROUNDS=$${GUVOH_SOAK_ROUNDS:-200} QT_QPA_PLATFORM=offscreen \
	    $(BIN)/pytest -m soak $(PYTEST_ARGS)

# The startup benchmark times the frozen build: bench builds it first (make package).
bench: system-deps venv package
	$(BIN)/python -m bench

# The README's screenshots, from the real app in a real window (its own Xvfb with openbox,
# 1366x768), by the same walk as the real-window layout check in tests/window.
screenshots: system-deps venv translations
	$(BIN)/python tools/screenshots.py

# Coverage-guided fuzzing (atheris, x86_64 Linux) of the age reader, the bundle reader and
# the organisation-card parser, FUZZ_SECONDS each, from the seed corpus in fuzz/corpus.
FUZZ_SECONDS ?= 120
fuzz: venv
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
	    -r requirements/fuzz.lock
	$(BIN)/python -m fuzz --seconds $(FUZZ_SECONDS)

# Interface languages: resources/i18n/guvoh_<lang>.ts are the Qt Linguist sources that
# translators edit; the build compiles them to .qm (not committed). `make i18n-update`
# refreshes the sources after UI strings change (English keeps only its plural forms).
LANGS := en ru uz_Latn uz_Cyrl tg kk ky tk
QM    := $(LANGS:%=resources/i18n/guvoh_%.qm)

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n-update: venv
	for l in $(LANGS); do \
	    extra=""; [ $$l = en ] && extra="-pluralonly"; \
	    $(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none $$extra \
	        app -target-language $$l -ts resources/i18n/guvoh_$$l.ts; \
	done

# Debian packages the tests and the app need. Installed only when running as root and
# only when missing, so a developer machine without root is left alone.
system-deps:
	@missing=""; for p in $(DEBS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	        echo "Installing Debian packages:$$missing"; \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	    else \
	        echo "Missing Debian packages (run as root, or install them):$$missing" >&2; exit 1; \
	    fi; \
	fi

venv: $(STAMP)

$(STAMP): requirements/dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
	    -r requirements/dev.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation \
	    -e .
	touch $(STAMP)

# Re-resolve the lock files after changing dependencies in pyproject.toml.
lock:
	$(BIN)/python -m pip install -q pip-tools
	$(BIN)/pip-compile -q $(LOCKFLAGS) --extra dev \
	    -o requirements/dev.lock pyproject.toml
	$(BIN)/pip-compile -q $(LOCKFLAGS) \
	    -o requirements/run.lock pyproject.toml
	$(BIN)/pip-compile -q $(LOCKFLAGS) -o requirements/fuzz.lock requirements/fuzz.in
	cd requirements && ../$(BIN)/pip-compile -q $(LOCKFLAGS) -o build.lock build.in

# The Windows x64 and macOS arm64 builds' hash-pinned locks (packaging/README.md, "Locks"),
# resolved here for the other platform by uv, from a throwaway venv: run.lock pins every
# shared package's version, wheels only (a package without a wheel for the platform fails).
.PHONY: lock-platforms
UV_VERSION := 0.13.9
PLATFORMS  := windows:x86_64-pc-windows-msvc macos:aarch64-apple-darwin
lock-platforms:
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; set -e; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check uv==$(UV_VERSION); \
	for p in $(PLATFORMS); do \
	    name=$${p%%:*}; \
	    flags="-q --python-platform $${p#*:} --python-version 3.11 --generate-hashes \
	           --only-binary :all: --custom-compile-command 'make lock-platforms'"; \
	    eval "$$tmp/venv/bin/uv" pip compile $$flags -c requirements/run.lock \
	        -o requirements/$$name-run.lock pyproject.toml; \
	    (cd requirements && eval "$$tmp/venv/bin/uv" pip compile $$flags -c $$name-run.lock \
	        -o $$name-build.lock build.in); \
	    echo "requirements/$$name-run.lock, requirements/$$name-build.lock"; \
	done

# The frozen app (packaging/README.md): PyInstaller from a build venv of its own, made only
# from the hash-pinned run.lock + build.lock, into dist/ as a tarball and a .deb, reproducibly
# (SOURCE_DATE_EPOCH = the last commit's time). package-check builds twice in two folders,
# compares every file, and smoke-tests the frozen program (contents, window under Xvfb, a
# whole journey through its command line with the real age and ssh-keygen).
BUILD_VENV  := build/venv
BUILD_STAMP := $(BUILD_VENV)/.installed
PACKAGE_DEBS := binutils xz-utils appstream desktop-file-utils diffoscope-minimal

$(BUILD_STAMP): requirements/run.lock requirements/build.lock
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install -q --disable-pip-version-check --require-hashes \
	    --no-deps -r requirements/run.lock -r requirements/build.lock
	touch $(BUILD_STAMP)

package: system-deps venv translations $(BUILD_STAMP)
	@$(MAKE) --no-print-directory system-deps DEBS="$(PACKAGE_DEBS)"
	packaging/linux/build.sh dist

package-check: system-deps venv translations $(BUILD_STAMP)
	@$(MAKE) --no-print-directory system-deps DEBS="$(PACKAGE_DEBS)"
	packaging/check/run.sh dist

clean:
	rm -rf $(VENV) build dist *.egg-info
