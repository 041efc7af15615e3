"""Event scheduling with heapq and bisect: a calendar of bookings with conflict detection."""
import bisect
import heapq


class Calendar:
    def __init__(self):
        self.starts, self.bookings = [], []

    def book(self, start, end, title):
        i = bisect.bisect_right(self.starts, start)
        if i and self.bookings[i - 1][1] > start:
            return f"conflict: {title!r} overlaps {self.bookings[i - 1][2]!r}"
        if i < len(self.starts) and self.starts[i] < end:
            return f"conflict: {title!r} overlaps {self.bookings[i][2]!r}"
        self.starts.insert(i, start)
        self.bookings.insert(i, (start, end, title))
        return f"booked {title!r} {start:02d}:00-{end:02d}:00"

    def free_slots(self, day_start=8, day_end=18):
        t, out = day_start, []
        for s, e, _ in self.bookings:
            if s > t:
                out.append((t, s))
            t = max(t, e)
        if t < day_end:
            out.append((t, day_end))
        return out


cal = Calendar()
for s, e, title in [(9, 10, "standup"), (13, 15, "review"), (9, 11, "clash"), (10, 12, "design"),
                    (14, 16, "late clash"), (16, 17, "retro"), (11, 13, "overlap lunch")]:
    print(cal.book(s, e, title))
print([t for _, _, t in cal.bookings], cal.free_slots())
events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d"), (3, "c2")]:
    heapq.heappush(events, (t, name))
order = []
while events:
    t, name = heapq.heappop(events)
    order.append(f"{t}:{name}")
    if name == "a":
        heapq.heappush(events, (6, "spawned by a"))
print(order)
