"Every notebook in nbs/ passes Run All as a Jupyter kernel runs it (every cell, nbdev flags ignored), one test each."
import sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in (ROOT / "nbs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
sys.path.insert(0, str(Path(__file__).parent))
from nbrun import run_notebook

def test_there_are_notebooks():
    assert len(NBS) >= 5, NBS

@pytest.mark.parametrize("nb", NBS, ids=lambda p: str(p.relative_to(ROOT / "nbs")))
def test_notebook_run_all(nb, request):
    "A cell error fails at once (CellExecutionError names the cell); a kernel that stops answering, or dies while starting, gets one fresh start."
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    full = request.config.getoption("--slow")
    try: run_notebook(nb, full=full, timeout=900)
    except (CellTimeoutError, DeadKernelError, RuntimeError) as e:
        # two pytest workers can draw the same free TCP port for their kernels: the loser dies before kernel_info (ZMQ "Address already in use")
        if type(e) is RuntimeError and "before replying to kernel_info" not in str(e): raise
        print(f"{nb.name}: {type(e).__name__} ({str(e)[:200]}); running it once more in a fresh kernel")
        run_notebook(nb, full=full, timeout=900)
