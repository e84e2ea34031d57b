// The built-in debris rules: phrase tables per rule group plus detectors for shapes that phrases
// cannot list (captions ending in a credit, date stamps, bylines, breadcrumbs, figure labels).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "line_shape.hpp"
#include "rule_group.hpp"

namespace newspipe::clean {

/// Why a rule fired: its group and a short description of the rule for the audit trail.
struct RuleHit {
  RuleGroup group;
  std::string_view rule;
};

/// One line to judge, with what has been measured about it.
struct LineView {
  std::string_view text;
  const LineShape& shape;
  const std::vector<std::string>& tokens;  ///< rule_tokens(text)
};

class DebrisRules {
 public:
  DebrisRules();

  /// The first enabled rule that says this line is debris, if any. Lines shaped like long
  /// sentences are only matched by rules that carry strong evidence on their own.
  std::optional<RuleHit> match(const LineView& line, const RuleGroupSet& enabled) const;

  /// Whether `match` needs all of a line's tokens, or its first kTokensForLongLines are enough
  /// (lines longer than any phrase rule, with none of the words of a phrase found inside lines).
  bool needs_all_tokens(const LineShape& shape) const;
  static constexpr std::size_t kTokensForLongLines = 8;
  /// Whether a long line starting with this token can match any rule at all (a prefix phrase or a
  /// date stamp); if not, its first token is all `match` needs.
  bool first_token_starts_rule(std::string_view first) const;
  /// Phrases found inside lines only match lines up to this long (and only such lines are signed).
  static constexpr int kMaxContainsWords = 24;

 private:
  enum class Mode { Exact, Prefix, Contains, Suffix };
  struct Phrase {
    RuleGroup group;
    Mode mode;
    std::string text;             ///< rule tokens joined by ' '
    int max_words;                ///< longer lines never match
    bool strong;                  ///< may match a line shaped like a sentence
    std::uint64_t signature = 0;  ///< LineShape::signature of the phrase, to skip most lines fast
  };

  std::optional<RuleHit> match_phrases(const LineView& line, const RuleGroupSet& enabled) const;
  void add(RuleGroup g, Mode m, std::string_view phrase, int max_words, bool strong);

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> exact_;
  std::unordered_map<std::string, std::vector<std::size_t>> prefix_;
  /// First tokens of all prefix phrases: most prose lines fail this one lookup and skip the rest.
  std::unordered_set<std::string_view> prefix_first_;  ///< views into first_words_
  std::vector<std::string> first_words_;
  int max_suffix_words_ = 0;
  std::unordered_map<std::string, std::vector<std::size_t>> suffix_;
  std::vector<std::size_t> contains_;
};

}  // namespace newspipe::clean
