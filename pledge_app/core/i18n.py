"""Translation hook for core messages; the app plugs Qt's translator in at start-up."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: list[Translator] = [_identity]


def install_translator(translator: Translator) -> None:
    """Route every core message through `translator(context, text)`."""
    _translator[0] = translator


def translate(context: str, text: str) -> str:
    """The user's-language version of `text`; lupdate extracts these calls."""
    return _translator[0](context, text)
