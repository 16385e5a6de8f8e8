"""Services: the one door through which the desktop application and the CLI reach the data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .workspace import Workspace, open_workspace

__all__ = ["Workspace", "open_workspace"]


def __getattr__(name: str) -> Any:
    # The workspace (and with it the database layer) loads on first use, not with the package:
    # a light service module (the document kinds, country names) is then cheap to import, and
    # `mission-planner-cli --help` starts without SQLAlchemy.
    if name in __all__:
        from . import workspace

        return getattr(workspace, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
