"The committed notebooks carry their outputs: a reader sees figures and tables without running anything."
import base64, json, re
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT / "nbs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
DRAWS = re.compile(r"plt\.show\(\)|\.render\(\)|display\(f(ig)?\)")

def _code(nb): return [c for c in nb["cells"] if c["cell_type"] == "code"]
def _images(nb): return [o["data"]["image/png"] for c in _code(nb) for o in c.get("outputs", []) if "image/png" in o.get("data", {})]

@pytest.mark.parametrize("path", NBS, ids=lambda p: str(p.relative_to(ROOT / "nbs")))
def test_committed_outputs(path):
    nb = json.loads(path.read_text())
    assert any(c.get("outputs") for c in _code(nb)), f"{path.name} has no outputs: run `make notebooks` and commit"
    draws = [c for c in _code(nb) if DRAWS.search("".join(c["source"]))]
    imgs = _images(nb)
    if draws: assert imgs, f"{path.name} draws figures but holds no image output: run `make notebooks` and commit"
    sizes = [len(base64.b64decode(i)) for i in imgs]
    assert all(s < 400_000 for s in sizes), f"{path.name}: a figure of {max(sizes) // 1000} kB; keep committed PNGs small"
    assert path.stat().st_size < 4_000_000, f"{path.name} is {path.stat().st_size // 1_000_000} MB with outputs"

def test_no_errors_or_progress_bars_committed():
    bad = []
    for p in NBS:
        for c in _code(json.loads(p.read_text())):
            for o in c.get("outputs", []):
                if o.get("output_type") == "error": bad.append(f"{p.name}: error output")
                if "application/vnd.jupyter.widget-view+json" in o.get("data", {}) and "tqdm" in json.dumps(o.get("data", {})): bad.append(f"{p.name}: progress bar")
    assert not bad, bad
