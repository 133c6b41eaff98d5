"""HanTa's three Viterbi searches, computed with less work and exactly the same results.

HanTa (``HanoverTagger``) is a pure-Python HMM. Most of its time goes to the morpheme
lattice of a word (``analyze_forward`` for the tag probabilities of a form,
``analyze_viterbi`` for the morphemes a lemma is made of), which calls ``lp_m_t`` — a
method doing up to eight dictionary lookups — for every state, segment and following tag,
although nearly every segment is no morpheme of nearly every tag. The sentence Viterbi
(``tag_sent_viterbi``) walks all ≈ 56 transitions of each state where a word allows one to
five tags. Here the same searches read:

- the morphemes of the model inverted once (segment → {tag: log p}), so that a segment that
  is no known morpheme of a tag costs one ``dict.get``;
- the guessed log p of an unknown morpheme (suffix, length and open-class terms) computed
  only for the open-class tags the search reaches, its suffix term once per end of the
  word (``_Guesser``);
- in the sentence, only the transitions to the word's own tags, taken in the order of the
  model's transition table (one order for all states), from rows of log p per state
  numbered as an int; each form's tags and probabilities kept for the run;
- ``makelemma`` with the longest lemma ending per part of speech measured once;
- with a :class:`HantaLexicon`, HanTa's answers computed beforehand for the forms of news,
  looked up before any search.

Every sum is formed in HanTa's order and every table is filled in HanTa's order (a state
the original would have reached with −∞ is left out; it never enters a table), so ties
break the same way and the tags, lemmas and probabilities are identical; the tests compare
them with HanTa's own on sentences of ours.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any

from numpy import logaddexp

from ..errors import ModelError
from .de_hanta_lexicon import HantaLexicon

_LOWER = -1e6  # HanTa's lower bound of a log probability worth keeping
_EMPTY, _START, _END, _UNKNOWN, _END_UNKNOWN = 0, 1, 2, 3, -3
_LONGEST_LENGTH = 24  # HanTa's length term stops growing here
_WORDS = 1 << 17  # (form, case setting) → a sentence's word probabilities kept for the run
_FEW = 6  # moves from a state walked one by one; from more, looked up

State = tuple[int, int]
Row = dict[State, float]


@dataclass(frozen=True)
class _Moves:
    """The morpheme tags that may follow one state, with the log p of each transition."""

    pairs: list[tuple[int, float]]  # (tag, log p), in the model's order
    open_pairs: list[tuple[int, float]]  # those of open-class tags: all a non-morpheme may be
    # for a long list (the start state has 74): tag → (rank, tag, log p), and the open-class ones
    ranked: dict[int, tuple[int, int, float]] | None
    open_class: list[tuple[int, int, float]]

    @classmethod
    def of(cls, pairs: list[tuple[int, float]], open_class: Container[int]) -> _Moves:
        ranked = [(rank, tag, lp) for rank, (tag, lp) in enumerate(pairs)]
        open_ranked = [entry for entry in ranked if entry[1] in open_class]
        open_pairs = [(tag, lp) for _, tag, lp in open_ranked]
        if len(pairs) <= _FEW:
            return cls(pairs, open_pairs, None, [])
        return cls(pairs, open_pairs, {entry[1]: entry for entry in ranked}, open_ranked)

    def hits(self, known: dict[int, float], guessing: bool) -> list[tuple[int, float]]:
        """The pairs whose tag the segment is a known morpheme of or may be guessed for,
        in the model's order."""
        if self.ranked is None:
            return self.pairs
        if not known:  # most segments
            return self.open_pairs if guessing else []
        found = [self.ranked[tag] for tag in known if tag in self.ranked]
        if guessing:
            found += [entry for entry in self.open_class if entry[1] not in known]
        if len(found) > 1:
            found.sort()
        return [(tag, lp) for _, tag, lp in found]


_NO_MOVES = _Moves([], [], None, [])
MovesOf = Callable[[State], _Moves]


