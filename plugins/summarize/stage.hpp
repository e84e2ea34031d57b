// The summarize stage: its self-description, its options and the per-article work.
#pragma once

#include "newspipe/sdk.hpp"
#include "summarizer.hpp"

namespace newspipe::summarize {

/// Name, version, options and access flags of the summarize plugin.
PluginInfo summarize_info();

/// Turns the checked stage options into summariser options. Throws std::invalid_argument for
/// combinations the per-option checks cannot catch (a word budget and a share both set).
SummaryOptions summary_options_from(const Options& options);

/// Writes `{"sentences": [{"start", "end", "text"}]}` under the stage's name, offsets in code
/// points into the article's text.
class SummarizeStage : public Stage {
 public:
  SummarizeStage(const Options& options, StageContext& ctx);
  void process_article(Article& article, StageContext& ctx) override;

 private:
  SummaryOptions options_;
};

}  // namespace newspipe::summarize
