// The dedup stage: finds passages that repeat an earlier one (in the same article, earlier in the
// run, or on an earlier run) and drops or marks them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "history_index.hpp"
#include "newspipe/sdk.hpp"
#include "normalize.hpp"
#include "run_index.hpp"
#include "settings.hpp"
#include "similarity.hpp"

namespace dedup {

/// Where a repeated passage was seen first.
struct Origin {
  std::string article;
  std::string run;
  double similarity = 0.0;
};

/// A passage of an article, prepared for comparison (computed in parallel, compared in order).
struct PreparedPassage {
  std::size_t begin = 0;  // byte range in the text (unused for the title)
  std::size_t end = 0;
  bool is_title = false;
  bool eligible = false;  // has at least min_words words
  std::uint32_t words = 0;
  std::uint64_t fingerprint = 0;
  Signature signature{};
  BandKeys keys{};
  // The normalised text, in the article's arena (one allocation per article, not per passage).
  std::uint32_t normalized_offset = 0;
  std::uint32_t normalized_length = 0;
};

/// A quotation of an article, prepared for comparison.
struct PreparedQuote {
  std::size_t begin = 0;  // byte range in the text, quotation marks excluded
  std::size_t end = 0;
  std::uint32_t words = 0;
  std::string normalized;
  std::vector<std::string> clauses;  // see telling_clauses
  std::vector<std::uint64_t> runs;   // hashes of its runs of consecutive words
};

struct PreparedArticle {
  std::vector<PreparedPassage> passages;
  std::vector<PreparedQuote> quotes;
  std::string normalized;  // the passages' normalised texts, one after the other

  std::string_view text_of(const PreparedPassage& p) const {
    return std::string_view(normalized).substr(p.normalized_offset, p.normalized_length);
  }
};

struct ArticleVerdict {
  struct Repeat {
    std::size_t begin, end;
    Origin origin;
    bool quote = false;  // a quotation found on its own, inside a sentence that may be new
  };
  std::vector<Repeat> repeats;
  std::string duplicate_of;  // empty: not a whole duplicate
};

class DedupStage : public newspipe::Stage {
 public:
  DedupStage(const newspipe::Options& options, newspipe::StageContext& ctx);
  DedupStage(const Settings& settings, newspipe::StageContext& ctx);

  void process_batch(newspipe::Batch& batch, newspipe::StageContext& ctx) override;
  void finish(newspipe::StageContext& ctx) override;

  /// Cuts an article into passages and computes their comparison forms into `prepared`, reusing
  /// its buffers (thread-safe for distinct `prepared`).
  void prepare(const newspipe::Article& article, PreparedArticle& prepared) const;

  const RunIndex& run_index() const { return run_; }

 private:
  /// `next`: the article judged after this one, if any (its first lookups are started early).
  ArticleVerdict judge(const newspipe::Article& article, PreparedArticle& prepared,
                       const PreparedArticle* next, const std::string& run_id);
  bool best_quote_match(const PreparedQuote& q, std::uint32_t article, const std::string& run_id,
                        Origin& origin);
  bool best_match(const PreparedPassage& p, std::string_view normalized, std::uint32_t article,
                  const std::string& run_id, Origin& origin);
  void write_result(newspipe::Article& article, const ArticleVerdict& verdict,
                    const std::string& stage_name) const;

  Settings settings_;
  RunIndex run_;
  QuoteIndex quotes_;
  std::unique_ptr<HistoryIndex> history_;
  std::int64_t day_ = 0;
  std::vector<PreparedArticle> prepared_;  // one per article of a batch, reused
  std::vector<std::uint32_t> run_candidates_;
  SimilarityChecker similar_;  // decisions are made on one thread: one checker
  std::int64_t checked_ = 0;   // candidate pairs whose true similarity was computed
  std::vector<std::int64_t> history_candidates_;
};

/// Days since 1970-01-01 (UTC) now: the day a run is recorded under in the cross-run index.
std::int64_t today();

}  // namespace dedup
