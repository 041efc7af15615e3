// "Did you mean" suggestions for NameError and AttributeError (CPython
// 3.11's Python/suggestions.c): the closest name by a Levenshtein distance
// that charges less for a change of case.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/suggestions.hpp"

namespace coil::vm {

static Exception* as_exc(Value v) { return static_cast<Exception*>(v.as_obj()); }

static constexpr size_t kMaxCandidates = 750;
static constexpr size_t kMaxStringSize = 40;
static constexpr size_t kMoveCost = 2;
static constexpr size_t kCaseCost = 1;

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

static size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate to `name`, or empty.
static std::string closest_name(const std::vector<std::string_view>& candidates,
                                std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  std::string_view best;
  bool found = false;
  for (std::string_view item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best_distance) {
      best = item;
      best_distance = d;
      found = true;
    }
  }
  return found ? std::string(best) : "";
}

static std::vector<std::string_view> str_keys(Dict* d) {
  std::vector<std::string_view> out;
  for (auto& e : d->table.entries) {
    if (!e.key.is_null() && is_str(e.key)) out.push_back(as_str(e.key)->view());
  }
  return out;
}

static std::string name_error_suggestion(VM& vm, Exception* e, std::string_view name) {
  Traceback* tb = e->traceback;
  if (!tb) return "";
  while (tb->next) tb = tb->next;
  std::vector<std::string_view> locals;
  for (Str* v : tb->code->varnames) locals.push_back(v->view());
  std::string s = closest_name(locals, name);
  if (!s.empty()) return s;
  // The raising frame's globals (CPython: tb_frame.f_globals), whatever
  // module, exec() or REPL input they belong to.
  if (Dict* g = tb->globals) {
    s = closest_name(str_keys(g), name);
    if (!s.empty()) return s;
  }
  return closest_name(str_keys(vm.builtins), name);
}

static std::string attribute_error_suggestion(VM& vm, Value obj, std::string_view name) {
  Value dir = dict_get_str(vm.builtins, vm.intern("dir"));
  if (dir.is_null()) return "";
  Value saved = vm.pending;
  Value names = vm.call(dir, &obj, 1);
  vm.pending = saved;
  if (names.is_exception() || !names.is_obj() || names.as_obj()->kind != ObjKind::List) return "";
  RootScope roots(vm);
  roots.add(names);
  std::vector<std::string_view> candidates;
  for (Value v : static_cast<List*>(names.as_obj())->items) {
    if (is_str(v)) candidates.push_back(as_str(v)->view());
  }
  return closest_name(candidates, name);
}

// ". Did you mean: 'x'?" for a NameError or AttributeError whose name (and
// object) were recorded when it was raised, else "".
std::string suggestion_for(VM& vm, Value exc) {
  Exception* e = as_exc(exc);
  if (!e->dict) return "";
  bool name_error = vm.isinstance(exc, vm.types.NameError);
  if (!name_error && !vm.isinstance(exc, vm.types.AttributeError)) return "";
  Value name = dict_get_str(e->dict, vm.names.name);
  if (name.is_null() || !is_str(name)) return "";
  std::string s;
  if (name_error) {
    s = name_error_suggestion(vm, e, as_str(name)->view());
  } else {
    Value obj = dict_get_str(e->dict, vm.names.obj);
    if (obj.is_null()) return "";
    s = attribute_error_suggestion(vm, obj, as_str(name)->view());
  }
  return s.empty() ? "" : ". Did you mean: '" + s + "'?";
}

void note_name_error(VM& vm, Value exc, Str* name, Value obj) {
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return;
  Exception* e = as_exc(exc);
  if (!e->dict) e->dict = vm.new_dict();
  if (!dict_get_str(e->dict, vm.names.name).is_null()) return;  // the innermost wins
  dict_set_str(vm, e->dict, vm.names.name, Value::object(name));
  if (!obj.is_null()) dict_set_str(vm, e->dict, vm.names.obj, obj);
}

}  // namespace coil::vm
