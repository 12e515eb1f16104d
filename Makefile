# The two commands of the README: `make run` and `make test`. Both set up
# everything they need on a fresh machine (venv, pip, Debian packages).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip -q --disable-pip-version-check
INDEX_DIR ?= $(or $(MINUTES_INDEX_DIR),index_store)
APT_RUN := tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng fonts-dejavu-core
APT_TEST := $(APT_RUN) chromium poppler-utils
PORT ?= 8501

.PHONY: run test setup setup-dev apt-run apt-test index pdfs eval bench clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install torch==2.13.0
	$(PIP) install -r requirements.txt
	touch $@

# llama-cpp-python compiles llama.cpp at install. Built for the build machine's CPU (-march=native), it
# crashes on VMs whose CPU lists instructions (AMX) the VM does not let it use; so it is built once for
# a generic x86-64 CPU (AVX2) into a cache of its own, which a stale native wheel in pip's cache cannot shadow.
LLAMA_CPP := $(shell sed -n 's/^llama-cpp-python\[server\]==//p' requirements-dev.txt)
WHEELS := $(HOME)/.cache/minutes-wheels/generic

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	ls $(WHEELS)/llama_cpp_python-$(LLAMA_CPP)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PIP) wheel --no-cache-dir --no-deps -w $(WHEELS) llama-cpp-python==$(LLAMA_CPP)
	$(PIP) install --force-reinstall --no-deps $(WHEELS)/llama_cpp_python-$(LLAMA_CPP)-*.whl
	$(PIP) install -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

# Debian packages: installed only when missing (needs root, as on these machines).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "apt-get install$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Kör som root eller: sudo apt-get install$$missing" >&2; exit 1; fi; \
	fi
endef

apt-run:
	$(call apt_install,$(APT_RUN))

apt-test:
	$(call apt_install,$(APT_TEST))

index: setup
	@# (an index file may exist and hold nothing: an earlier query on an empty folder creates it)
	@if [ -z "$$CHROMA_HOST" ] && ! $(PY) -m qa meetings --index-dir "$(INDEX_DIR)" >/dev/null 2>&1; then \
	  echo "Bygger exempelindexet från data/minutes/ …"; $(PY) -m ingest data/minutes --index-dir "$(INDEX_DIR)"; \
	fi

run: apt-run setup index
	$(PY) -m qa.serve --server.port $(PORT)

pdfs: setup
	$(PY) scripts/render_pdfs.py data/minutes data/sample-pdfs

test: apt-test setup-dev
	$(PY) -m pytest -q tests

eval: setup
	$(PY) -m eval

bench: setup
	$(PY) -m eval.bench

clean:
	rm -rf $(VENV) .pytest_cache
