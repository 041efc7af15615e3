# Parsing chess moves in algebraic notation with sequence patterns over the
# characters, and replaying a short game on a board.
FILES = "abcdefgh"
RANKS = "12345678"

def parse_move(san):
    s = san.rstrip("+#!?")
    match list(s):
        case ["O", "-", "O", "-", "O"]:
            return ("castle", "queenside")
        case ["O", "-", "O"]:
            return ("castle", "kingside")
        case [("K" | "Q" | "R" | "B" | "N") as piece, *rest]:
            match rest:
                case ["x", f, r] | [f, r] if f in FILES and r in RANKS:
                    return ("piece", piece, None, f + r, "x" in rest)
                case [(d), "x", f, r] | [d, f, r] if f in FILES and r in RANKS:
                    return ("piece", piece, d, f + r, "x" in rest)
        case [f, r] if f in FILES and r in RANKS:
            return ("pawn", None, f + r, False, None)
        case [src, "x", f, r] if src in FILES:
            return ("pawn", src, f + r, True, None)
        case [f, r, "=", ("Q" | "R" | "B" | "N") as promo]:
            return ("pawn", None, f + r, False, promo)
    raise ValueError(f"cannot parse {san!r}")

game = "e4 e5 Nf3 Nc6 Bb5 a6 Bxc6 dxc6 O-O f6 d4 exd4 Nxd4 c5 Nb3 Qxd1 Rxd1 Bd6 Na5 b5 c4 Bb7 Nxb7 e8=Q O-O-O Raxd1 Zz9".split()
counts = {}
for san in game:
    try:
        move = parse_move(san)
    except ValueError as e:
        print(e)
        continue
    match move:
        case ("castle", side):
            desc = f"castles {side}"
        case ("piece", piece, None, square, capture):
            desc = f"{piece} {'takes' if capture else 'to'} {square}"
        case ("piece", piece, disamb, square, capture):
            desc = f"{piece} from {disamb} {'takes' if capture else 'to'} {square}"
        case ("pawn", None, square, False, None):
            desc = f"pawn to {square}"
        case ("pawn", src, square, True, None):
            desc = f"pawn {src} takes {square}"
        case ("pawn", _, square, _, promo):
            desc = f"pawn to {square} promotes to {promo}"
    counts[move[0]] = counts.get(move[0], 0) + 1
    print(f"{san:6} {desc}")
print(counts)

# expect: e4     pawn to e4
# expect: e5     pawn to e5
# expect: Nf3    N to f3
# expect: Nc6    N to c6
# expect: Bb5    B to b5
# expect: a6     pawn to a6
# expect: Bxc6   B takes c6
# expect: dxc6   pawn d takes c6
# expect: O-O    castles kingside
# expect: f6     pawn to f6
# expect: d4     pawn to d4
# expect: exd4   pawn e takes d4
# expect: Nxd4   N takes d4
# expect: c5     pawn to c5
# expect: Nb3    N to b3
# expect: Qxd1   Q takes d1
# expect: Rxd1   R takes d1
# expect: Bd6    B to d6
# expect: Na5    N to a5
# expect: b5     pawn to b5
# expect: c4     pawn to c4
# expect: Bb7    B to b7
# expect: Nxb7   N takes b7
# expect: e8=Q   pawn to e8 promotes to Q
# expect: O-O-O  castles queenside
# expect: Raxd1  R from a takes d1
# expect: cannot parse 'Zz9'
# expect: {'pawn': 11, 'piece': 13, 'castle': 2}
