"""grader: a derivation checker and auto-grader for a deep-learning course taught by implementation."""

__version__ = "0.1.0"
