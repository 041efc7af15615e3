# remove_done_callback whose comparison removes callbacks itself: counts what it removed, nothing is read after being freed
import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
class Evil:
    def __eq__(self, other):
        fut.remove_done_callback(print)
        return False
    def __hash__(self):
        return 1
for i in range(3):
    fut.add_done_callback(print)
fut.add_done_callback(len)
print(fut.remove_done_callback(Evil()))
print(fut.remove_done_callback(len), fut.remove_done_callback(print))

# expect: 0
# expect: 1 0
