"""`python -m mission_planner.gui` runs the desktop application."""

import sys

from .app import main

sys.exit(main())
