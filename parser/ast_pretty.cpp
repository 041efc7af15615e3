// Indented AST dumps (see ast_pretty.hpp). The one-line dump is parsed back
// into a small tree of nodes, lists and literals, then printed as
// Lib/ast.py's _format does.
#include "parser/ast_pretty.hpp"

#include <memory>
#include <vector>

namespace coil::ast {

namespace {

struct Item {
  enum Kind { Node, List, Literal } kind = Literal;
  std::string text;  // node name or literal text
  // Node: "field=" prefixes ("" for positional); List/Node: the values.
  std::vector<std::string> keys;
  std::vector<std::unique_ptr<Item>> values;
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  std::unique_ptr<Item> value() {
    auto item = std::make_unique<Item>();
    if (peek() == '[') {
      item->kind = Item::List;
      ++pos_;
      while (pos_ < s_.size() && peek() != ']') {
        item->values.push_back(value());
        separator();
      }
      ++pos_;
      return item;
    }
    size_t name_end = pos_;
    while (name_end < s_.size() && is_ident(s_[name_end])) ++name_end;
    if (name_end > pos_ && name_end < s_.size() && s_[name_end] == '(' && !is_digit(s_[pos_])) {
      item->kind = Item::Node;
      item->text = std::string(s_.substr(pos_, name_end - pos_));
      pos_ = name_end + 1;
      while (pos_ < s_.size() && peek() != ')') {
        item->keys.push_back(key());
        item->values.push_back(value());
        separator();
      }
      ++pos_;
      return item;
    }
    item->text = literal();
    return item;
  }

 private:
  static bool is_ident(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
  }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

  // "name=" before a field's value, or "" for a positional one.
  std::string key() {
    size_t end = pos_;
    while (end < s_.size() && is_ident(s_[end])) ++end;
    if (end > pos_ && end < s_.size() && s_[end] == '=') {
      std::string k(s_.substr(pos_, end - pos_ + 1));
      pos_ = end + 1;
      return k;
    }
    return "";
  }

  void separator() {
    if (s_.compare(pos_, 2, ", ") == 0) pos_ += 2;
  }

  // A repr: up to the next "," / ")" / "]" outside quotes.
  std::string literal() {
    size_t start = pos_;
    char quote = 0;
    for (; pos_ < s_.size(); ++pos_) {
      char c = s_[pos_];
      if (quote) {
        if (c == '\\') {
          ++pos_;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',' || c == ')' || c == ']') {
        break;
      }
    }
    return std::string(s_.substr(start, pos_ - start));
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// Lib/ast.py's _format: returns the text and whether it is "simple".
std::pair<std::string, bool> format(const Item& item, int level, int indent) {
  ++level;
  std::string prefix = "\n" + std::string(static_cast<size_t>(level * indent), ' ');
  std::string sep = "," + prefix;
  if (item.kind == Item::Literal) return {item.text, true};
  if (item.kind == Item::List) {
    if (item.values.empty()) return {"[]", true};
    std::string out = "[" + prefix;
    for (size_t i = 0; i < item.values.size(); ++i) {
      if (i) out += sep;
      out += format(*item.values[i], level, indent).first;
    }
    return {out + "]", false};
  }
  std::vector<std::string> args;
  bool all_simple = true;
  for (size_t i = 0; i < item.values.size(); ++i) {
    auto [text, simple] = format(*item.values[i], level, indent);
    all_simple = all_simple && simple;
    args.push_back(item.keys[i] + text);
  }
  std::string out = item.text + "(";
  if (all_simple && args.size() <= 3) {
    for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
    return {out + ")", args.empty()};
  }
  out += prefix;
  for (size_t i = 0; i < args.size(); ++i) out += (i ? sep : "") + args[i];
  return {out + ")", false};
}

}  // namespace

std::string indent_dump(std::string_view dump, int indent) {
  Reader reader(dump);
  std::unique_ptr<Item> root = reader.value();
  return format(*root, 0, indent).first;
}

}  // namespace coil::ast
