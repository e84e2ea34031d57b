#include "similarity.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "minhash.hpp"
#include "normalize.hpp"

namespace dedup {

namespace {

struct Word {
  std::uint64_t hash;
  std::string_view text;
};

void words_of(std::string_view s, std::vector<Word>& out, bool content_only = false) {
  out.clear();
  std::size_t i = 0;
  while (i < s.size()) {
    // Words are short: a plain loop beats a call to memchr per word.
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) {
      const std::uint64_t h = hash_word(s.substr(i, j - i));
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

struct SetComparison {
  std::size_t matched = 0, size_a = 0, size_b = 0;
};

// `enough(matched, size_a, size_b)` says whether a match count would reach the caller's floor:
// typing slips, the slow part, are only looked for when they could make the difference.
template <class Enough>
static SetComparison compare_word_sets(std::string_view a, std::string_view b, bool content_only,
                                       Enough enough) {
  // One thread-local block (in a plugin loaded at run time each thread-local costs a call).
  struct Scratch {
    std::vector<Word> wa, wb;
    std::vector<std::string_view> only_a, only_b;
    // One passage is compared with many candidates in a row: its side is computed once. Keyed by
    // content and address together: the cached words are views into `a`, valid only while they
    // point at the same bytes (a later passage with equal text may sit in other memory, and a
    // freed one's memory may be reused for other text).
    std::uint64_t last_a = 0;
    const char* last_data = nullptr;
    bool last_content_only = false;
    bool cached = false;
  };
  thread_local Scratch scratch;
  auto& [wa, wb, only_a, only_b, last_a, last_data, last_content_only, cached] = scratch;
  const std::uint64_t key = fingerprint(a);
  if (!cached || key != last_a || a.data() != last_data || content_only != last_content_only) {
    words_of(a, wa, content_only);
    last_a = key, last_data = a.data(), last_content_only = content_only, cached = true;
  }
  words_of(b, wb, content_only);
  if (wa.empty() || wb.empty()) return {0, wa.size(), wb.size()};
  only_a.clear();
  only_b.clear();
  std::size_t i = 0, j = 0, common = 0;
  while (i < wa.size() && j < wb.size()) {
    if (wa[i].hash == wb[j].hash) {
      ++common, ++i, ++j;
    } else if (wa[i].hash < wb[j].hash) {
      only_a.push_back(wa[i++].text);
    } else {
      only_b.push_back(wb[j++].text);
    }
  }
  for (; i < wa.size(); ++i) only_a.push_back(wa[i].text);
  for (; j < wb.size(); ++j) only_b.push_back(wb[j].text);
  if (!enough(common + std::min(only_a.size(), only_b.size()), wa.size(), wb.size())) {
    return {common, wa.size(), wb.size()};
  }
  std::size_t slips = 0;
  std::vector<bool> used(only_b.size(), false);
  for (std::string_view x : only_a) {
    for (std::size_t k = 0; k < only_b.size(); ++k) {
      if (!used[k] && one_slip_apart(x, only_b[k])) {
        used[k] = true;
        ++slips;
        break;
      }
    }
  }
  return {common + slips, wa.size(), wb.size()};
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

double similarity(std::string_view a, std::string_view b, double floor) {
  const SetComparison c = compare_word_sets(
      a, b, false,
      [&](std::size_t m, std::size_t x, std::size_t y) { return jaccard(m, x, y) >= floor; });
  return jaccard(c.matched, c.size_a, c.size_b);
}

double containment(std::string_view a, std::string_view b, double floor) {
  auto enough = [&](std::size_t m, std::size_t x, std::size_t) { return share(m, x) >= floor; };
  SetComparison c = compare_word_sets(a, b, /*content_only=*/true, enough);
  if (c.size_a < 2) c = compare_word_sets(a, b, false, enough);
  return share(c.matched, c.size_a);
}

}  // namespace dedup
