"""The desktop application: a PySide6 front end over `mission_planner.services`.

Nothing here imports `mission_planner.storage`; Qt models hold ids and plain values.
"""

from . import startup  # noqa: F401 - imported first: notes when start-up began
