// A game loop driving the scripts' event loop: each frame advances the game
// clock by 100 ms and runs what became ready. Scripts `await
// asyncio.sleep(...)` in game time and await futures the game completes
// (a door the player opens on frame 7); a request nobody answers times out
// and the host hears of the cancellation. The log is the same on every run.
//
//   make samples && build/samples/game_loop
#include <coil/coil.hpp>

#include <cstdio>
#include <string>
#include <vector>

const char* kScript = R"(
import asyncio
import game

async def patrol(name, period):
    for step in range(3):
        await asyncio.sleep(period)
        game.log(f'{name} patrols (step {step})')
    return name

async def door():
    game.log('waiting for the door')
    who = await game.door_opened()
    game.log(f'the door was opened by {who}')
    try:
        await asyncio.wait_for(game.door_opened(), timeout=0.25)
    except asyncio.TimeoutError:
        game.log('nobody opened the door again')
    return 'door'

async def main():
    done = await asyncio.gather(patrol('guard', 0.25), patrol('dog', 0.4), door())
    game.log(f'all done: {done}')
    return len(done)
)";

int main() {
  coil::Config config;
  config.virtual_time = true;  // the game's clock: it moves when the game says so
  config.write_out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  coil::VM vm(config);
  const double start = vm.clock();
  int frame = 0;

  std::vector<coil::Future> door_requests;
  coil::Module game = vm.module("game");
  game.def("log", [&](const std::string& msg) {
        std::printf("[frame %2d, t=%.2f] %s\n", frame, vm.clock() - start, msg.c_str());
      }, coil::arg("message"))
      .def("door_opened", [&](coil::VM& v) {
        coil::Future f(v);
        f.on_cancel([&] { std::printf("[frame %2d] host: the door request was cancelled\n", frame); });
        door_requests.push_back(f);
        return f;
      });

  coil::RunResult loaded = vm.run_string(kScript, "level1.py");
  if (!loaded) {
    std::fputs(loaded.error().formatted.c_str(), stderr);
    return 1;
  }
  coil::Value task = vm.spawn(vm.get_global("main").value()().value()).value();

  const double dt = 0.1;
  for (frame = 0; frame < 30; ++frame) {
    if (frame > 0) vm.advance_clock(dt).value();
    if (frame == 7) {
      std::printf("[frame %2d] the player opens the door\n", frame);
      door_requests.front().set_result("the player").value();
    }
    coil::LoopStatus status = vm.run_ready().value();
    if (task.call_method("done").value().as_bool()) break;
    if (status.idle()) {
      std::printf("[frame %2d] scripts are waiting for the game\n", frame);
    }
  }
  std::printf("main() returned %d after %d frames\n", task.call_method("result").value().as<int>(), frame);
  return 0;
}