class FastLattices:
    """HanTa's searches over the tables of one loaded ``HanoverTagger``; with a
    ``lexicon``, HanTa's answers computed beforehand are looked up instead."""

    def __init__(self, tagger: Any, lexicon: HantaLexicon | None = None) -> None:
        self._tagger = tagger
        self._lexicon = lexicon
        self._known = _morphemes_by_segment(tagger.LP_m_t)
        # open-class tags: an unknown morpheme may be guessed for them
        self._guessed = {
            tag: tagger.Int_t + tagger.LP_hapax_t[tag]
            for tag in tagger.LP_hapax_t
            if tag in tagger.LP_s_t
        }
        # open-class tag → its guessed log p before the suffix term, per morpheme length
        self._guessed_by_length = {
            tag: [lp + tagger.LP_len_t[tag][size] for size in range(_LONGEST_LENGTH + 1)]
            for tag, lp in self._guessed.items()
        }
        self._moves = {
            state: _Moves.of(pairs, self._guessed)
            for state, pairs in tagger.LP_trans_nonfinal.items()
        }
        self._reachable: dict[tuple[int, State], _Moves] = {}
        self._sentence = _SentenceTables(tagger.LP_trans_word)
        self._kept_words: dict[tuple[str, bool], tuple[tuple[int, float], ...]] = {}
        # the longest lemma ending per part of speech (HanTa measures it on every lemma)
        self._longest = {
            pos: max(len(ending) for ending in endings)
            for pos, endings in tagger.lemmasuffixtable.items()
            if endings
        }

    def install(self) -> None:
        """Make the tagger search with these methods (its other methods call them)."""
        self._tagger.analyze_forward = self.analyze_forward
        self._tagger.analyze_viterbi = self.analyze_viterbi
        self._tagger.tag_sent_viterbi = self.tag_sent_viterbi
        self._tagger.makelemma = self.makelemma

    def makelemma(self, stem_morphemes: list[str], pos: str) -> str:
        """HanTa's ``makelemma``: the stem morphemes joined, with the lemma ending the
        longest matching end of the stem asks for ("#" marks its start)."""
        main_pos = pos.split("(")[0]
        lemma = "".join(stem_morphemes)
        suffix = ""
        endings = self._tagger.lemmasuffixtable.get(main_pos, [])
        if len(endings) > 0:
            longest = self._longest[main_pos]
            if len(lemma) + 1 < longest:
                longest = len(lemma)
            for i in range(longest + 1, 0, -1):
                ending = ("#" + lemma)[-i:]
                if ending in endings:
                    suffix = endings[ending]
                    break
        if self._tagger.tag2int.get(pos, 0) in self._tagger.capitalizedlemmata:
            lemma = lemma[0].upper() + lemma[1:]
        return lemma + str(suffix)

    def _guesser(self, word: str) -> _Guesser:
        return _Guesser(word, self._tagger.LP_s_t, self._guessed_by_length)

    def _advance(
        self,
        guesser: _Guesser,
        table: list[Row],
        i: int,
        strict: bool,
        moves_of: MovesOf,
        backpointer: list[dict[State, tuple[State, int]]] | None = None,
    ) -> None:
        """Extend the states of row ``i`` by one morpheme each, into the rows after it.

        State by state rather than end by end as HanTa: each row j still receives its
        updates in HanTa's order, since one row ``i`` feeds row j through one state after
        the other in both orders."""
        row = table[i]
        # only the three best states go on
        bound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER
        live = [(state, lp, moves_of(state)) for state, lp in row.items() if not lp < bound]
        live = [(state, lp, moves) for state, lp, moves in live if moves.pairs]
        if not live:
            return
        word = guesser.word
        wlen = len(word)
        # HanTa guesses unknown morphemes of more than two letters (of any length in a short word)
        first_guess = wlen + 1 if strict else (i + 1 if wlen < 4 else i + 3)
        known_ends: list[tuple[int, dict[int, float]]] = []
        guessed_ends: list[int] = []
        for j in range(i + 1, wlen + 1):
            known = self._known.get(word[i:j])
            if known:
                known_ends.append((j, known))
            elif j >= first_guess:
                guessed_ends.append(j)
        guesses: dict[int, list[float]] = {}  # open-class tag → log p per guessed end
        for state, lp, moves in live:
            if known_ends:
                self._extend_known(guesser, table, i, (state, lp, moves), known_ends,
                                   first_guess, backpointer)  # fmt: skip
            if not guessed_ends:
                continue
            for tag, lpt in moves.open_pairs:  # most segments are no morpheme
                lpms = guesses.get(tag)
                if lpms is None:
                    lpms = guesses[tag] = guesser.guesses(tag, i, guessed_ends)
                base = lp + lpt
                new = (state[1], tag)
                for j, lpm in zip(guessed_ends, lpms, strict=True):
                    lp1 = base + lpm
                    if lp1 > _LOWER:
                        target = table[j]
                        old = target.get(new)
                        if old is None or lp1 > old:
                            target[new] = lp1
                            if backpointer is not None:
                                backpointer[j][new] = (state, i)

    def _extend_known(
        self,
        guesser: _Guesser,
        table: list[Row],
        i: int,
        entry: tuple[State, float, _Moves],
        known_ends: list[tuple[int, dict[int, float]]],
        first_guess: int,
        backpointer: list[dict[State, tuple[State, int]]] | None,
    ) -> None:
        """One live state of row ``i`` extended by the segments that are known morphemes
        (of some tag; the open-class tags they are no morpheme of are guessed)."""
        state, lp, moves = entry
        guessed = self._guessed
        for j, known in known_ends:
            guessing = j >= first_guess
            target = table[j]
            for tag, lpt in moves.hits(known, guessing):
                lpm = known.get(tag)
                if lpm is None:
                    if not guessing or tag not in guessed:
                        continue
                    lpm = guesser.guess(tag, i, j)
                lp1 = lp + lpt + lpm
                if lp1 > _LOWER:
                    new = (state[1], tag)
                    old = target.get(new)
                    if old is None or lp1 > old:
                        target[new] = lp1
                        if backpointer is not None:
                            backpointer[j][new] = (state, i)

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's ``analyze_forward``: log p of each part of speech of ``word``."""
        tagger = self._tagger
        if self._lexicon is not None and not tagger.strict:
            known = self._lexicon.probabilities(word)
            if known is not None:
                return known
        table = _lattice(len(word))
        guesser = self._guesser(word)
        for i in range(len(word) + 1):
            self._advance(guesser, table, i, tagger.strict, self._forward_moves)
        for state, lp in table[-2].items():
            for tag, lpt in tagger.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWER:
                    new = (state[1], tag)
                    if new not in table[-1] or lp1 > table[-1][new]:
                        table[-1][new] = lp1
        results: dict[int, float] = {}
        for state, lp in table[-1].items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp  # as HanTa
        ranked = sorted(results.items(), key=lambda item: item[1], reverse=True)
        return ranked or [(_UNKNOWN, 0)]

    def _forward_moves(self, state: State) -> _Moves:
        return self._moves.get(state, _NO_MOVES)

    def _moves_to(self, target: int) -> MovesOf:
        """The non-final moves of a state that can still end in ``target``."""
        reachable = self._tagger.reachability.get(target, frozenset())
        nonfinal = self._tagger.LP_trans_nonfinal
        kept = self._reachable

        def moves(state: State) -> _Moves:
            key = (target, state)
            if key not in kept:
                pairs = [(t, p) for t, p in nonfinal.get(state, []) if t in reachable]
                kept[key] = _Moves.of(pairs, self._guessed)
            return kept[key]

        return moves

    def analyze_viterbi(self, word: str, target: int) -> list[tuple[int, int]]:
        """HanTa's ``analyze_viterbi``: the best morpheme path of ``word`` ending in the
        part of speech ``target``, first without unknown morphemes."""
        if self._lexicon is not None:
            known = self._lexicon.morphemes(word, target)
            if known is not None:
                return known
        wlen = len(word)
        moves = self._moves_to(target)
        guesser = self._guesser(word)
        for strict in (True, False):
            table = _lattice(wlen)
            backpointer: list[dict[State, tuple[State, int]]] = [{} for _ in range(wlen + 2)]
            for i in range(wlen + 1):
                self._advance(guesser, table, i, strict, moves, backpointer)
            for state, lp in table[-2].items():
                for tag, lpt in self._tagger.LP_trans_final.get(state, []):
                    if tag == target:
                        lp1 = lp + lpt
                        if lp1 > _LOWER:
                            new = (state[1], tag)
                            if new not in table[-1] or lp1 > table[-1][new]:
                                table[-1][new] = lp1
                                backpointer[-1][new] = (state, wlen)
                        break
            if table[-1]:
                break
        return _best_path(table[-1], backpointer)

    def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        """HanTa's ``tag_sent_viterbi``: the best tag sequence of a sentence."""
        tables = self._sentence
        width, transitions = tables.width, tables.transitions
        previous: dict[int, float] = {tables.start: 0.0}
        backpointer: list[dict[int, int]] = []
        for i, word in enumerate(sent):
            options = self._word_options(word, False if i == 0 else casesensitive)
            row: dict[int, float] = {}
            pointers: dict[int, int] = {}
            bound = sorted(previous.values(), reverse=True)[5] - 1 if len(previous) > 5 else _LOWER
            for state, lp0 in previous.items():
                if lp0 < bound:
                    continue
                lp_to = transitions[state]
                base = state % width * width  # the new state: (this state's tag, c)
                for c, lpwc in options:
                    lp = lp0 + lp_to[c] + lpwc
                    if lp > _LOWER:
                        new = base + c
                        old = row.get(new)
                        if old is None or lp > old:
                            row[new] = lp
                            pointers[new] = state
            backpointer.append(pointers)
            previous = row
        return tables.trace_back(previous, backpointer)

    def _word_options(self, word: str, casesensitive: bool) -> tuple[tuple[int, float], ...]:
        """(tag, HanTa's log p of ``word`` under it) for the tags the word may take in a
        sentence, in the order the model lists them; kept for the run (the same form and case
        setting get the same answer). An unknown word may take any tag, with log p 0."""
        kept = self._kept_words
        found = kept.get((word, casesensitive))
        if found is not None:
            return found
        if len(kept) > _WORDS:
            kept.clear()
        wprobs = dict(
            self._tagger._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True)
        )
        if len(wprobs) == 1 and _UNKNOWN in wprobs:  # HanTa: from wrong settings only
            wprobs = {}
        order = self._sentence.order
        if wprobs:
            found = tuple((c, wprobs[c]) for c in order if c in wprobs)
        else:
            found = tuple((c, 0) for c in order)
        kept[word, casesensitive] = found
        return found


