"""A typo-tolerant word index: what makes "amellie" find Amélie and "anecy" find Annecy.

Each document's text is folded (no case, no accents) and split into words. A query word matches a
vocabulary word exactly, as its prefix (so results appear while typing), or, from four letters on,
within a small edit distance (rapidfuzz). Every query word must match for a document to be found,
and documents are ranked by how well, with words from their main field (a title, a place name)
counting more than the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from planner.core.text import fold

EXACT, PREFIX = 100.0, 92.0
SECONDARY_WEIGHT = 0.9
_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _fuzzy_cutoff(word: str) -> float | None:
    """Short words are only matched exactly or as a prefix: one typo in three letters is noise."""
    if len(word) < 4:
        return None
    return 80.0 if len(word) < 7 else 75.0


@dataclass(frozen=True)
class Document:
    """What an item is found by: its main text (title or name) and everything else."""

    primary: str
    secondary: Iterable[str] = ()


class TextIndex:
    """Word index over documents keyed by id; built once, queried on every keystroke."""

    def __init__(self, documents: Mapping[str, Document]) -> None:
        self._ids = list(documents)
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        for number, document in enumerate(documents.values()):
            for text in document.secondary:
                for word in words_of(text):
                    postings[word].setdefault(number, SECONDARY_WEIGHT)
            for word in words_of(document.primary):
                postings[word][number] = 1.0
        self._vocabulary = sorted(postings)
        self._postings = [postings[word] for word in self._vocabulary]
        # Fuzzy matching only compares words of about the same length, bucketed once here.
        self._by_length: dict[int, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        for position, word in enumerate(self._vocabulary):
            positions, words = self._by_length[len(word)]
            positions.append(position)
            words.append(word)

    def search(self, query: str) -> list[tuple[str, float]] | None:
        """Ids with scores (0-100), best first; None when the query has no words."""
        query_words = words_of(query)
        if not query_words:
            return None
        totals: dict[int, float] | None = None
        for word in dict.fromkeys(query_words):
            scores = self._score_word(word)
            if totals is None:
                totals = scores
            else:
                totals = {doc: totals[doc] + s for doc, s in scores.items() if doc in totals}
            if not totals:
                return []
        assert totals is not None
        count = len(dict.fromkeys(query_words))
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        return [(self._ids[doc], total / count) for doc, total in ranked]

    def _score_word(self, word: str) -> dict[int, float]:
        """Best score of each document for one query word."""
        best: dict[int, float] = {}
        for position, score in self._matching_words(word):
            for doc, weight in self._postings[position].items():
                value = score * weight
                if value > best.get(doc, 0.0):
                    best[doc] = value
        return best

    def _matching_words(self, word: str) -> list[tuple[int, float]]:
        vocabulary = self._vocabulary
        matches: dict[int, float] = {}
        start = bisect_left(vocabulary, word)
        end = bisect_left(vocabulary, word + "\x7f", lo=start)
        for position in range(start, end):
            matches[position] = EXACT if vocabulary[position] == word else PREFIX
        cutoff = _fuzzy_cutoff(word)
        if cutoff is None:
            return list(matches.items())
        for length in range(len(word) - 2, len(word) + 3):
            if length not in self._by_length:
                continue
            positions, words = self._by_length[length]
            for _, score, index in process.extract(word, words, scorer=fuzz.ratio,
                                                   score_cutoff=cutoff, limit=None):
                position = positions[index]
                matches[position] = max(matches.get(position, 0.0), min(score, PREFIX - 1))
        return list(matches.items())
