// newspipe SDK: Value, a JSON-shaped tree for stage results and option values.
//
// Stages put their results in an article as a Value; the host serialises it into the output line.
// Objects keep their keys in insertion order so that output is byte-for-byte deterministic.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace newspipe {

/// A JSON value: null, bool, integer, floating point, string, array or object.
/// Strings are UTF-8. Objects are ordered lists of (key, value) pairs; keys are unique.
class Value {
 public:
  using Array = std::vector<Value>;
  using Object = std::vector<std::pair<std::string, Value>>;

  /// The kind of value held, in the order of the variant's alternatives.
  enum class Kind { Null, Bool, Int, Double, String, Array, Object };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(static_cast<std::int64_t>(i)) {}
  Value(unsigned i) : v_(static_cast<std::int64_t>(i)) {}
  Value(long i) : v_(static_cast<std::int64_t>(i)) {}
  Value(long long i) : v_(static_cast<std::int64_t>(i)) {}
  Value(unsigned long i) : v_(static_cast<std::int64_t>(i)) {}
  Value(unsigned long long i) : v_(static_cast<std::int64_t>(i)) {}
  Value(double d) : v_(d) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(Array a) : v_(std::move(a)) {}
  Value(Object o) : v_(std::move(o)) {}

  /// An empty array / object (a default-constructed Value is null).
  static Value array() { return Value(Array{}); }
  static Value object() { return Value(Object{}); }

  Kind kind() const { return static_cast<Kind>(v_.index()); }
  bool is_null() const { return kind() == Kind::Null; }
  bool is_bool() const { return kind() == Kind::Bool; }
  bool is_int() const { return kind() == Kind::Int; }
  bool is_double() const { return kind() == Kind::Double; }
  /// True for Int and Double.
  bool is_number() const { return is_int() || is_double(); }
  bool is_string() const { return kind() == Kind::String; }
  bool is_array() const { return kind() == Kind::Array; }
  bool is_object() const { return kind() == Kind::Object; }

  /// Typed access; each throws std::logic_error when the value holds another kind.
  bool as_bool() const { return get<bool>("bool"); }
  std::int64_t as_int() const { return get<std::int64_t>("integer"); }
  /// An Int is widened to double.
  double as_double() const {
    return is_int() ? static_cast<double>(as_int()) : get<double>("number");
  }
  const std::string& as_string() const { return get<std::string>("string"); }
  const Array& as_array() const { return get<Array>("array"); }
  Array& as_array() { return get<Array>("array"); }
  const Object& as_object() const { return get<Object>("object"); }
  Object& as_object() { return get<Object>("object"); }

  /// Object member by key; a null Value turns into an empty object first. Inserts null if absent.
  Value& operator[](std::string_view key) {
    if (is_null()) v_ = Object{};
    auto& obj = as_object();
    for (auto& [k, v] : obj) {
      if (k == key) return v;
    }
    obj.emplace_back(std::string(key), Value{});
    return obj.back().second;
  }

  /// Object member by key, or nullptr when absent or when this is not an object.
  const Value* find(std::string_view key) const {
    if (!is_object()) return nullptr;
    for (const auto& [k, v] : as_object()) {
      if (k == key) return &v;
    }
    return nullptr;
  }

  /// Appends to an array; a null Value turns into an empty array first.
  void push_back(Value v) {
    if (is_null()) v_ = Array{};
    as_array().push_back(std::move(v));
  }

  friend bool operator==(const Value& a, const Value& b) { return a.v_ == b.v_; }

 private:
  template <class T>
  const T& get(const char* what) const {
    if (const T* p = std::get_if<T>(&v_)) return *p;
    throw std::logic_error(std::string("newspipe::Value does not hold a ") + what);
  }
  template <class T>
  T& get(const char* what) {
    if (T* p = std::get_if<T>(&v_)) return *p;
    throw std::logic_error(std::string("newspipe::Value does not hold a ") + what);
  }

  std::variant<std::monostate, bool, std::int64_t, double, std::string, Array, Object> v_;
};

}  // namespace newspipe
