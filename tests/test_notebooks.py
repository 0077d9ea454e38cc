"Every notebook in nbs/ runs top to bottom (what `nbdev-test` does), one pytest test per notebook."
from pathlib import Path
import pytest
import nbdev.test as nbt
from nbdev.config import get_config

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT / "nbs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)

def test_there_are_notebooks():
    assert len(NBS) >= 5, NBS

@pytest.mark.parametrize("nb", NBS, ids=lambda p: str(p.relative_to(ROOT / "nbs")))
def test_notebook(nb, request):
    skip = get_config(ROOT).tst_flags.split()
    force = ["slow"] if request.config.getoption("--slow") else []
    ok, secs = nbt.test_nb(nb, skip_flags=skip, force_flags=force, basepath=ROOT)
    assert ok, f"{nb.name} failed (see the traceback above)"
