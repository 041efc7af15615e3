"""An in-memory chat room: each member has a queue; messages broadcast; members leave with sentinels."""
import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        q = asyncio.Queue()
        self.members[name] = q
        return q

    async def say(self, sender, text):
        for name, q in list(self.members.items()):
            if name != sender:
                await q.put(f"{sender}: {text}")

    async def leave(self, name):
        q = self.members.pop(name)
        await q.put(None)


async def member(room, name, inbox, transcript):
    while (msg := await inbox.get()) is not None:
        transcript.setdefault(name, []).append(msg)
    transcript.setdefault(name, []).append("<left>")


async def main():
    room, transcript = Room(), {}
    tasks = [asyncio.create_task(member(room, n, room.join(n), transcript)) for n in ("ann", "bob", "cy")]
    await room.say("ann", "hi all")
    await room.say("bob", "hello ann")
    await room.leave("cy")
    await room.say("ann", "cy left?")
    await room.leave("ann")
    await room.leave("bob")
    await asyncio.gather(*tasks)
    for name in sorted(transcript):
        print(name, transcript[name])


asyncio.run(main())
