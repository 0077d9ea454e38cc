import os
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="also run `#| slow` notebook cells")
