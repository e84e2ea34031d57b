// The clean stage: runs the Cleaner over each article and records what it removed (contract §5).
#pragma once
#include "cleaner.hpp"
#include "newspipe/sdk.hpp"

namespace newspipe::clean {

class CleanStage : public Stage {
 public:
  CleanStage(const Options& options, StageContext& ctx);
  void process_article(Article& article, StageContext& ctx) override;

 private:
  Cleaner cleaner_;
};

/// The stage's result object for one article:
/// {"removed": [{"text", "reason", "rule"}], "lines_removed", "chars_removed", "kept_whole",
///  "normalised": {"html_tags", "html_entities", "invisible", "invalid_utf8"}}.
/// With kept_whole, "removed" is empty and "withheld" lists what the rules would have removed.
Value result_value(const CleanResult& r, bool list_lines);

}  // namespace newspipe::clean
