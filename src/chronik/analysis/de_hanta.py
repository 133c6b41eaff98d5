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
  only for the open-class tags the search reaches, kept for the row of the lattice;
- in the sentence, only the transitions to the word's own tags, taken in the order of the
  model's transition table;
- ``makelemma`` with the longest lemma ending per part of speech measured once.

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

_LOWER = -1e6  # HanTa's lower bound of a log probability worth keeping
_EMPTY, _START, _END, _UNKNOWN, _END_UNKNOWN = 0, 1, 2, 3, -3
_GUESSES = 1 << 12  # (segment, tag) guesses kept: they repeat within a word, rarely across
_TRANSITIONS = 1 << 15  # (state, a word's tags) → transitions kept for the run
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
    """HanTa's searches over the tables of one loaded ``HanoverTagger``."""

    def __init__(self, tagger: Any) -> None:
        self._tagger = tagger
        self._known = _morphemes_by_segment(tagger.LP_m_t)
        # open-class tags: an unknown morpheme may be guessed for them
        self._guessed = {
            tag: tagger.Int_t + tagger.LP_hapax_t[tag]
            for tag in tagger.LP_hapax_t
            if tag in tagger.LP_s_t
        }
        self._guesses: dict[tuple[str, int], float] = {}  # (segment, tag) → guessed log p
        self._moves = {
            state: _Moves.of(pairs, self._guessed)
            for state, pairs in tagger.LP_trans_nonfinal.items()
        }
        self._reachable: dict[tuple[int, State], _Moves] = {}
        self._kept_transitions: dict[tuple[State, tuple[int, ...]], list[tuple[int, float]]] = {}
        self._ranks: dict[State, dict[int, int]] = {}  # tag → rank in a state's transitions
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

    def _guess(self, segment: str, tag: int) -> float:
        """``lp_m_t`` for a segment that is no known morpheme of the open-class ``tag``,
        before the whole-word penalty."""
        suffixes = self._tagger.LP_s_t[tag]
        size = len(segment)
        if size > 4 and segment[-4:] in suffixes:
            suffix = suffixes[segment[-4:]]
        elif size > 3 and segment[-3:] in suffixes:
            suffix = suffixes[segment[-3:]]
        elif size > 2 and segment[-2:] in suffixes:
            suffix = suffixes[segment[-2:]]
        elif size > 1 and segment[-1:] in suffixes:
            suffix = suffixes[segment[-1:]]
        else:
            suffix = suffixes[""]
        lp: float = self._guessed[tag] + self._tagger.LP_len_t[tag][min(size, 24)] + suffix
        return lp

    def _advance(
        self,
        word: str,
        table: list[Row],
        i: int,
        strict: bool,
        moves_of: MovesOf,
        backpointer: list[dict[State, tuple[State, int]]] | None = None,
    ) -> None:
        """Extend the states of row ``i`` by one morpheme each, into the rows after it."""
        row = table[i]
        # only the three best states go on
        bound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER
        live = [(state, lp, moves_of(state)) for state, lp in row.items() if not lp < bound]
        live = [(state, lp, moves) for state, lp, moves in live if moves.pairs]
        wlen = len(word)
        guessed, guesses = self._guessed, self._guesses
        if len(guesses) > _GUESSES:
            guesses.clear()
        # j before the state: each row j still receives its updates in HanTa's order
        for j in range(i + 1, wlen + 1):
            segment = word[i:j]
            known = self._known.get(segment, _NONE)
            guessing = not strict and (wlen < 4 or j - i > 2)
            if not known and not guessing:
                continue
            target = table[j]
            for state, lp, moves in live:
                # most segments are no morpheme: then only open-class tags can follow
                pairs = moves.hits(known, guessing) if known else moves.open_pairs
                for tag, lpt in pairs:
                    lpm = known.get(tag)
                    if lpm is None:
                        if not guessing or tag not in guessed:
                            continue
                        lpm = guesses.get((segment, tag))
                        if lpm is None:
                            lpm = guesses[segment, tag] = self._guess(segment, tag)
                        if j - i == wlen:  # HanTa: one unknown morpheme for the whole word
                            lpm -= 4.6
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
        table = _lattice(len(word))
        for i in range(len(word) + 1):
            self._advance(word, table, i, tagger.strict, self._forward_moves)
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
        wlen = len(word)
        moves = self._moves_to(target)
        for strict in (True, False):
            table = _lattice(wlen)
            backpointer: list[dict[State, tuple[State, int]]] = [{} for _ in range(wlen + 2)]
            for i in range(wlen + 1):
                self._advance(word, table, i, strict, moves, backpointer)
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
        table: list[Row] = []
        backpointer: list[dict[State, State]] = []
        for i, word in enumerate(sent):
            cs = False if i == 0 else casesensitive
            wprobs = dict(
                self._tagger._tag_word(word, cutoff=5, casesensitive=cs, conditional=True)
            )
            if len(wprobs) == 1 and _UNKNOWN in wprobs:  # HanTa: from wrong settings only
                wprobs = {}
            tags = tuple(wprobs)
            previous = table[i - 1] if i else {(_EMPTY, _START): 0.0}
            row: Row = {}
            pointers: dict[State, State] = {}
            bound = sorted(previous.values(), reverse=True)[5] - 1 if len(previous) > 5 else _LOWER
            for state, lp0 in previous.items():
                if lp0 < bound:
                    continue
                for c, lp_tc in self._word_transitions(state, tags):
                    lp = lp0 + lp_tc + wprobs.get(c, 0)  # an unknown word: log p 0 for any tag
                    if lp > _LOWER:
                        new = (state[1], c)
                        if new not in row or lp > row[new]:
                            row[new] = lp
                            pointers[new] = state
            table.append(row)
            backpointer.append(pointers)
        return _sentence_tags(table, backpointer, self._tagger.LP_trans_word)

    def _word_transitions(self, state: State, tags: tuple[int, ...]) -> list[tuple[int, float]]:
        """(tag, log p of the transition) for the tags a word may take (any, for none),
        in the order of the model's transitions from ``state``."""
        kept = self._kept_transitions
        found = kept.get((state, tags))
        if found is not None:
            return found
        if len(kept) > _TRANSITIONS:
            kept.clear()
        followers = self._tagger.LP_trans_word[state]
        if not tags:  # an unknown word: anything goes
            found = [(c, lp) for c, lp in followers.items() if c != _END]
        else:
            ranks = self._ranks.get(state)
            if ranks is None:
                ranks = self._ranks[state] = {c: rank for rank, c in enumerate(followers)}
            ranked = sorted((ranks[c], c) for c in tags if c != _END and c in followers)
            found = [(c, followers[c]) for _, c in ranked]
        kept[state, tags] = found
        return found


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


def _sentence_tags(
    table: list[Row], backpointer: list[dict[State, State]], transitions: dict[State, Any]
) -> list[int]:
    """HanTa's last step of the sentence Viterbi: to the end state, then back."""
    final = (_END, _EMPTY)
    pointers: dict[State, State] = {}
    best: float | None = None
    for state, lp0 in table[-1].items():
        lp = lp0 + transitions[state].get(_END, -math.inf)
        if lp > (best if best is not None else -math.inf):
            best = lp
            pointers[final] = state
    backpointer.append(pointers)
    tags = []
    state = final
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]
