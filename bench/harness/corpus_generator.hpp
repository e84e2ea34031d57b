// Writes a synthetic corpus of news-sized articles (300 to 1,500 words) as JSONL: sentences built
// from a fixed vocabulary with places, quotes that recur across articles, and scraping debris, so
// that every stage has realistic work. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <string>

namespace newspipe::bench {

struct CorpusStats {
  std::uint64_t articles = 0;
  std::uint64_t bytes = 0;
};

/// Writes at least `target_bytes` of JSONL to `path`.
CorpusStats write_corpus(const std::string& path, std::uint64_t target_bytes,
                         std::uint64_t seed = 42);

}  // namespace newspipe::bench
