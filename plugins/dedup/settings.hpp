// The dedup stage's options, declared once for `newspipe describe` and read into a struct.
#pragma once

#include <cstdint>
#include <vector>

#include "newspipe/options.hpp"
#include "passages.hpp"

namespace dedup {

enum class Mode { Drop, Mark };

struct Settings {
  Mode mode = Mode::Drop;
  Unit unit = Unit::Sentence;
  int min_words = 5;
  double threshold = 0.8;
  bool within_article = true;
  bool across_run = true;
  bool across_runs = true;
  bool read_only = false;
  std::int64_t retention_days = 30;
  double whole_article_share = 0.8;
  bool quotes = true;
  double quote_overlap = 0.7;
};

/// The option declarations (names, types, defaults, docs, ranges).
std::vector<newspipe::OptionSpec> option_specs();

/// Reads checked options into Settings.
Settings read_settings(const newspipe::Options& options);

}  // namespace dedup
