"""Reusable widgets: rich text editing, directory completion, messages, undo."""
