from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

Document = Union[str, Dict[str, Any]]
Layers = Union[str, Sequence[str], None]

def analyze(
    text: str,
    date: Optional[str] = None,
    prefer: Optional[str] = None,
    layers: Layers = None,
    id: Optional[str] = None,
) -> Dict[str, Any]:
    """The analysis of one document with the default pipeline: the dict that
    ``nutgraf analyze --format json`` prints (UTF-8 byte offsets). ``date`` is
    ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]`` with an optional ``Z``/``±HH:MM``;
    ``prefer`` one of ``tense`` (default), ``past``, ``future``, ``nearest``; ``layers`` a
    comma-separated str or a list of ``tokens``, ``words``, ``sentences``, ``sections``,
    ``entities``, ``timexes``, ``claims``. Raises ValueError for a bad date, policy or layer
    and TypeError for a text that is no str."""

class Pipeline:
    """The default stages, built once, with your own gazetteer lists (TSV or ``.json``) and
    boilerplate phrase lists, a date policy and numeric dates read day first. Raises OSError
    for a file that cannot be read and ValueError for a bad list (with its line)."""

    def __init__(
        self,
        gazetteers: Optional[List[str]] = None,
        boilerplate: Optional[List[str]] = None,
        prefer: Optional[str] = None,
        day_first: bool = False,
    ) -> None: ...
    def analyze(
        self,
        text: str,
        date: Optional[str] = None,
        layers: Layers = None,
        id: Optional[str] = None,
    ) -> Dict[str, Any]:
        """As :func:`analyze`, with this pipeline."""
    def analyze_many(
        self,
        documents: Iterable[Document],
        threads: Optional[int] = None,
        date: Optional[str] = None,
        layers: Layers = None,
    ) -> "AnalyzeMany":
        """The analyses of many documents (str, or dicts with ``text`` and optional ``id`` and
        ``date``; ``date`` is the default for those without), in input order, on ``threads``
        cores (default: all) with the GIL released, up to 16 documents per thread ahead of
        the one returned. Each result is built when it is returned; a document that is no
        str or dict with ``text`` raises TypeError in its place, after the results before
        it (iteration may go on past it)."""

class AnalyzeMany(Iterator[Dict[str, Any]]):
    def __iter__(self) -> "AnalyzeMany": ...
    def __next__(self) -> Dict[str, Any]: ...

class Offsets:
    """Converts UTF-8 byte offsets of a text to Python string indices."""

    def __init__(self, text: str) -> None: ...
    def char(self, byte: int) -> int: ...

def char_offsets(text: str, offsets: Iterable[int]) -> List[int]: ...
