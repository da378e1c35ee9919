"""The dashboard page and its panels."""