class _SentenceTables:
    """HanTa's word transitions (state → next tag → log p) with each state (previous tag,
    tag) numbered ``previous * width + tag``: a row of log p per state, indexed by the
    next tag. HanTa walks a state's next tags in the model's order, which is one order for
    all states in its model; the search walks a word's tags in that order."""

    def __init__(self, transitions: dict[State, dict[int, float]]) -> None:
        orders = {tuple(c for c in followers if c != _END) for followers in transitions.values()}
        if len(orders) != 1:
            raise ModelError("HanTa's model lists the tags after its states in several orders")
        (self.order,) = orders
        self.width = 1 + max(*self.order, *(tag for state in transitions for tag in state))
        self.start = self.number((_EMPTY, _START))
        self.transitions: dict[int, list[float]] = {}
        self._to_end: dict[int, float] = {}
        for state, followers in transitions.items():
            lp_to = [-math.inf] * self.width
            for c in self.order:
                lp_to[c] = followers[c]
            self.transitions[self.number(state)] = lp_to
            self._to_end[self.number(state)] = followers.get(_END, -math.inf)

    def number(self, state: State) -> int:
        return state[0] * self.width + state[1]

    def trace_back(self, last: dict[int, float], backpointer: list[dict[int, int]]) -> list[int]:
        """HanTa's last step of the sentence Viterbi: to the end state, then back."""
        best: float = -math.inf
        final: int | None = None
        for state, lp0 in last.items():
            lp = lp0 + self._to_end[state]
            if lp > best:
                best, final = lp, state
        if final is None:  # HanTa fails here too
            raise KeyError("no tag sequence reaches the end of the sentence")
        tags = [final % self.width]
        state = final
        for pointers in backpointer[:0:-1]:
            state = pointers[state]
            tags.append(state % self.width)
        return tags[::-1]


