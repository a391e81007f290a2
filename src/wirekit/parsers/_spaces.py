"""Spaces in patterns: every Unicode space separator (``\\p{Zs}``), spelled out.

The dateline and credits patterns accept any space separator where a space is
expected (an en space, a narrow no-break space, an ideographic space...), written
``\\p{Zs}`` in their sources. ``regex`` tests a listed set about twice as fast as a
property, so :func:`spell_spaces` replaces the property by the set before compiling.
"""

from __future__ import annotations

from typing import Final

__all__ = ["SPACE_SEPARATORS", "spell_spaces"]

# Unicode category Zs (space separators); tests/test_dateline.py checks it against regex's.
SPACE_SEPARATORS: Final = (
    " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_SET_BODY: Final = r" \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"


def spell_spaces(source: str) -> str:
    r"""``source`` with ``\p{Zs}`` spelled out as the set of space separators.

    Inside a character class the property becomes the list; elsewhere, a class.

    >>> spell_spaces(r"a\p{Zs}b") == "a[" + _SET_BODY + "]b"
    True
    >>> spell_spaces(r"[\t\p{Zs}]") == r"[\t" + _SET_BODY + "]"
    True
    """
    out: list[str] = []
    in_class = False
    pos = 0
    while pos < len(source):
        char = source[pos]
        if source.startswith(r"\p{Zs}", pos):
            out.append(_SET_BODY if in_class else f"[{_SET_BODY}]")
            pos += 6
            continue
        if char == "\\":
            out.append(source[pos : pos + 2])
            pos += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        pos += 1
    return "".join(out)
