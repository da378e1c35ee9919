"""The recommendations page and its counts beside the list."""
