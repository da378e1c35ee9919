"""Plumbing every page, dialog and window of the GUI uses: the shared context, background
operations, settings, undo, formatting and the helpers of views."""
