"""Example articles bundled with wirekit (written for the project, in agencies' styles)."""

from importlib.resources import files

__all__ = ["EXAMPLES", "read_example"]

EXAMPLES = {"antara": "example_antara.txt"}


def read_example(name: str = "antara") -> str:
    """The text of a bundled example article."""
    return files(__package__).joinpath(EXAMPLES[name]).read_text(encoding="utf-8")
