// The clean stage's engine: normalise an article's text, split it into paragraphs, decide which
// lines are page debris, and put the article back together.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "clean_config.hpp"
#include "custom_rules.hpp"
#include "debris_rules.hpp"
#include "normalizer.hpp"

namespace newspipe::clean {

struct RemovedLine {
  std::string text;
  RuleGroup group;
  std::string rule;  ///< which rule of the group fired, for the audit trail
};

struct CleanResult {
  std::string text;
  /// Lines removed, in text order. When `kept_whole` is set, the lines that would have been.
  std::vector<RemovedLine> removed;
  /// The safety limit called removal off: the text is normalised but nothing was removed.
  bool kept_whole = false;
  std::size_t removed_chars = 0;  ///< code points in removed lines
  NormalizeStats normalize;
};

class Cleaner {
 public:
  /// Throws std::invalid_argument for a custom rule that does not compile.
  explicit Cleaner(CleanConfig config);

  /// Thread-safe: a Cleaner holds no per-article state.
  CleanResult clean(std::string_view text) const;

  const CleanConfig& config() const { return config_; }

 private:
  CleanConfig config_;
  DebrisRules rules_;
  CustomRules custom_;
};

}  // namespace newspipe::clean
