"""Execute notebooks the way JupyterLab's Run All does: every cell in a real IPython kernel started in the
notebook's folder, nbdev's `#| slow` / `#| eval: false` flags ignored (a kernel does not read them).

    python tests/nbrun.py nbs/04_curvature.ipynb ...          # run, report, write nothing
    python tests/nbrun.py --inplace nbs/*.ipynb ...           # run and save the outputs into the notebooks

Heavy cells are expected to look at `GUARD_NB_FULL` (the notebooks' `RUN_FULL` flag) and load committed
results otherwise; `--full` sets it."""
import argparse, os, sys, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient

def kernel_env(full:bool=False)->dict:
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), "GUARD_NB_FULL": "1" if full else "0",
           "PYTHONHASHSEED": "0", "TQDM_DISABLE": "1"}
    env.pop("MPLBACKEND", None)   # the kernel's inline backend, so figures become outputs
    return env

def run_notebook(path, full:bool=False, timeout:int=1800, inplace:bool=False):
    "Execute every cell of the notebook at `path` in a fresh kernel; returns (notebook, seconds). Raises on the first error."
    path = Path(path); nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    t0 = time.perf_counter()
    client.execute(env=kernel_env(full))
    secs = time.perf_counter() - t0
    if inplace:
        for c in nb.cells:
            if c.cell_type == "code": c.execution_count = None; [o.pop("execution_count", None) for o in c.outputs]
        nbformat.write(nb, path)
    return nb, secs

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebooks", nargs="+"); ap.add_argument("--inplace", action="store_true"); ap.add_argument("--full", action="store_true")
    a = ap.parse_args(); failed = []
    for p in a.notebooks:
        try: _, s = run_notebook(p, a.full, inplace=a.inplace); print(f"ok     {p}  {s:6.0f} s", flush=True)
        except Exception as e: failed.append(p); print(f"FAILED {p}: {str(e)[-2000:]}", flush=True)
    sys.exit(1 if failed else 0)
