// Shapes of instances (see vm/shape.hpp).
#include "vm/shape.hpp"

namespace coil::vm {

uint32_t Shape::find(Str* name) const {
  uint32_t n = count();
  for (uint32_t i = 0; i < n; ++i) {
    if (keys[i] == name) return i;
  }
  if (name->flags & Str::kInterned) return kNotFound;
  // A name built at run time (setattr(obj, "a" + s, v)): compare the text.
  for (uint32_t i = 0; i < n; ++i) {
    if (keys[i]->view() == name->view()) return i;
  }
  return kNotFound;
}

ShapeTable::ShapeTable() {
  all_.push_back(std::make_unique<Shape>());
  root_ = all_.back().get();
}

Shape* ShapeTable::add(Shape* s, Str* name) {
  for (auto& [key, next] : s->transitions) {
    if (key == name) return next;
  }
  if (s->count() >= kMaxKeys || all_.size() >= kMaxShapes) return nullptr;
  auto next = std::make_unique<Shape>();
  next->keys.reserve(s->keys.size() + 1);
  next->keys = s->keys;
  next->keys.push_back(name);
  Shape* p = next.get();
  all_.push_back(std::move(next));
  s->transitions.emplace_back(name, p);
  return p;
}

}  // namespace coil::vm
