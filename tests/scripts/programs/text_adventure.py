# A tiny text adventure driven by a state machine and a scripted command list.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}

class GameOver(Exception):
    pass

class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            raise KeyError(direction)
        target = exits[direction]
        if target == "cellar" and "lamp" not in self.inventory:
            return "too dark to go down without a lamp"
        if target == "library" and self.moves > 20:
            raise GameOver("the library closed")
        self.room = target
        self.moves += 1
        return f"you enter {target}: {ROOMS[target]['desc']}"

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"no {item} here"
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            raise GameOver(f"you win after {self.moves} moves")
        return f"taken: {item}"

def run(commands):
    p = Player("hall")
    handlers = {"go": p.go, "take": p.take}
    for line in commands:
        verb, _, arg = line.partition(" ")
        try:
            action = handlers[verb]
        except KeyError:
            print(f"> {line}: unknown verb {verb!r}")
            continue
        try:
            result = action(arg)
        except KeyError as e:
            print(f"> {line}: no exit {e}")
        except GameOver as e:
            print(f"> {line}: GAME OVER - {e}")
            break
        else:
            print(f"> {line}: {result}")
        finally:
            p.moves += 0
    else:
        print("commands exhausted")
    return p

player = run(["go east", "go down", "go west", "take lamp", "dance", "go up",
              "go east", "go down", "take key", "take treasure", "go up"])
print("inventory:", sorted(player.inventory), "room:", player.room, "moves:", player.moves)
player = run(["go north", "take book", "go south"])
print("inventory:", player.inventory)

# expect: > go east: you enter kitchen: a cold kitchen
# expect: > go down: too dark to go down without a lamp
# expect: > go west: you enter hall: a dusty hall
# expect: > take lamp: taken: lamp
# expect: > dance: unknown verb 'dance'
# expect: > go up: no exit 'up'
# expect: > go east: you enter kitchen: a cold kitchen
# expect: > go down: you enter cellar: darkness
# expect: > take key: no key here
# expect: > take treasure: GAME OVER - you win after 4 moves
# expect: inventory: ['lamp', 'treasure'] room: cellar moves: 4
# expect: > go north: you enter library: rows of old books
# expect: > take book: taken: book
# expect: > go south: you enter hall: a dusty hall
# expect: commands exhausted
# expect: inventory: ['book']
