"""The floors of the house and the direction of imports (see docs/architecture.md)."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mission_planner"


def imports_of(folder: str) -> list[tuple[Path, str]]:
    """Every module imported by the files of `folder`, relative imports made absolute."""
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module
                found.append((path, module))
    return found


def test_the_domain_imports_only_the_standard_library_and_itself():
    strays = [
        (path.name, module)
        for path, module in imports_of("domain")
        if module.split(".")[0] not in sys.stdlib_module_names
        and not module.startswith("mission_planner.domain")
        and module != "__future__"
    ]
    assert strays == []


def test_the_gui_never_imports_storage():
    assert [(p.name, m) for p, m in imports_of("gui") if m.startswith("mission_planner.storage")] == []


def test_services_and_storage_never_import_qt_or_the_front_ends():
    forbidden = ("PySide6", "mission_planner.gui", "mission_planner.cli")
    strays = [
        (path.name, module)
        for folder in ("services", "storage", "domain")
        for path, module in imports_of(folder)
        if module.startswith(forbidden)
    ]
    assert strays == []


def test_storage_never_imports_services():
    assert [(p.name, m) for p, m in imports_of("storage") if m.startswith("mission_planner.services")] == []


def test_the_check_itself_sees_relative_imports():
    modules = {module for _, module in imports_of("storage")}
    assert "mission_planner.domain.record" in modules


def test_running_the_cli_never_loads_qt(tmp_path):
    script = (
        "import sys\n"
        "from mission_planner.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}, 'missions'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "QT: []" in result.stdout


def service_imports_of(folder: str) -> list[tuple[str, str]]:
    """What the files of `folder` import of `mission_planner.services`: (file, what), where
    `what` is a module path or `mission_planner.services:NAME` for a name from the package."""
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path.name, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                if module == "mission_planner.services":
                    found += [(path.name, f"{module}:{alias.name}") for alias in node.names]
                else:
                    found.append((path.name, module))
    return [(name, what) for name, what in found if what.startswith("mission_planner.services")]


def test_the_front_ends_reach_services_only_through_the_package():
    """The GUI and the CLI use the workspace's handles and the values the package offers; no
    module inside services is theirs to import (a handle moves, they do not notice)."""
    import mission_planner.services as services

    offered = {f"mission_planner.services:{name}" for name in services.__all__}
    strays = [
        (name, what) for folder in ("gui", "cli") for name, what in service_imports_of(folder) if what not in offered
    ]
    assert strays == []


def test_the_front_end_check_sees_submodule_imports():
    """The check above can fail: it names the submodules that services' own modules import."""
    found = service_imports_of("services/capabilities")
    assert ("programme.py", "mission_planner.services.changes") in found
    assert ("workspace.py", "mission_planner.services.capabilities.missions") in service_imports_of("services")


def test_every_name_the_services_package_offers_is_there():
    import mission_planner.services as services

    assert all(getattr(services, name) is not None for name in services.__all__)


def _row_classes() -> set[str]:
    tree = ast.parse((PACKAGE / "storage" / "tables.py").read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef) and node.name.endswith("Row")}


def table_row_uses(path: Path, root: Path = PACKAGE) -> list[str]:
    """Where the module at `path` (in the package at `root`) imports
    `mission_planner.storage.tables`, in any form, or names one of its row classes."""
    package = ".".join(path.relative_to(root.parent).with_suffix("").parts[:-1])
    rows, found = _row_classes(), []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("mission_planner.storage.tables")]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names = {f"{module}.{alias.name}" for alias in node.names}
            if module == "mission_planner.storage.tables" or "mission_planner.storage.tables" in names:
                found.append(f"from {module} import {', '.join(alias.name for alias in node.names)}")
        elif isinstance(node, ast.Attribute) and node.attr in rows:
            found.append(ast.unparse(node))
    return found


def test_only_storage_names_orm_table_rows():
    """The floors above storage hand it domain values, ids and plain data, and get the same back."""
    outside = [path for path in sorted(PACKAGE.rglob("*.py")) if PACKAGE / "storage" not in path.parents]
    strays = {path.relative_to(PACKAGE).as_posix(): uses for path in outside if (uses := table_row_uses(path))}
    assert strays == {}


def test_the_row_check_sees_every_way_of_naming_a_row(tmp_path):
    probe = tmp_path / "mission_planner" / "services" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(
        "from ..storage import tables, records\n"
        "from ..storage.tables import MissionRow\n"
        "import mission_planner.storage.tables\n"
        "from ..services.export.xlsx import PersonRow\n"  # a class of another module: not a table row
        "def f(session):\n"
        "    return mission_planner.storage.tables.ItemRow, tables.SiteRow\n",
        encoding="utf-8",
    )
    assert sorted(table_row_uses(probe, tmp_path / "mission_planner")) == [
        "from mission_planner.storage import tables, records",
        "from mission_planner.storage.tables import MissionRow",
        "mission_planner.storage.tables",
        "mission_planner.storage.tables.ItemRow",
        "tables.SiteRow",
    ]
