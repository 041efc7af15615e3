"""Playing cards with Enum suits and ranks (ordering via a mixin), a seeded shuffle and hand scoring."""
import random
from collections import Counter
from enum import Enum, IntEnum
from functools import total_ordering


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9
    TEN = 10
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    @property
    def label(self):
        return str(self.value) if self <= 10 else self.name[0]


@total_ordering
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        return (self.rank, self.suit.name) == (other.rank, other.suit.name)

    def __lt__(self, other):
        return (self.rank, self.suit.name) < (other.rank, other.suit.name)

    def __repr__(self):
        return f"{self.rank.label}{self.suit.value}"


deck = [Card(r, s) for s in Suit for r in Rank]
print(len(deck), deck[:5], deck[-1])
rng = random.Random(7)
rng.shuffle(deck)
hands = [sorted(deck[i:i + 5]) for i in range(0, 20, 5)]


def score(hand):
    counts = sorted(Counter(c.rank for c in hand).values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    ranks = sorted(c.rank for c in hand)
    straight = all(b - a == 1 for a, b in zip(ranks, ranks[1:]))
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts[:2] == [2, 2]:
        return "two pair"
    if counts[0] == 2:
        return "pair"
    return f"high card {max(ranks).name.title()}"


for i, h in enumerate(hands, 1):
    print(f"hand {i}: {h} -> {score(h)}; reds={sum(c.suit.color == 'red' for c in h)}")
print(Rank.ACE > Rank.KING, Rank(11).label, max(Rank).name, Suit("♥"), Suit.SPADES.color)
