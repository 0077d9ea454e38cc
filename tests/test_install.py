"What `make install` promises on a CPU-only machine."
import importlib, json, subprocess, sys
from pathlib import Path
import pytest

def test_imports_and_versions():
    import torch, torchvision, torchattacks, ipywidgets, nbdev, jupyterlab, requests
    from packaging.version import Version
    assert Version(requests.__version__) >= Version("2.32"), requests.__version__
    assert Version(jupyterlab.__version__).major == 4, jupyterlab.__version__
    assert Version(torchattacks.__version__) == Version("3.5.1")
    boxes = torch.tensor([[0., 0., 1., 1.], [0., 0., 1., 1.]])
    assert torchvision.ops.nms(boxes, torch.tensor([0.9, 0.8]), 0.5).tolist() == [0]  # torchvision's C++ ops load

def test_every_module_imports():
    import guard_nb
    mods = sorted(p.stem for p in Path(guard_nb.__file__).parent.glob("*.py") if not p.stem.startswith("_"))
    assert "core" in mods and "data" in mods and "models" in mods and "train" in mods
    for m in mods: importlib.import_module(f"guard_nb.{m}")

def test_kernelspec_in_every_notebook():
    root = Path(__file__).resolve().parents[1] / "nbs"
    for nb in root.rglob("*.ipynb"):
        if ".ipynb_checkpoints" in nb.parts: continue
        meta = json.loads(nb.read_text())["metadata"]
        assert meta.get("kernelspec", {}).get("name") == "python3", nb
