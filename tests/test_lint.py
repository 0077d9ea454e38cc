"The generated library has no undefined names (a module must not lean on a notebook's test-cell imports), and no unused import or local."
import shutil, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]

def test_no_undefined_names():
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists(): pytest.skip("ruff is not installed (dev extra)")
    r = subprocess.run([str(ruff), "check", "--select", "F821,F822,F823,F811,F632,F401,F841", "--exclude", "_modidx.py", "--no-cache", str(ROOT / "guard_nb")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
