// Shapes ("hidden classes") of instances of classes written in coil.
//
// An instance keeps its attributes in an array of values; its shape names
// them, in the order they were added. Instances that got the same
// attributes in the same order share one shape, so an attribute instruction
// can remember (shape -> index) and turn `self.x` into a compare and an
// indexed load (vm/attr_cache.cpp). Shapes form a tree from one root per VM:
// adding a name follows (or creates) a transition. Shapes only ever grow:
// deleting an attribute, asking for `__dict__`, or passing the limits below
// moves the instance to a real dict for good (see Instance).
//
// Shapes are plain C++ objects owned by the VM's ShapeTable and live as long
// as it does. Their keys are interned strs, which the VM keeps alive anyway,
// so the collector has nothing to trace here.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "vm/object.hpp"

namespace coil::vm {

struct Shape {
  static constexpr uint32_t kNotFound = UINT32_MAX;

  std::vector<Str*> keys;  // attribute names, in insertion order (all interned)
  // Shapes reached by adding one more name.
  std::vector<std::pair<Str*, Shape*>> transitions;

  uint32_t count() const { return static_cast<uint32_t>(keys.size()); }
  // Index of `name` among the keys, or kNotFound.
  uint32_t find(Str* name) const;
};

class ShapeTable {
 public:
  // Instances with more attributes than this use a dict.
  static constexpr uint32_t kMaxKeys = 48;
  // A bound on the whole tree, so programs that give objects ever-new
  // attribute names fall back to dicts instead of growing it without end.
  static constexpr size_t kMaxShapes = 1 << 14;

  ShapeTable();
  ShapeTable(const ShapeTable&) = delete;
  ShapeTable& operator=(const ShapeTable&) = delete;

  Shape* root() const { return root_; }
  // The shape of an instance of shape `s` after it gets attribute `name`
  // (interned, not already in s), or null when past the limits.
  Shape* add(Shape* s, Str* name);

 private:
  std::vector<std::unique_ptr<Shape>> all_;
  Shape* root_;
};

}  // namespace coil::vm
