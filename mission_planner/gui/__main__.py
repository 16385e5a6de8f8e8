"""`python -m mission_planner.gui`, and the frozen `mission-planner` executable."""

import sys

# Absolute: PyInstaller runs this file as a top-level script, where a relative import fails.
from mission_planner.gui.app import main

sys.exit(main())
