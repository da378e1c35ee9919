"""The plans page: the plan tree, a measure's details and its indicators."""
