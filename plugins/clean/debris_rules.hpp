// The built-in debris rules: phrase tables per rule group plus detectors for shapes that phrases
// cannot list (captions ending in a credit, date stamps, bylines, breadcrumbs, figure labels).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

 private:
  enum class Mode { Exact, Prefix, Contains, Suffix };
  struct Phrase {
    RuleGroup group;
    Mode mode;
    std::string text;  ///< rule tokens joined by ' '
    int max_words;     ///< longer lines never match
    bool strong;       ///< may match a line shaped like a sentence
  };

  std::optional<RuleHit> match_phrases(const LineView& line, const RuleGroupSet& enabled) const;
  void add(RuleGroup g, Mode m, std::string_view phrase, int max_words, bool strong);

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> exact_;
  std::unordered_map<std::string, std::vector<std::size_t>> prefix_;
  std::unordered_map<std::string, std::vector<std::size_t>> suffix_;
  std::vector<std::size_t> contains_;
};

/// Detectors, exposed for tests. Each returns the rule's description when it fires.
std::optional<std::string_view> detect_credit_tail(const LineView& line);
std::optional<std::string_view> detect_dateline(const LineView& line);
std::optional<std::string_view> detect_byline(const LineView& line);
std::optional<std::string_view> detect_figure_label(const LineView& line);
std::optional<std::string_view> detect_menu(const LineView& line);

}  // namespace newspipe::clean