class _Guesser:
    """HanTa's log p of an unknown morpheme of one word (``lp_m_t`` for a segment that is
    no known morpheme of an open-class tag): a term for the tag and the segment's length,
    plus one for the longest end of the segment (up to four letters, shorter than the
    segment) the tag's suffix table holds. The end term of segments longer than four letters
    depends on where they end only, so it is looked up once per end and tag."""

    def __init__(
        self, word: str, suffixes: dict[int, dict[str, float]], by_length: dict[int, list[float]]
    ) -> None:
        self.word = word
        self._suffixes = suffixes
        self._by_length = by_length
        self._long_ends: dict[int, list[float | None]] = {}  # tag → end term per end

    def guesses(self, tag: int, i: int, ends: list[int]) -> list[float]:
        """The guessed log p of ``word[i:j]`` as a morpheme of ``tag`` for each j of
        ``ends``; for the whole word less HanTa's penalty for one unknown morpheme."""
        by_length = self._by_length[tag]
        whole = len(self.word)
        long_ends = self._long_ends.get(tag)
        found = []
        for j in ends:
            size = j - i
            if size > 4:
                if long_ends is None:
                    long_ends = self._long_ends[tag] = [None] * (whole + 1)
                suffix = long_ends[j]
                if suffix is None:
                    suffix = long_ends[j] = self._end_term(tag, j, 4)
            else:
                suffix = self._end_term(tag, j, size - 1)
            lp = by_length[min(size, _LONGEST_LENGTH)] + suffix  # HanTa's order of sums
            if size == whole:
                lp -= 4.6
            found.append(lp)
        return found

    def guess(self, tag: int, i: int, j: int) -> float:
        return self.guesses(tag, i, [j])[0]

    def _end_term(self, tag: int, j: int, longest: int) -> float:
        suffixes = self._suffixes[tag]
        word = self.word
        for k in range(longest, 0, -1):
            end = word[j - k : j]
            if end in suffixes:
                return suffixes[end]
        return suffixes[""]


