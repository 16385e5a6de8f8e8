"""Every refusal the lower floors build carries a code, so the window can word it in its own
language (gui/refusal_text.py); the English message stays for the command line. The refusals
still built with an English sentence alone are counted file by file below: a new one fails
this test, and one given a code must leave the list (see docs/architecture.md, "Words on each
surface")."""

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mission_planner"
FLOORS = ("services", "storage", "domain")
MODULES = ("inputs.py",)

# Refusals the window words from fields of their own, not from `code`: the row someone else
# changed (`what`), the import problems and the certificate count, a cancelled export (never
# shown as a refusal); IdentityChangeError gives its code itself.
WORDED_BY_THEIR_FIELDS = {"StaleEditError", "ImportProblems", "NoCertificateError", "Cancelled", "IdentityChangeError"}

# Still English in the Korean window, constructions per file. Mostly the command line's own
# business (backups, archives, the interchange format, opening a database by URL, the document
# kinds) and `Problem`s of domain/validation.py without codes.
STILL_ENGLISH = {
    "services/archive.py": 16,
    "services/backups.py": 12,
    "services/budget.py": 1,  # a budget line's first validation problem
    "services/capabilities/missions.py": 7,  # mission code format, validation problems
    "services/export/kinds.py": 1,  # `export CODE KIND`: the command line's
    "services/imports/csv_text.py": 4,  # a CSV row the csv module refuses
    "services/imports/xlsx_rows.py": 1,  # openpyxl without defusedxml: a broken install
    "services/interchange/files.py": 7,
    "services/interchange/jsontext.py": 6,
    "services/programme.py": 1,  # a field an item does not have: a caller's mistake
    "services/rule_sets.py": 8,
    "services/settings.py": 1,  # a paper size off the list
    "services/task_rules.py": 4,  # the shipped rules file, the organization's days: no window edits them
    "services/tasks.py": 5,  # a task, site or number of days named on the command line (the window offers real ones)
    "storage/backup.py": 7,
    "storage/engine.py": 10,
    "storage/file_gate.py": 3,  # engine.py's checks before SQLite opens a file, moved as they were
    "storage/records.py": 1,
}


def refusal_classes() -> set[str]:
    """MissionPlannerError and every class of the package derived from it, by name."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")]
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    names = {"MissionPlannerError"}
    grown = True
    while grown:
        grown = False
        for node in classes:
            if node.name not in names and any(isinstance(b, ast.Name) and b.id in names for b in node.bases):
                names.add(node.name)
                grown = True
    return names


def files() -> list[Path]:
    found = [path for folder in FLOORS for path in sorted((PACKAGE / folder).rglob("*.py"))]
    return found + [PACKAGE / name for name in MODULES]


def uncoded() -> Counter:
    """Per file, the refusals built without `code=` (a raise, or a helper returning one)."""
    checked = refusal_classes() - WORDED_BY_THEIR_FIELDS
    counts: Counter = Counter()
    for path in files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            built = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in checked
            if built and not any(keyword.arg == "code" for keyword in node.keywords):
                counts[path.relative_to(PACKAGE).as_posix()] += 1
    return counts


def test_the_scan_sees_the_refusal_classes():
    names = refusal_classes()
    assert {"InputError", "NotFoundError", "ConflictError", "DatabaseError", "WriteError", "ImportProblems"} <= names
    assert "ValueError" not in names


def test_every_refusal_of_the_lower_floors_carries_a_code_but_those_listed():
    found = uncoded()
    new = {path: count for path, count in found.items() if count > STILL_ENGLISH.get(path, 0)}
    assert new == {}, "a refusal without a code: give it code= and params=, and word it in gui/refusal_text.py"
    gone = {path: count for path, count in STILL_ENGLISH.items() if found.get(path, 0) < count}
    assert gone == {}, "fewer refusals without a code than listed: lower the count in STILL_ENGLISH"


def test_every_code_given_is_worded_by_the_window():
    """A code the window does not know would show its English message: each code given with a
    literal is one `gui/refusal_text.py` (or the import problem words) names."""
    worded = (PACKAGE / "gui" / "refusal_text.py").read_text(encoding="utf-8")
    worded += (PACKAGE / "gui" / "import_problem_text.py").read_text(encoding="utf-8")
    worded += (PACKAGE / "domain" / "problems.py").read_text(encoding="utf-8")
    codes = set()
    for path in files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                        codes.add(keyword.value.value)
    assert codes, "the scan should find the codes given"
    assert {code for code in codes if f'"{code}"' not in worded} == set()
