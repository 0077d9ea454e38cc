"The library's modules import only from notebooks that come before them, and never a private name of another module."
import ast, json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "guard_nb"

def _module_of(nb: Path):
    "`guard_nb.x` for a notebook with `#| default_exp x`, else None."
    for c in json.loads(nb.read_text())["cells"]:
        s = "".join(c["source"])
        if c["cell_type"] == "code" and s.lstrip().startswith("#| default_exp"):
            return "guard_nb." + s.split("default_exp", 1)[1].split()[0]
    return None

def _order():
    nbs = sorted(p for p in (ROOT / "nbs").glob("*.ipynb") if _module_of(p))
    return {_module_of(p): i for i, p in enumerate(nbs)}, {_module_of(p): p.name for p in nbs}

def _imports(path: Path, modname: str):
    "(module imported, names) for every guard_nb import in a module, relative ones resolved, at any depth."
    pkg = modname.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else: mod = node.module or ""
            if mod.startswith("guard_nb"): yield mod, [a.name for a in node.names]

def test_notebooks_export_distinct_modules():
    order, names = _order()
    assert len(order) >= 10 and "guard_nb.core" in order, names

def test_imports_point_back():
    order, names = _order()
    bad = []
    for mod, rank in order.items():
        path = PKG.joinpath(*mod.split(".")[1:]).with_suffix(".py")
        for dep, imported in _imports(path, mod):
            if dep == mod: continue
            if dep not in order:   # `from guard_nb.distill import dc` names a module in `imported`
                subs = [f"{dep}.{n}" for n in imported if f"{dep}.{n}" in order]
                if not subs: continue
                deps = [(d, []) for d in subs]
            else: deps = [(dep, imported)]
            for d, names_ in deps:
                if order[d] >= rank: bad.append(f"{names[mod]} imports {d} from the later {names[d]}")
                priv = [n for n in names_ if n.startswith("_")]
                if priv: bad.append(f"{names[mod]} imports private {priv} from {d}")
    assert not bad, "\n".join(bad)
