"""One public door (httpx's test_exported_members) and imports that follow the flow in one direction."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from inspect import ismodule
from pathlib import Path

import factgen

PACKAGE = Path(factgen.__file__).parent

# Highest first (STYLE.md): a module may import only modules of its own layer's lower neighbours.
LAYERS: list[set[str]] = [
    {"__main__"},
    {"cli"},
    {"pipeline"},
    {"publish", "convert", "audit"},
    {"card"},
    {"views"},
    {"splits"},
    {"validate"},
    {"records"},
    {"stories"},
    {"evidence"},
    {"labels"},
    {"variants"},
    {"claims"},
    {"context"},
    {"segment"},
    {"clean"},
    {"articles"},
    {"quantities"},
    {"_io"},
    {"models"},
    {"errors"},
]
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}


def _door() -> tuple[dict[str, str], dict[str, str]]:
    """The lazy table ``_EXPORTS`` and the ``TYPE_CHECKING`` imports of ``factgen/__init__.py``, as name -> module."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    typed: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom)
                assert imp.module is not None
                typed |= {alias.name: imp.module for alias in imp.names}
    return dict(factgen._EXPORTS), typed


def test_all_lists_every_public_name_and_each_resolves() -> None:
    exports, typed = _door()
    assert exports == typed, "_EXPORTS and the TYPE_CHECKING imports must name the same things"
    assert sorted([*exports, "__version__"]) == sorted(factgen.__all__)
    assert len(set(factgen.__all__)) == len(
        factgen.__all__
    )  # the order itself is ruff's RUF022 (isort-style)
    for name, module in exports.items():
        value = getattr(factgen, name)
        assert getattr(importlib.import_module(module), name) is value
    public = {n for n, v in vars(factgen).items() if not n.startswith("_") and not ismodule(v)}
    assert public <= set(factgen.__all__) | {"TYPE_CHECKING", "Any"}
    importlib.import_module("factgen.clean")  # the submodule named like its function

    assert callable(factgen.clean)
    assert not ismodule(factgen.clean)
    assert set(factgen.__all__) <= set(dir(factgen))


def test_importing_one_stage_does_not_import_the_others() -> None:
    """`factgen quantities` must start fast: the lazy door loads nothing it is not asked for."""
    code = (
        "import sys, factgen.quantities; "
        "print(sorted(m for m in sys.modules if m.startswith('factgen.') and m.count('.') == 1))"
    )
    done = subprocess.run(  # noqa: S603  (our own interpreter, a fixed snippet)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "['factgen.errors', 'factgen.models', 'factgen.quantities']"


def _top_module(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imported_factgen_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factgen."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("factgen.")}
    return found


def test_imports_follow_the_flow_in_one_direction() -> None:
    """A stage imports only lower layers (foundation and earlier stages), never a later one."""
    violations = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__init__.py" and path.parent == PACKAGE:
            continue  # the public door re-exports everything
        module = _top_module(path)
        imports = _imported_factgen_modules(path)
        if module.startswith("_") and module not in RANK and not imports:
            continue  # a private data module (lexicon) imports nothing, so any layer may use it
        if module not in RANK:
            violations.append(f"{path.relative_to(PACKAGE)}: module {module!r} has no layer in LAYERS")
            continue
        for imported in imports:
            leaf = imported.startswith("_") and imported not in RANK
            if imported != module and not leaf and RANK.get(imported, -1) <= RANK[module]:
                violations.append(f"{path.relative_to(PACKAGE)} imports factgen.{imported}")
    assert violations == []
