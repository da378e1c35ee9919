"""The national reports page and its calendar of due reports."""
