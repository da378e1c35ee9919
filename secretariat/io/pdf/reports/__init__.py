"""Report layouts: each module has ``story(data, checkpoint)`` and ``furniture(data)``."""