_NONE: dict[int, float] = {}


def _lattice(wlen: int) -> list[Row]:
    """HanTa's empty morpheme lattice of a word: the start state (log p 0, an int as in
    HanTa), then a row per position and one for the end."""
    start: Row = {(_EMPTY, _START): 0}
    return [start] + [{} for _ in range(wlen + 1)]


def _morphemes_by_segment(lp_m_t: dict[int, dict[str, float]]) -> dict[str, dict[int, float]]:
    """HanTa's log p(morpheme | tag) table turned around: morpheme → {tag: log p}."""
    by_segment: dict[str, dict[int, float]] = {}
    for tag, morphemes in lp_m_t.items():
        for morpheme, lp in morphemes.items():
            by_segment.setdefault(morpheme, {})[tag] = lp
    return by_segment


def _best_path(
    last: Row, backpointer: list[dict[State, tuple[State, int]]]
) -> list[tuple[int, int]]:
    """HanTa's trace back from the best final state: (morpheme tag, end) per morpheme."""
    best, best_lp = (_EMPTY, _EMPTY), -math.inf
    for state, lp in last.items():
        if lp > best_lp:
            best, best_lp = state, lp
    i = len(backpointer) - 1
    if best == (_EMPTY, _EMPTY):
        states = [((_UNKNOWN, _END_UNKNOWN), i), ((_START, _UNKNOWN), i - 1)]
    else:
        states = [(best, i)]
        state = best
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], end) for state, end in states[::-1]]
