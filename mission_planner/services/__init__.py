"""Services: the one door through which the desktop application and the CLI reach the data."""

from .workspace import Workspace, open_workspace

__all__ = ["Workspace", "open_workspace"]
