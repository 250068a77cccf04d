"""nutgraf: who and where (names and places), when (dates normalised against the article's
date), and what is claimed by whom in English news text.

The results are the JSON objects of ``nutgraf analyze --format json`` as dicts: every
``start``/``end`` is a UTF-8 *byte* offset into the text. Python slices strings by code
point, so convert with :func:`char_offsets` (or :class:`Offsets`) before slicing.

    >>> import nutgraf
    >>> doc = nutgraf.analyze("Putin said on Monday that the talks went well.", date="2024-06-18")
    >>> [e["id"] for e in doc["entities"]]
    ['Vladimir Putin']
    >>> doc["timexes"][0]["value"]
    '2024-06-17'
"""

from bisect import bisect_left
from typing import Iterable, List

from ._nutgraf import AnalyzeMany, NutgrafPipeline as Pipeline, analyze

__all__ = ["Pipeline", "AnalyzeMany", "analyze", "Offsets", "char_offsets"]


class Offsets:
    """Converts UTF-8 byte offsets of a text to Python string indices (code points)."""

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        # The byte offset where each character starts, and the end.
        starts = [0] * (len(text) + 1)
        byte = 0
        for i, ch in enumerate(text):
            starts[i] = byte
            byte += len(ch.encode("utf-8"))
        starts[len(text)] = byte
        self._starts = starts

    def char(self, byte: int) -> int:
        """The string index of the character that starts at ``byte`` (or of the end)."""
        k = bisect_left(self._starts, byte)
        if k >= len(self._starts) or self._starts[k] != byte:
            raise ValueError(f"byte offset {byte} is not at a character of the text")
        return k


def char_offsets(text: str, offsets: Iterable[int]) -> List[int]:
    """The string indices of UTF-8 byte offsets of ``text``: ``text[a:b]`` with the
    results is the span the bytes name."""
    o = Offsets(text)
    return [o.char(b) for b in offsets]
