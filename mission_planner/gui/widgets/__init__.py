"""Widgets of the main window that hold no data of their own beyond what they show."""
