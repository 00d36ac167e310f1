"""A typo-tolerant word index: what makes "amellie" find Amélie and "anecy" find Annecy.

Each document's text is folded (no case, no accents) and split into words. A query word matches a
vocabulary word exactly, as its prefix (so results appear while typing), or, from four letters on,
within a small edit distance (rapidfuzz) when both start with the same letter. Every query word
must match for a document to be found, and documents score by how well, with words from their
main field (a title, a place name) counting more than the rest.

Scoring works on whole posting lists with dict and set operations, so a one-letter query over
100,000 places stays in C loops rather than a Python loop per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain

from planner.core.text import fold

EXACT, PREFIX = 100.0, 92.0
RECENT_WORDS = 4  # each remembered word can hold a score for every document: keep few
WEIGHTS = (1.0, 0.9, 0.7, 0.6)
"""How much a word counts in a document's primary, secondary, tertiary and quaternary text."""
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
    """What an item is found by: its main text (title or name), then texts that count less and
    less (a film: its other names and people, then its places, then where those places are)."""

    primary: str
    secondary: Iterable[str] = ()
    tertiary: Iterable[str] = ()
    quaternary: Iterable[str] = ()


class TextIndex:
    """Word index over documents numbered in the order given; built once, queried per keystroke."""

    def __init__(self, documents: Iterable[Document]) -> None:
        levels: tuple[dict[str, list[int]], ...] = tuple(defaultdict(list) for _ in WEIGHTS)
        for number, document in enumerate(documents):
            seen: set[str] = set()
            texts = ([document.primary], document.secondary, document.tertiary,
                     document.quaternary)
            for postings, level_texts in zip(levels, texts, strict=True):
                level_words = {w for text in level_texts for w in words_of(text)} - seen
                for word in level_words:
                    postings[word].append(number)
                seen |= level_words
        self._vocabulary = sorted(set().union(*levels))
        # For each level, each vocabulary word's documents: _postings[level][position]. Kept as
        # tuples (most words are in one document, and a tuple of one is half a list's size);
        # a word missing from a level gets the one shared empty tuple.
        self._postings = [[tuple(level.get(word, ())) for word in self._vocabulary]
                          for level in levels]
        # Fuzzy matching only compares words with the same first letter and about the same
        # length: typos rarely hit the first letter, and this reads a few percent of the words.
        self._buckets: dict[tuple[str, int], tuple[list[int], list[str]]] = defaultdict(
            lambda: ([], [])
        )
        self._recent: dict[str, Mapping[int, float]] = {}
        for position, word in enumerate(self._vocabulary):
            positions, words = self._buckets[word[0], len(word)]
            positions.append(position)
            words.append(word)

    def search(self, query: str) -> Mapping[int, float] | None:
        """Score (0-100) of every matching document number; None when the query has no words."""
        query_words = list(dict.fromkeys(words_of(query)))
        if not query_words:
            return None
        totals: Mapping[int, float] = {}
        for number, word in enumerate(query_words):
            scores = self._cached_scores(word)
            if number == 0:
                totals = scores
            else:
                small, large = (scores, totals) if len(scores) < len(totals) else (totals, scores)
                totals = {doc: score + large[doc] for doc, score in small.items() if doc in large}
            if not totals:
                return {}
        if len(query_words) > 1:
            count = len(query_words)
            totals = {doc: total / count for doc, total in totals.items()}
        return totals

    def _cached_scores(self, word: str) -> Mapping[int, float]:
        """Scores for one word, remembered for the next keystrokes: typing "rue de la paix"
        scores "rue" once, not on each of the eleven keystrokes after it."""
        scores = self._recent.pop(word, None)
        if scores is None:
            scores = self._score_word(word)
        self._recent[word] = scores
        while len(self._recent) > RECENT_WORDS:
            del self._recent[next(iter(self._recent))]
        return scores

    def _score_word(self, word: str) -> dict[int, float]:
        """Best score of each document for one query word."""
        vocabulary = self._vocabulary
        start = bisect_left(vocabulary, word)
        end = bisect_left(vocabulary, word + "\x7f", lo=start)
        exact = start < end and vocabulary[start] == word
        prefixed = slice(start + exact, end)
        layers: list[tuple[float, Iterable[int]]] = []
        fuzzy = self._fuzzy_matches(word, range(start, end))
        for weight, postings in zip(WEIGHTS, self._postings, strict=True):
            # Every prefix match scores the same: their posting lists merge in one C call.
            layers.append((PREFIX * weight, chain.from_iterable(postings[prefixed])))
            if exact:
                layers.append((EXACT * weight, postings[start]))
            layers += [(score * weight, postings[position]) for position, score in fuzzy]
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
        from rapidfuzz import fuzz, process  # at the first typo, not when the window starts

        found = []
        for length in range(len(word) - 2, len(word) + 3):
            if (word[0], length) not in self._buckets:
                continue
            positions, words = self._buckets[word[0], length]
            for _, score, index in process.extract(word, words, scorer=fuzz.ratio,
                                                   score_cutoff=cutoff, limit=None):
                if positions[index] not in already:
                    found.append((positions[index], min(score, PREFIX - 1)))
        return found
