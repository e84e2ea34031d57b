// MinHash signatures and LSH band keys, for finding near-duplicate candidates without comparing
// every pair.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace dedup {

/// Signature layout. Changing these invalidates a stored cross-run index (its meta table records
/// them and a mismatch is reported).
inline constexpr int kBins = 12;        // one-permutation MinHash bins
inline constexpr int kRowsPerBand = 2;  // bins per band
inline constexpr int kBands = kBins / kRowsPerBand;

/// Band keys: two passages whose shingle sets have Jaccard similarity J share at least one key
/// with probability 1 - (1 - J^2)^8 (0.97 at J = 0.6, 0.9996 at J = 0.8).
using BandKeys = std::array<std::uint64_t, kBands>;

/// A MinHash signature: one minimum per bin (empty bins densified from filled ones, so that band
/// keys exist for short passages), and which bins were filled by the passage's own shingles.
struct Signature {
  std::array<std::uint32_t, kBins> bins{};
  std::uint16_t filled = 0;
  friend bool operator==(const Signature&, const Signature&) = default;
};
static_assert(kBins <= 16, "the filled mask has 16 bits");

/// MurmurHash3's 64-bit finaliser: spreads a shingle's hash over all bits before it is binned.
inline std::uint64_t fmix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

/// Builds a signature one shingle at a time, so that callers need not collect the shingles first.
class SignatureBuilder {
 public:
  SignatureBuilder() { bins_.fill(kEmptyBin); }
  // Inline: called for every word pair of every passage.
  void add(std::uint64_t shingle) {
    const std::uint64_t h = fmix64(shingle);
    const auto bin = static_cast<unsigned>((h >> 32) % kBins);
    filled_ = static_cast<std::uint16_t>(filled_ | (1u << bin));
    bins_[bin] = std::min(bins_[bin], static_cast<std::uint32_t>(h));
  }
  /// Adds the word-pair shingles of a passage: pairs of neighbouring words with at least one
  /// content word (`stop[i]`: word i is a function word). Pairs are far more specific than single
  /// words (unrelated sentences share "government" and "year", rarely "government year"), and
  /// pairs of function words ("of the") say nothing. Without such a pair, the words themselves.
  void add_word_pairs(std::span<const std::uint64_t> words, std::span<const std::uint8_t> stop);
  bool empty() const { return filled_ == 0; }
  /// The signature of the shingles added so far, densified.
  Signature finish() const;

 private:
  static constexpr std::uint32_t kEmptyBin = 0xffffffffu;
  std::array<std::uint32_t, kBins> bins_;
  std::uint16_t filled_ = 0;
};

/// One-permutation MinHash with optimal densification (Shrivastava, 2017) over a set of shingle
/// hashes: one pass over the shingles instead of one per hash function, which is what keeps the
/// stage fast; densification keeps it a proper LSH for short passages whose bins are mostly empty.
/// `shingles` may hold repeats.
Signature signature(std::span<const std::uint64_t> shingles);

/// The LSH band keys of a signature; kNoBand for a band that has only densified rows.
inline constexpr std::uint64_t kNoBand = 0;
BandKeys band_keys(const Signature& signature);
inline BandKeys band_keys(std::span<const std::uint64_t> shingles) {
  return band_keys(signature(shingles));
}

/// The share of equal bins among those filled in either signature (densified copies would make
/// sparse passages look alike): an estimate of the Jaccard similarity of the two shingle sets,
/// cheap enough to screen every LSH candidate before the true similarity is computed.
double estimated_similarity(const Signature& a, const Signature& b);

/// The function words' hashes in a small open-addressing table: asked for every short word.
class StopWords {
 public:
  StopWords();
  bool contains(std::uint64_t h) const {
    // Most words are not function words: a one-bit-per-bucket filter answers them with one load.
    const std::size_t bit = static_cast<std::size_t>(h) & (kFilterBits - 1);
    if (!((filter_[bit / 64] >> (bit % 64)) & 1u)) return false;
    for (std::size_t i = slot(h);; i = (i + 1) & (kSize - 1)) {
      if (table_[i] == h) return true;
      if (table_[i] == 0) return false;
    }
  }

 private:
  static constexpr std::size_t kSize = 256;
  static std::size_t slot(std::uint64_t h) { return static_cast<std::size_t>(h >> 56); }
  static constexpr std::size_t kFilterBits = 4096;
  std::array<std::uint64_t, kSize> table_{};
  std::array<std::uint64_t, kFilterBits / 64> filter_{};
};
/// Built once when the plugin is loaded, read-only after: inline, so that the per-word lookup
/// needs no call and no guard.
inline const StopWords kStopWords;

/// Whether `word` (a hash from hash_word) is a function word left out of the shingle set: "the",
/// "said" and the like would otherwise put unrelated sentences in the same LSH bucket.
inline bool is_stop_word(std::uint64_t word) { return kStopWords.contains(word); }
/// No function word in that list is longer than this many bytes.
inline constexpr std::size_t kLongestStopWord = 5;

}  // namespace dedup
