"""Film Trip Planner: plan a trip to the places where films and series were shot."""

__version__ = "0.1.0"
__all__ = ["__version__"]
