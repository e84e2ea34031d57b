// readtime: counts an article's words and estimates how long it takes to read, for digests that
// show "4 min read" and for filtering out briefs.
#pragma once

#include <cstdint>

#include "newspipe/sdk.hpp"

namespace readtime {

/// The plugin's self-description: name, version, options, what it reads and writes.
newspipe::PluginInfo info();

class ReadTimeStage : public newspipe::Stage {
 public:
  ReadTimeStage(const newspipe::Options& options, newspipe::StageContext& ctx);
  void process_article(newspipe::Article& article, newspipe::StageContext& ctx) override;

 private:
  std::int64_t words_per_minute_;
  bool count_title_;
  std::int64_t short_below_;
};

}  // namespace readtime
