#include "minhash.hpp"

#include <algorithm>
#include <bit>
#include <iterator>
#include <limits>
#include <string_view>

#include "normalize.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dedup {

namespace {

// Optimal densification: an empty bin takes the value of the first filled bin on its own
// pseudo-random probe sequence, the same sequence for every set.
int probe(int bin, std::uint64_t attempt) {
  return static_cast<int>(fmix64((static_cast<std::uint64_t>(bin) << 32) | attempt) % kBins);
}
int first_filled_on_probe(int bin, unsigned filled) {
  for (std::uint64_t attempt = 1;; ++attempt) {
    const int from = probe(bin, attempt);
    if ((filled >> from) & 1u) return from;
  }
}

// Where each bin takes its value from, for every set of filled bins: following the probe
// sequences per passage was a chain of unpredictable branches; this is one load per bin
// (4096 x 12 bytes, built once when the plugin is loaded).
using SourceTable = std::array<std::array<std::uint8_t, kBins>, 1u << kBins>;
const SourceTable kSources = [] {
  SourceTable t{};
  for (unsigned filled = 1; filled < (1u << kBins); ++filled) {
    for (int b = 0; b < kBins; ++b) {
      t[filled][b] =
          static_cast<std::uint8_t>((filled >> b) & 1u ? b : first_filled_on_probe(b, filled));
    }
  }
  return t;
}();

}  // namespace

StopWords::StopWords() {
  static constexpr std::string_view kWords[] = {
      "a",   "an",   "the",   "and",   "or",   "but",   "of",    "to",   "in",   "on",
      "at",  "by",   "for",   "with",  "from", "as",    "is",    "was",  "are",  "were",
      "be",  "been", "has",   "have",  "had",  "it",    "its",   "that", "this", "which",
      "who", "he",   "she",   "they",  "we",   "i",     "you",   "his",  "her",  "their",
      "our", "not",  "will",  "would", "said", "says",  "say",   "told", "also", "mr",
      "mrs", "ms",   "there", "than",  "into", "about", "after", "up",   "out",  "more",
      "if",  "can",  "could", "do",    "did",  "so",    "all",   "new",  "one",  "him"};
  static_assert(std::all_of(std::begin(kWords), std::end(kWords),
                            [](std::string_view w) { return w.size() <= kLongestStopWord; }),
                "normalize_passage only looks up words this short");
  for (auto w : kWords) {
    const std::uint64_t h = hash_word(w);
    std::size_t i = slot(h);
    while (table_[i] != 0) i = (i + 1) & (kSize - 1);
    table_[i] = h;
    const std::size_t bit = static_cast<std::size_t>(h) & (kFilterBits - 1);
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

namespace {

#if defined(__SSE2__)
// The bins' minima in three registers. Kept in memory, each shingle's load of its bin had to wait
// for the stores of the shingles before it, whose bins are known only once their hashes are; the
// processor guesses past them and starts over when a guess was wrong. Values are stored with
// their top bit flipped, so that SSE2's signed compares order them as unsigned numbers.
class BinMinima {
 public:
  explicit BinMinima(const std::array<std::uint32_t, kBins>& bins) {
    for (std::size_t k = 0; k < 3; ++k) {
      minima_[k] = _mm_xor_si128(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(bins.data() + 4 * k)), flip());
    }
  }
  void offer(unsigned bin, std::uint32_t value) {
    const __m128i v = _mm_set1_epi32(static_cast<int>(value ^ 0x80000000u));
    const __m128i at = _mm_set1_epi32(static_cast<int>(bin));
    for (int k = 0; k < 3; ++k) {
      const __m128i lanes = _mm_setr_epi32(4 * k, (4 * k) + 1, (4 * k) + 2, (4 * k) + 3);
      const __m128i lower =
          _mm_and_si128(_mm_cmpeq_epi32(lanes, at), _mm_cmpgt_epi32(minima_[k], v));
      minima_[k] = _mm_xor_si128(minima_[k], _mm_and_si128(_mm_xor_si128(minima_[k], v), lower));
    }
  }
  void store(std::array<std::uint32_t, kBins>& bins) const {
    for (std::size_t k = 0; k < 3; ++k) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(bins.data() + 4 * k),
                       _mm_xor_si128(minima_[k], flip()));
    }
  }

 private:
  static __m128i flip() { return _mm_set1_epi32(static_cast<int>(0x80000000u)); }
  static_assert(kBins == 12, "three registers of four bins");
  __m128i minima_[3];
};
#else
class BinMinima {
 public:
  explicit BinMinima(const std::array<std::uint32_t, kBins>& bins) : bins_(bins) {}
  void offer(unsigned bin, std::uint32_t value) { bins_[bin] = std::min(bins_[bin], value); }
  void store(std::array<std::uint32_t, kBins>& bins) const { bins = bins_; }

