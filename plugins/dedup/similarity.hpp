// The true similarity of two passages, checked for every candidate pair the LSH proposes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dedup {

/// Computes `similarity` and `containment` (below) for one passage against many candidates in a
/// row, as the stage does: the passage's own words are read once, and working space is kept
/// between calls. Not thread-safe: one checker per thread that judges.
class SimilarityChecker {
 public:
  /// (A convenience for one comparison; the stage uses a SimilarityChecker.)
  double similarity(std::string_view a, std::string_view b, double floor = 0.0);
  double containment(std::string_view a, std::string_view b, double floor = 0.0);

  struct Word {
    std::uint64_t hash;
    std::string_view text;
  };

 private:
  struct Comparison {
    std::size_t matched = 0, size_a = 0, size_b = 0;
  };
  template <class Enough>
  Comparison compare(std::string_view a, std::string_view b, bool content_only, Enough enough);

  // The distinct words of a text, with a small hash table over them.
  class WordSet {
   public:
    static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
    void assign(std::string_view text, bool content_only);
    const std::vector<Word>& words() const { return words_; }
    /// The index in words() of the word with this hash, or kAbsent.
    std::size_t find(std::uint64_t hash) const;

   private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    std::vector<Word> words_;
    std::vector<std::uint32_t> table_;
    std::size_t mask_ = 0;
  };

  WordSet a_, b_;
  std::vector<std::uint8_t> matched_;
  std::vector<Word> only_a_, only_b_;
  std::vector<bool> used_;
  // The words of the last `a`, keyed by content and address together: they are views into `a`,
  // valid only while they point at the same bytes (a later passage with equal text may sit in
  // other memory, and a freed one's memory may be reused for other text).
  std::uint64_t last_a_ = 0;
  const char* last_data_ = nullptr;
  bool last_content_only_ = false;
  bool cached_ = false;
};

/// Jaccard similarity of the two passages' word sets (normalised texts, words separated by single
/// spaces), where a word left over on one side also matches a word left over on the other that is
/// one typing slip away (one letter added, dropped, changed, or two neighbours swapped; words of
/// five letters or more, never numbers). Syndicated copy picks up typos; a sentence that only
/// shares a stock phrase with another shares few words and stays far below any useful threshold.
/// When the result is certain to be below `floor`, typing slips are not looked for and the result
/// is a lower bound.
/// (A convenience for one comparison; the stage uses a SimilarityChecker.)
double similarity(std::string_view a, std::string_view b, double floor = 0.0);

/// The share of `a`'s content words (function words left out, unless fewer than two remain) that
/// occur in `b`, typing slips forgiven as in `similarity`: 1.0 when `a` is a cut of `b`. Used for
/// quotes, which outlets cut to different lengths; "it is not going to" alone says nothing.
/// `floor` as for `similarity`.
double containment(std::string_view a, std::string_view b, double floor = 0.0);

/// Whether two words are one typing slip apart (see `similarity`).
bool one_slip_apart(std::string_view a, std::string_view b);

}  // namespace dedup
