"""A typo-tolerant word index: what makes "amellie" find Amélie and "anecy" find Annecy.

Each document's text is folded (no case, no accents) and split into words. A query word matches a
vocabulary word exactly, as its prefix (so results appear while typing), or, from four letters on,
within a small edit distance (rapidfuzz). Every query word must match for a document to be found,
and documents score by how well, with words from their main field (a title, a place name)
counting more than the rest.

Scoring works on whole posting lists with dict and set operations, so a one-letter query over
100,000 places stays in C loops rather than a Python loop per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

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
    """Word index over documents numbered in the order given; built once, queried per keystroke."""

    def __init__(self, documents: Iterable[Document]) -> None:
        primary: dict[str, list[int]] = defaultdict(list)
        secondary: dict[str, list[int]] = defaultdict(list)
        for number, document in enumerate(documents):
            main_words = set(words_of(document.primary))
            for word in main_words:
                primary[word].append(number)
            other_words = {w for text in document.secondary for w in words_of(text)}
            for word in other_words - main_words:
                secondary[word].append(number)
        self._vocabulary = sorted(primary.keys() | secondary.keys())
        self._primary = [primary.get(word, []) for word in self._vocabulary]
        self._secondary = [secondary.get(word, []) for word in self._vocabulary]
        # Fuzzy matching only compares words of about the same length, bucketed once here.
        self._by_length: dict[int, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        for position, word in enumerate(self._vocabulary):
            positions, words = self._by_length[len(word)]
            positions.append(position)
            words.append(word)

    def search(self, query: str) -> dict[int, float] | None:
        """Score (0-100) of every matching document number; None when the query has no words."""
        query_words = list(dict.fromkeys(words_of(query)))
        if not query_words:
            return None
        totals: dict[int, float] = {}
        for number, word in enumerate(query_words):
            scores = self._score_word(word)
            if number == 0:
                totals = scores
            else:
                small, large = (scores, totals) if len(scores) < len(totals) else (totals, scores)
                totals = {doc: small[doc] + large[doc] for doc in small.keys() & large.keys()}
            if not totals:
                return {}
        if len(query_words) > 1:
            count = len(query_words)
            totals = {doc: total / count for doc, total in totals.items()}
        return totals

    def _score_word(self, word: str) -> dict[int, float]:
        """Best score of each document for one query word."""
        vocabulary = self._vocabulary
        start = bisect_left(vocabulary, word)
        end = bisect_left(vocabulary, word + "\x7f", lo=start)
        exact = start < end and vocabulary[start] == word
        prefixed = slice(start + exact, end)
        # Every prefix match scores the same, so their posting lists are merged in one C call.
        layers: list[tuple[float, Iterable[int]]] = [
            (PREFIX * SECONDARY_WEIGHT, chain.from_iterable(self._secondary[prefixed])),
            (PREFIX, chain.from_iterable(self._primary[prefixed])),
        ]
        if exact:
            layers += [(EXACT * SECONDARY_WEIGHT, self._secondary[start]),
                       (EXACT, self._primary[start])]
        for position, score in self._fuzzy_matches(word, range(start, end)):
            layers += [(score * SECONDARY_WEIGHT, self._secondary[position]),
                       (score, self._primary[position])]
        layers.sort(key=lambda layer: layer[0])
        best: dict[int, float] = {}
        for score, docs in layers:  # ascending, so a document keeps its best score
            best.update(dict.fromkeys(docs, score))
        return best

    def _fuzzy_matches(self, word: str, already: range) -> list[tuple[int, float]]:
        """Vocabulary words a typo away (scored below any prefix match), except ``already``."""
        cutoff = _fuzzy_cutoff(word)
        if cutoff is None:
            return []
        found = []
        for length in range(len(word) - 2, len(word) + 3):
            if length not in self._by_length:
                continue
            positions, words = self._by_length[length]
            for _, score, index in process.extract(word, words, scorer=fuzz.ratio,
                                                   score_cutoff=cutoff, limit=None):
                if positions[index] not in already:
                    found.append((positions[index], min(score, PREFIX - 1)))
        return found
