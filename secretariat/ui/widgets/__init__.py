"""Reusable widgets: rich text editing, directory completion, messages, undo, a record's history and
the choice when a save meets another's change."""
