// newspipe SDK: declaring a stage's options, and reading their values.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newspipe/value.hpp"

namespace newspipe {

/// The type of an option as written in TOML.
enum class OptionType {
  Bool,        ///< true / false
  Int,         ///< a TOML integer
  Double,      ///< a TOML float or integer
  String,      ///< a TOML string
  StringList,  ///< an array of TOML strings
};

/// The TOML spelling of an option type, as shown by `newspipe describe`.
inline const char* option_type_name(OptionType t) {
  switch (t) {
    case OptionType::Bool:
      return "bool";
    case OptionType::Int:
      return "int";
    case OptionType::Double:
      return "float";
    case OptionType::String:
      return "string";
    case OptionType::StringList:
      return "list of strings";
  }
  return "?";
}

/// One option a plugin accepts under `[stages.options]`. The host checks every configured value
/// against this declaration (type, choices, range) before the stage is created, and fills in
/// the default for options the config leaves out.
struct OptionSpec {
  std::string name;
  OptionType type = OptionType::String;
  /// The default, of the declared type (a StringList default is an array of strings).
  Value default_value;
  /// One or two sentences for `newspipe describe`: what the option changes, in the user's terms.
  std::string doc;
  /// For String options: the allowed values (empty = any string).
  std::vector<std::string> choices;
  /// For Int and Double options: the allowed range, inclusive.
  std::optional<double> min;
  std::optional<double> max;
};

/// The checked option values a stage is created with: every declared option is present, with the
/// configured value or its default. Getters throw std::invalid_argument for an undeclared name or a
/// type that does not match the declaration (a bug in the plugin, not a user error).
class Options {
 public:
  Options() = default;
  explicit Options(Value values) : values_(std::move(values)) {}

  bool get_bool(std::string_view name) const { return at(name).as_bool(); }
  std::int64_t get_int(std::string_view name) const { return at(name).as_int(); }
  double get_double(std::string_view name) const { return at(name).as_double(); }
  const std::string& get_string(std::string_view name) const { return at(name).as_string(); }
  std::vector<std::string> get_string_list(std::string_view name) const {
    std::vector<std::string> out;
    for (const Value& v : at(name).as_array()) out.push_back(v.as_string());
    return out;
  }
  /// All values as an object, in declaration order.
  const Value& values() const { return values_; }

 private:
  const Value& at(std::string_view name) const {
    if (const Value* v = values_.find(name)) return *v;
    throw std::invalid_argument("option '" + std::string(name) + "' was not declared");
  }
  Value values_ = Value::object();
};

}  // namespace newspipe
