// Debris rules a user adds in the config: literal openings or regular expressions.
#pragma once
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace newspipe::clean {

/// One custom rule. Literal text matches a line that is the phrase or starts with it (case,
/// punctuation and spacing ignored: "sponsored by acme" matches "SPONSORED BY: Acme Ltd").
/// "re:PATTERN" is an ECMAScript regular expression searched in the line, ignoring case.
class CustomRules {
 public:
  /// Throws std::invalid_argument naming the rule when a regular expression does not compile.
  explicit CustomRules(const std::vector<std::string>& specs);

  bool empty() const { return literals_.empty() && regexes_.empty(); }
  /// The spec of the first rule matching `line` (whose rule tokens are `tokens`), or empty.
  std::string_view match(std::string_view line, const std::vector<std::string>& tokens) const;

 private:
  struct Literal {
    std::vector<std::string> tokens;
    std::string spec;
  };
  struct Regex {
    std::regex re;
    std::string spec;
  };
  std::vector<Literal> literals_;
  std::vector<Regex> regexes_;
};

}  // namespace newspipe::clean
