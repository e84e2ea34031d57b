#include "similarity.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "minhash.hpp"
#include "normalize.hpp"

namespace dedup {

namespace {

using Word = SimilarityChecker::Word;

}  // namespace

void SimilarityChecker::WordSet::assign(std::string_view text, bool content_only) {
  words_.clear();
  // At most one word per two bytes; a table at most half full.
  std::size_t size = 16;
  while (size < text.size() + 2) size *= 2;
  table_.assign(size, kEmpty);
  mask_ = size - 1;
  std::size_t i = 0;
  while (i < text.size()) {
    // Words are short: a plain loop beats a call to memchr per word.
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) {
      // The same hash as hash_word (so that is_stop_word applies), inlined: this runs per word.
      const std::uint64_t h = XXH3_64bits(text.data() + i, j - i);
      if (!content_only || !is_stop_word(h)) {
        std::size_t k = static_cast<std::size_t>(h) & mask_;
        while (table_[k] != kEmpty && words_[table_[k]].hash != h) k = (k + 1) & mask_;
        if (table_[k] == kEmpty) {
          table_[k] = static_cast<std::uint32_t>(words_.size());
          words_.push_back({h, text.substr(i, j - i)});
        }
      }
    }
    i = j + 1;
  }
}

std::size_t SimilarityChecker::WordSet::find(std::uint64_t hash) const {
  for (std::size_t k = static_cast<std::size_t>(hash) & mask_;; k = (k + 1) & mask_) {
    if (table_[k] == kEmpty) return kAbsent;
    if (words_[table_[k]].hash == hash) return table_[k];
  }
}

namespace {

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr std::size_t kMinTypoWord = 5;

}  // namespace

bool one_slip_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < kMinTypoWord - 1 || b.size() - a.size() > 1) return false;
  if (b.size() < kMinTypoWord || has_digit(a) || has_digit(b)) return false;
  std::size_t p = 0;
  while (p < a.size() && a[p] == b[p]) ++p;
  if (a.size() == b.size()) {
    if (p == a.size()) return true;
    // One letter changed, or two neighbours swapped.
    if (a.substr(p + 1) == b.substr(p + 1)) return true;
    return p + 1 < a.size() && a[p] == b[p + 1] && a[p + 1] == b[p] &&
           a.substr(p + 2) == b.substr(p + 2);
  }
  // One letter added to the shorter word.
  return a.substr(p) == b.substr(p + 1);
}

// `enough(matched, size_a, size_b)` says whether a match count would reach the caller's floor:
// typing slips, the slow part, are only looked for when they could make the difference.
template <class Enough>
SimilarityChecker::Comparison SimilarityChecker::compare(std::string_view a, std::string_view b,
                                                         bool content_only, Enough enough) {
  const std::uint64_t key = fingerprint(a);
  if (!cached_ || key != last_a_ || a.data() != last_data_ || content_only != last_content_only_) {
    a_.assign(a, content_only);
    last_a_ = key, last_data_ = a.data(), last_content_only_ = content_only, cached_ = true;
  }
  b_.assign(b, content_only);
  const std::size_t size_a = a_.words().size(), size_b = b_.words().size();
  if (size_a == 0 || size_b == 0) return {0, size_a, size_b};
  // The words in common, each side's set looked up in the other's table: no sorting.
  matched_.assign(size_a, 0);
  only_b_.clear();
  std::size_t common = 0;
  for (const Word& w : b_.words()) {
    const std::size_t k = a_.find(w.hash);
    if (k == WordSet::kAbsent) {
      only_b_.push_back(w);
    } else {
      matched_[k] = 1;
      ++common;
    }
  }
  const std::size_t left_a = size_a - common;
  if (!enough(common + std::min(left_a, only_b_.size()), size_a, size_b)) {
    return {common, size_a, size_b};
  }
  only_a_.clear();
  for (std::size_t k = 0; k < size_a; ++k) {
    if (!matched_[k]) only_a_.push_back(a_.words()[k]);
  }
  // Pairs are matched greedily, in an order that does not depend on how the texts were worded.
  auto by_hash = [](const Word& x, const Word& y) { return x.hash < y.hash; };
  std::sort(only_a_.begin(), only_a_.end(), by_hash);
  std::sort(only_b_.begin(), only_b_.end(), by_hash);
  std::size_t slips = 0;
  used_.assign(only_b_.size(), false);
  for (const Word& x : only_a_) {
    for (std::size_t k = 0; k < only_b_.size(); ++k) {
      if (!used_[k] && one_slip_apart(x.text, only_b_[k].text)) {
        used_[k] = true;
        ++slips;
        break;
      }
    }
  }
  return {common + slips, size_a, size_b};
}

namespace {
double jaccard(std::size_t matched, std::size_t size_a, std::size_t size_b) {
  const std::size_t uni = size_a + size_b - matched;
  return uni == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(uni);
}
double share(std::size_t matched, std::size_t size_a) {
  return size_a == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(size_a);
}
}  // namespace

double SimilarityChecker::similarity(std::string_view a, std::string_view b, double floor) {
  const Comparison c = compare(a, b, false, [&](std::size_t m, std::size_t x, std::size_t y) {
    return jaccard(m, x, y) >= floor;
  });
  return jaccard(c.matched, c.size_a, c.size_b);
}

double SimilarityChecker::containment(std::string_view a, std::string_view b, double floor) {
  auto enough = [&](std::size_t m, std::size_t x, std::size_t) { return share(m, x) >= floor; };
  Comparison c = compare(a, b, /*content_only=*/true, enough);
  if (c.size_a < 2) c = compare(a, b, false, enough);
  return share(c.matched, c.size_a);
}

double similarity(std::string_view a, std::string_view b, double floor) {
  return SimilarityChecker().similarity(a, b, floor);
}

double containment(std::string_view a, std::string_view b, double floor) {
  return SimilarityChecker().containment(a, b, floor);
}

}  // namespace dedup
