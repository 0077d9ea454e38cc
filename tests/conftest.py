import os
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="run notebooks with GUARD_NB_FULL=1 (heavy cells compute instead of loading committed results)")
