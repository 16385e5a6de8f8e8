"""Dialogs, one a module."""
