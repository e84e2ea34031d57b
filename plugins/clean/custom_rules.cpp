#include "custom_rules.hpp"

#include <cctype>
#include <stdexcept>

#include "line_shape.hpp"

namespace newspipe::clean {
namespace {
// std::regex backtracks recursively: very long lines could exhaust the stack, and no line that
// long is page furniture anyway.
constexpr std::size_t kMaxRegexLine = 2000;
}  // namespace

CustomRules::CustomRules(const std::vector<std::string>& specs) {
  for (const std::string& spec : specs) {
    if (spec.rfind("re:", 0) == 0) {
      try {
        regexes_.push_back({std::regex(spec.substr(3), std::regex::ECMAScript | std::regex::icase |
                                                           std::regex::optimize),
                            spec});
      } catch (const std::regex_error& e) {
        throw std::invalid_argument("custom_rules: \"" + spec +
                                    "\" is not a valid regular expression (" + e.what() + ")");
      }
    } else {
      std::vector<std::string> tokens = rule_tokens(spec);
      if (tokens.empty()) {
        throw std::invalid_argument("custom_rules: \"" + spec +
                                    "\" has no letters or digits to match");
      }
      literals_.push_back({std::move(tokens), spec});
    }
  }
}

std::string_view CustomRules::match(std::string_view line,
                                    const std::vector<std::string>& tokens) const {
  // A literal matches the line's first words; marks in the line (':', '|', '/') in between are
  // skipped, so "Sponsored by Acme" matches "SPONSORED BY: Acme Ltd".
  auto is_mark = [](const std::string& t) {
    return t.size() == 1 && !std::isalnum(static_cast<unsigned char>(t[0]));
  };
  for (const Literal& lit : literals_) {
    std::size_t j = 0;
    bool same = true;
    for (std::size_t i = 0; i < lit.tokens.size() && same; ++i) {
      while (j < tokens.size() && is_mark(tokens[j]) && tokens[j] != lit.tokens[i]) ++j;
      same = j < tokens.size() && tokens[j] == lit.tokens[i];
      ++j;
    }
    if (same) return lit.spec;
  }
  if (line.size() <= kMaxRegexLine) {
    for (const Regex& r : regexes_) {
      if (std::regex_search(line.begin(), line.end(), r.re)) return r.spec;
    }
  }
  return {};
}

}  // namespace newspipe::clean
