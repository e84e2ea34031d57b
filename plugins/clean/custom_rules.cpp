#include "custom_rules.hpp"

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
  for (const Literal& lit : literals_) {
    if (lit.tokens.size() > tokens.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < lit.tokens.size() && same; ++i) {
      // ':' and other marks in the line do not break a match of words
      same = lit.tokens[i] == tokens[i];
    }
    if (!same) {
      // retry ignoring mark tokens in the line
      std::size_t j = 0;
      same = true;
      for (std::size_t i = 0; i < lit.tokens.size() && same; ++i) {
        while (j < tokens.size() && tokens[j].size() == 1 &&
               !std::isalnum(static_cast<unsigned char>(tokens[j][0])) &&
               tokens[j] != lit.tokens[i]) {
          ++j;
        }
        same = j < tokens.size() && tokens[j] == lit.tokens[i];
        ++j;
      }
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
