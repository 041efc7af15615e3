// A calculator/config host: C++ functions and a class bound for the
// script, and script callbacks the host calls back.
//
//   make samples && build/samples/calculator
#include <coil/coil.hpp>

#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

// The host's own types.
struct Account {
  std::string owner;
  double balance = 0;
  Account(std::string o, double b) : owner(std::move(o)), balance(b) {}
  void deposit(double amount) {
    if (amount <= 0) throw std::invalid_argument("deposit must be positive");
    balance += amount;
  }
};

const char* kScript = R"(
import calc
from calc import Account

print('sqrt:', calc.sqrt(2))
print('clamp:', calc.clamp(15, hi=10), calc.clamp(-3), calc.clamp(5, 0, 4))
print('mean:', calc.mean(1, 2, 3, 4))

acct = Account('ada', 100)
acct.deposit(25.5)
print(acct, acct.balance)
try:
    acct.deposit(-1)
except ValueError as e:
    print('refused:', e)
try:
    calc.sqrt(-1)
except ValueError as e:
    print('refused:', e)

# Callbacks the host calls when a setting changes.
@calc.on_change
def report(key, value):
    print(f'  {key} is now {value!r}')
    if key == 'volume' and value > 11:
        raise ValueError('too loud')

def scale(x, *, factor=2):
    return x * factor
)";

int main() {
  coil::Config config;
  config.write_out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  coil::VM vm(config);

  std::vector<coil::Value> listeners;
  coil::Module calc = vm.module("calc");
  calc.def("sqrt", [](double x) {
        if (x < 0) throw coil::Error("ValueError", "math domain error");
        return std::sqrt(x);
      }, coil::arg("x"))
      .def("clamp", [](double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; },
           coil::arg("x"), coil::arg("lo") = 0.0, coil::arg("hi") = 100.0)
      .def("mean", [](coil::VarArgs xs) {
        double total = 0;
        for (const coil::Value& x : xs) total += x.as<double>();
        return xs.empty() ? 0.0 : total / static_cast<double>(xs.size());
      })
      .def("on_change", [&listeners](coil::Value fn) {
        listeners.push_back(fn);
        return fn;  // usable as a decorator
      }, coil::arg("fn"));
  coil::Class<Account>(calc, "Account")
      .init<std::string, double>(coil::arg("owner"), coil::arg("balance") = 0.0)
      .def("deposit", &Account::deposit, coil::arg("self"), coil::arg("amount"))
      .readonly("owner", &Account::owner)
      .readonly("balance", &Account::balance)
      .repr([](const Account& a) { return "<Account " + a.owner + ">"; });

  coil::RunResult r = vm.run_string(kScript, "calculator.py");
  if (!r) {
    std::fputs(r.error().formatted.c_str(), stderr);
    return 1;
  }

  // The host changes settings; the script's callbacks hear about it.
  std::map<std::string, int> settings{{"brightness", 70}, {"volume", 12}};
  for (const auto& [key, value] : settings) {
    std::printf("set %s = %d\n", key.c_str(), value);
    for (const coil::Value& fn : listeners) {
      coil::Result<coil::Value> called = fn(key, value);
      if (!called) std::printf("  callback failed: %s\n", called.error().what());
    }
  }
  // A script function called with a keyword argument.
  coil::Value scale = vm.get_global("scale").value();
  std::printf("scale(21) = %d, scale(2, factor=10) = %d\n", scale(21).value().as<int>(),
              scale(2, coil::kw("factor", 10)).value().as<int>());
  return 0;
}