 private:
  std::array<std::uint32_t, kBins> bins_;
};
#endif

}  // namespace

void SignatureBuilder::add_word_pairs(std::span<const std::uint64_t> words,
                                      std::span<const std::uint8_t> stop) {
  // The bins and the filled mask in locals: through the members every shingle waited on the
  // previous one's store.
  BinMinima bins(bins_);
  unsigned filled = filled_;
  auto add_one = [&](std::uint64_t shingle, unsigned keep) {
    const std::uint64_t h = fmix64(shingle);
    // Through a 32-bit number: the remainder is then one multiplication by a 32-bit constant.
    const unsigned bin = static_cast<std::uint32_t>(h >> 32) % kBins;
    filled |= keep << bin;
    // A dropped pair offers the largest value, which changes no minimum.
    bins.offer(bin, keep ? static_cast<std::uint32_t>(h) : kEmptyBin);
  };
  // No branch on the function-word test: it goes either way at random, and a mispredicted
  // branch per word pair was most of this loop's cost.
  unsigned any_pair = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const unsigned keep = (stop[i] & stop[i + 1]) ^ 1u;
    add_one(words[i] * 0x9e3779b97f4a7c15ULL ^ (words[i + 1] + 0x632be59bd9b4e019ULL), keep);
    any_pair |= keep;
  }
  if (!any_pair) {
    for (std::uint64_t word : words) add_one(word, 1);
  }
  bins.store(bins_);
  filled_ = static_cast<std::uint16_t>(filled);
}

Signature SignatureBuilder::finish() const {
  Signature dense;
  dense.filled = filled_;
  if (filled_ == 0) {
    dense.bins = bins_;
    return dense;
  }
  const auto& from = kSources[filled_];
  for (int b = 0; b < kBins; ++b) dense.bins[b] = bins_[from[b]];
  return dense;
}

Signature signature(std::span<const std::uint64_t> shingles) {
  SignatureBuilder builder;
  for (std::uint64_t s : shingles) builder.add(s);
  return builder.finish();
}

namespace {
// std::popcount is a library call on the baseline x86-64 this builds for; masks here have 12 bits.
inline int bit_count(unsigned v) {
  v = v - ((v >> 1) & 0x5555u);
  v = (v & 0x3333u) + ((v >> 2) & 0x3333u);
  v = (v + (v >> 4)) & 0x0f0fu;
  return static_cast<int>((v + (v >> 8)) & 0x1fu);
}
}  // namespace

double estimated_similarity(const Signature& a, const Signature& b) {
  const unsigned both = a.filled & b.filled;
  const unsigned either = a.filled | b.filled;
  if (either == 0) return 1.0;  // two passages without shingles
  // A mask of equal bins, built without branches (the compiler turns this into a vector compare).
  unsigned equal = 0;
  for (int i = 0; i < kBins; ++i) equal |= static_cast<unsigned>(a.bins[i] == b.bins[i]) << i;
  return static_cast<double>(bit_count(equal & both)) / bit_count(either);
}

BandKeys band_keys(const Signature& signature) {
  BandKeys keys;
  for (int band = 0; band < kBands; ++band) {
    // A band made only of densified copies would stand for a single shingle of the passage (both
    // rows copied from one bin): it would put passages sharing one word pair in one bucket.
    const unsigned rows = (signature.filled >> (band * kRowsPerBand)) & ((1u << kRowsPerBand) - 1);
    if (rows == 0) {
      keys[band] = kNoBand;
      continue;
    }
    std::uint64_t v = static_cast<std::uint64_t>(band + 1) * 0x9e3779b97f4a7c15ULL;
    for (int r = 0; r < kRowsPerBand; ++r) {
      v = fmix64(v ^ signature.bins[band * kRowsPerBand + r]) + static_cast<std::uint64_t>(r);
    }
    keys[band] = v == kNoBand ? 1 : v;
  }
  return keys;
}

}  // namespace dedup
