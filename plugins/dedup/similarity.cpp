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

void words_of(std::string_view s, std::vector<Word>& out, bool content_only = false) {
  out.clear();
  std::size_t i = 0;
  while (i < s.size()) {
    // Words are short: a plain loop beats a call to memchr per word.
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) {
      // The same hash as hash_word (so that is_stop_word applies), inlined: this runs per word.
      const std::uint64_t h = XXH3_64bits(s.data() + i, j - i);
      if (!content_only || !is_stop_word(h)) out.push_back({h, s.substr(i, j - i)});
    }
    i = j + 1;
  }
  std::sort(out.begin(), out.end(), [](const Word& x, const Word& y) { return x.hash < y.hash; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Word& x, const Word& y) { return x.hash == y.hash; }),
            out.end());
}

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
    words_of(a, wa_, content_only);
    last_a_ = key, last_data_ = a.data(), last_content_only_ = content_only, cached_ = true;
  }
  words_of(b, wb_, content_only);
  if (wa_.empty() || wb_.empty()) return {0, wa_.size(), wb_.size()};
  only_a_.clear();
  only_b_.clear();
  std::size_t i = 0, j = 0, common = 0;
  while (i < wa_.size() && j < wb_.size()) {
    if (wa_[i].hash == wb_[j].hash) {
      ++common, ++i, ++j;
    } else if (wa_[i].hash < wb_[j].hash) {
      only_a_.push_back(wa_[i++].text);
    } else {
      only_b_.push_back(wb_[j++].text);
    }
  }
  for (; i < wa_.size(); ++i) only_a_.push_back(wa_[i].text);
  for (; j < wb_.size(); ++j) only_b_.push_back(wb_[j].text);
  if (!enough(common + std::min(only_a_.size(), only_b_.size()), wa_.size(), wb_.size())) {
    return {common, wa_.size(), wb_.size()};
  }
  std::size_t slips = 0;
  used_.assign(only_b_.size(), false);
  for (std::string_view x : only_a_) {
    for (std::size_t k = 0; k < only_b_.size(); ++k) {
      if (!used_[k] && one_slip_apart(x, only_b_[k])) {
        used_[k] = true;
        ++slips;
        break;
      }
    }
  }
  return {common + slips, wa_.size(), wb_.size()};
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
