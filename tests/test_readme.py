"README's first screen and its 'Using it' example, as a newcomer meets them."
import os, re, subprocess, sys, time
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
FMNIST = Path("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")

def test_first_screen():
    "The first 40 lines: the study's answer (written by `make readme`), the two commands with their measured cost, where to go next."
    first = "\n".join(README.splitlines()[:40])
    for must in ("<!-- study-summary", "<!-- /study-summary -->", "**IPC 10:**", "**IPC 50:**", "make demo", "make test", "Where to go next", "min"):
        assert must in first, must
    assert "DEMO_MIN" not in README and "TEST_MIN" not in README   # the measured times are filled in

def test_no_package_that_cannot_be_installed():
    "guard_nb is not on the package index: neither README nor the start notebook may tell a newcomer to pip-install it by name."
    for text in (README, (ROOT / "nbs" / "index.ipynb").read_text()):
        assert "pip install guard_nb" not in text and "pip install guard-nb" not in text

@pytest.mark.skipif(not FMNIST.exists(), reason="the real Fashion-MNIST (dataset-fashion-mnist) is not installed")
def test_using_it_runs_as_written(tmp_path):
    "The snippet under '## Using it', copied from README and run in a fresh directory, in about a minute."
    part = README[README.index("## Using it"):]
    code = re.search(r"```python\n(.*?)```", part, re.S).group(1)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"}, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "| pgd100 |" in r.stdout and "| mim |" in r.stdout and "clean accuracy" in r.stdout, r.stdout
    assert (tmp_path / "runs" / "quick-guard" / "last.pt").exists()
    print(f"README's example: {time.perf_counter() - t0:.0f} s")

def test_start_notebook_agrees_with_readme():
    "The documentation site's start page (nbs/index.ipynb) carries README's first-screen answer, word for word (`make readme` writes both)."
    import json
    from guard_nb.report import SUMMARY_START, SUMMARY_END
    block = lambda s: s[s.index(SUMMARY_START):s.index(SUMMARY_END)].strip()
    nb = json.loads((ROOT / "nbs" / "index.ipynb").read_text())
    md = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert SUMMARY_START in md and block(md) == block(README)
