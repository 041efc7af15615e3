// format(x, spec) for ints and floats: the VM side of coil::num's
// format-spec mini-language.
#include "vm/numeric/format.hpp"
#include "vm/objects/number.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

Value format_int_spec(VM& vm, Value v, Str* spec) {
  std::string out;
  num::Status s =
      num::format_int(int_view(v), spec->view(), out, vm.type_of(v)->name->view(), vm.max_str_digits);
  if (!s.ok()) return raise_status(vm, s);
  return vm.str_value(out);
}

Value format_float_spec(VM& vm, double d, Str* spec) {
  std::string out;
  num::Status s = num::format_float(d, spec->view(), out);
  if (!s.ok()) return raise_status(vm, s);
  return vm.str_value(out);
}

}  // namespace coil::vm
