"""PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc") after a few thousand
calls that return None, such as QLabel.setText in a loop: each call gives back a reference to None
it never took. We pin 6.11.3; this test runs the loop in a child process so an upgrade that brings
the bug back fails here instead of in a coordinator's hands.
"""

import subprocess
import sys
import textwrap

import pytest

CALLS = 20_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for n in range({CALLS}):
        label.setText(f"label {{n}}")
    after = sys.getrefcount(None)
    print(f"calls={CALLS} none_refcount_before={{before}} after={{after}}")
    """
)


@pytest.mark.slow
def test_many_calls_returning_none_do_not_kill_the_interpreter(child_env):
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=child_env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert f"calls={CALLS}" in result.stdout
    # On Python versions where None is mortal, a binding that drops references to None shows it
    # here long before the interpreter aborts.
    before, after = (int(part.split("=")[1]) for part in result.stdout.split()[1:3])
    assert before - after < CALLS // 2, result.stdout
