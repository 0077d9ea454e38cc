# guard_nb: one entry point. `make demo` installs and runs the main job, `make test` runs what CI runs.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The torch / torchvision pair that installs and runs on a CPU-only machine (torchvision has no CPU
# wheel on PyPI; the regular CUDA builds run on the CPU). Override for another CUDA or torch.
TORCH_SPEC ?= "torch==2.14.*" "torchvision==0.29.*"
# torchattacks 3.5.1 pins requests~=2.25.1 that it never uses: installed without its pins (README).
TORCHATTACKS_SPEC ?= "torchattacks==3.5.1"
N ?= 2
PYTEST_ARGS ?=
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install data browser test test-slow sync notebooks lab docs demo bench study readme clean-venv
FMNIST_DEB := /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz
help:
	@echo "make install   create $(VENV) and install guard_nb (editable, dev extras)"
	@echo "make test      notebook/library sync checks + every notebook and test under pytest (what CI runs)"
	@echo "make test-slow the same with GUARD_NB_FULL=1 (heavy notebook cells compute instead of loading results)"
	@echo "make lab       JupyterLab on nbs/ (localhost, token on)"
	@echo "make docs      the documentation site from the notebooks into _docs/ (offline, MkDocs)"
	@echo "make browser   make sure Debian's chromium is installed (the site's browser test)"
	@echo "make data      make sure the real Fashion-MNIST is on disk (Debian package dataset-fashion-mnist)"
	@echo "make demo      install, get the data, then the Fashion-MNIST CPU demo"
	@echo "make bench     speed benchmark of the regularisers (ratios to a plain step)"
	@echo "make study     the Fashion-MNIST study: runs what is missing (2 processes), commits each record"
	@echo "make readme    write README's study section from the committed records (no run)"
	@echo "make sync      nbdev-export + nbdev-clean (after editing notebooks)"
	@echo "make notebooks re-execute every notebook in place (Run All in a kernel, one thread) and keep the outputs"

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH_SPEC)
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps $(TORCHATTACKS_SPEC)
	$(PY) -c "import torch, torchvision, torchattacks, ipywidgets, nbdev, jupyterlab, requests; print('guard_nb install ok: torch', torch.__version__, '| torchvision', torchvision.__version__, '| torchattacks', torchattacks.__version__, '| jupyterlab', jupyterlab.__version__, '| requests', requests.__version__)"
	touch $@

data:
	@if [ -f $(FMNIST_DEB) ] || [ -f "$${GUARD_NB_DATA:-$$HOME/.cache/guard_nb}/fashion-mnist/t10k-images-idx3-ubyte.gz" ]; then \
	  echo "Fashion-MNIST: found"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
	  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist; \
	else \
	  echo "Fashion-MNIST is missing. Install it with: sudo apt-get install dataset-fashion-mnist"; \
	  echo "(or put the four IDX .gz files in \$$GUARD_NB_DATA/fashion-mnist)"; exit 1; \
	fi

browser:
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then \
	  echo "chromium: found"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
	  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
	  echo "chromium is missing (the site's browser test skips). Install it with: sudo apt-get install chromium"; exit 1; \
	fi

docs: install
	$(PY) -m guard_nb.docsite --out _docs

test: install
	OMP_NUM_THREADS=1 $(PY) -m pytest tests -n $(N) -q $(PYTEST_ARGS)

test-slow: install
	OMP_NUM_THREADS=1 $(PY) -m pytest tests -n $(N) -q --slow $(PYTEST_ARGS)

sync: install
	$(VENV)/bin/nbdev-export
	$(VENV)/bin/nbdev-clean

notebooks: install
	$(VENV)/bin/nbdev-export
	OMP_NUM_THREADS=1 $(PY) tests/nbrun.py --inplace $(or $(NB),nbs/*.ipynb nbs/tutorials/*.ipynb)
	$(VENV)/bin/nbdev-clean

lab: install
	@echo "JupyterLab on nbs/ at http://127.0.0.1:8888 ; the URL with its token is printed below."
	$(VENV)/bin/jupyter lab --notebook-dir=nbs --ServerApp.ip=127.0.0.1 --no-browser $(if $(filter 0,$(shell id -u)),--allow-root,)

demo: install data
	$(PY) -m guard_nb.demo --out runs/demo

bench: install
	$(PY) -m guard_nb.bench regularizers

study: install data
	OMP_NUM_THREADS=1 $(VENV)/bin/guard-nb study fmnist --seeds 0,1,2 --workers 2 --commit

readme: install
	$(VENV)/bin/guard-nb readme

clean-venv:
	rm -rf $(VENV)
