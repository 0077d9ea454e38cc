"The library is what the notebooks export, and the notebooks are clean (the nbdev CI recipe), checked in a copy."
import filecmp, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

def _diff(a: Path, b: Path):
    out = []
    for p in sorted(a.rglob("*")):
        if p.is_dir() or "__pycache__" in p.parts or ".ipynb_checkpoints" in p.parts: continue
        q = b / p.relative_to(a)
        if not q.exists() or not filecmp.cmp(p, q, shallow=False): out.append(str(p.relative_to(a.parent)))
    for q in sorted(b.rglob("*")):
        if q.is_file() and "__pycache__" not in q.parts and not (a / q.relative_to(b)).exists(): out.append("new: " + str(q.relative_to(b.parent)))
    return out

def _copy(tmp):
    for name in ("pyproject.toml", "README.md"): shutil.copy(ROOT / name, tmp / name)
    for d in ("nbs", "guard_nb"):
        shutil.copytree(ROOT / d, tmp / d, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))

def test_library_matches_notebooks(tmp_path):
    _copy(tmp_path)
    subprocess.run([str(BIN / "nbdev-export")], cwd=tmp_path, check=True, capture_output=True)
    changed = _diff(ROOT / "guard_nb", tmp_path / "guard_nb")
    assert not changed, f"notebooks and library out of sync, run `make sync`: {changed}"

def test_notebooks_are_clean(tmp_path):
    _copy(tmp_path)
    subprocess.run([str(BIN / "nbdev-clean")], cwd=tmp_path, check=True, capture_output=True)
    changed = _diff(ROOT / "nbs", tmp_path / "nbs")
    assert not changed, f"notebooks are not clean, run `make sync`: {changed}"
