"""Sphinx configuration for the wirekit documentation (Sphinx + MyST + furo).

Build it with warnings as errors, as CI does::

    pip install -e ".[docs]"
    python -m sphinx -W --keep-going -b html docs docs/_build/html

Two small directives render live data, so the pages cannot drift from the code:
``wirekit-json-schema`` prints :func:`wirekit.json_schema` and
``wirekit-diagnostics`` the table of :data:`wirekit.DIAGNOSTIC_CODES`.
"""

from __future__ import annotations

import json
from typing import Any

project = "wirekit"
author = "The wirekit developers"
copyright = "the wirekit developers"


def _release() -> str:
    import wirekit

    return wirekit.__version__


release = _release()
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "conftest.py"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
# attrs records and enums document their fields in the class docstring.
nitpicky = False

intersphinx_mapping: dict[str, tuple[str, Any]] = {}

html_theme = "furo"
html_title = f"wirekit {release}"
html_static_path: list[str] = []


def _json_schema_directive() -> Any:
    from docutils import nodes
    from sphinx.util.docutils import SphinxDirective

    class JsonSchemaDirective(SphinxDirective):
        """Render ``wirekit.json_schema()`` as a JSON code block."""

        def run(self) -> list[Any]:
            import wirekit

            text = json.dumps(wirekit.json_schema(), indent=2)
            block = nodes.literal_block(text, text, language="json")
            return [block]

    return JsonSchemaDirective


def _diagnostics_directive() -> Any:
    from docutils import nodes
    from sphinx.util.docutils import SphinxDirective

    class DiagnosticsDirective(SphinxDirective):
        """Render ``wirekit.DIAGNOSTIC_CODES`` as a table: code, severity, meaning."""

        def run(self) -> list[Any]:
            import wirekit

            table = nodes.table()
            group = nodes.tgroup(cols=3)
            table += group
            for width in (30, 10, 60):
                group += nodes.colspec(colwidth=width)
            head, body = nodes.thead(), nodes.tbody()
            group += head
            group += body
            head += self._row(["code", "severity", "meaning"])
            for code, (severity, meaning) in sorted(wirekit.DIAGNOSTIC_CODES.items()):
                body += self._row([code, severity.value, meaning], literal_first=True)
            return [table]

        @staticmethod
        def _row(cells: list[str], literal_first: bool = False) -> Any:
            row = nodes.row()
            for index, cell in enumerate(cells):
                entry = nodes.entry()
                para = nodes.paragraph()
                para += (
                    nodes.literal(cell, cell) if literal_first and index == 0 else nodes.Text(cell)
                )
                entry += para
                row += entry
            return row

    return DiagnosticsDirective


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("wirekit-json-schema", _json_schema_directive())
    app.add_directive("wirekit-diagnostics", _diagnostics_directive())
    return {"parallel_read_safe": True}
