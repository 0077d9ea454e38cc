"What `make install` promises on a CPU-only machine."
import importlib, json, os, shutil, subprocess, sys
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

def _source_modules(root: Path) -> set:
    "Every module of the package's source tree, dotted (guard_nb.distill.sre2l, ...)."
    pkg = root / "guard_nb"
    return {".".join(p.relative_to(root).with_suffix("").parts) for p in pkg.rglob("*.py") if "__pycache__" not in p.parts}

def test_wheel_holds_and_installs_every_module(tmp_path):
    "A regular (non-editable) install is one of the ways guard_nb is used: the wheel must hold every module of guard_nb/ and work outside the repository."
    import zipfile
    root = Path(__file__).resolve().parents[1]
    src, wheels = tmp_path / "src", tmp_path / "wheels"   # build from a copy: setuptools leaves build/ beside the sources
    shutil.copytree(root, src, ignore=shutil.ignore_patterns(".venv", ".git", "runs", "results", "nbs", "build", "*.egg-info", "__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)], check=True, capture_output=True, cwd=tmp_path)
    (whl,) = wheels.glob("guard_nb-*.whl")
    inside = {n[:-3].replace("/", ".") for n in zipfile.ZipFile(whl).namelist() if n.startswith("guard_nb/") and n.endswith(".py")}
    src = _source_modules(root)
    assert src <= inside, f"the wheel leaves out {sorted(src - inside)}"
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(whl)], check=True, capture_output=True, cwd=tmp_path)
    env = {**os.environ, "PYTHONPATH": str(target)}
    mods = sorted(m.removesuffix(".__init__") for m in src)
    code = ("import importlib, guard_nb, pathlib; assert pathlib.Path(guard_nb.__file__).is_relative_to(%r), guard_nb.__file__\n"
            "for m in %r: importlib.import_module(m)\nprint('imported', len(%r))") % (str(target), mods, mods)
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert r.returncode == 0 and f"imported {len(mods)}" in r.stdout, r.stderr[-2000:]
    r = subprocess.run([sys.executable, str(target / "bin" / "guard-nb"), "--help"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert r.returncode == 0 and "presets" in r.stdout, r.stderr[-2000:]
