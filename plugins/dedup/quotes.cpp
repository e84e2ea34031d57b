#include "quotes.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>

#include "minhash.hpp"
#include "normalize.hpp"

namespace dedup {

namespace {
constexpr std::string_view kOpen = "\u201c";
constexpr std::string_view kClose = "\u201d";
}  // namespace

std::vector<QuoteSpan> find_quotes(std::string_view text) {
  std::vector<QuoteSpan> out;
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool open = false;
  bool curly = false;
  std::size_t begin = 0;
  auto close_at = [&](std::size_t end) {
    if (end > begin) out.push_back({begin, end});
    open = false;
  };
  while (i < n) {
    const char c = text[i];
    // Only a line break, a straight quote or the lead byte of a curly quote can matter.
    if (c != '\n' && c != '"' && c != '\xe2') {
      ++i;
      continue;
    }
    if (c == '\n' && i + 1 < n && text[i + 1] == '\n') {
      if (open) close_at(i);
      i += 2;
      continue;
    }
    if (c == '"') {
      if (open && !curly) {
        close_at(i);
      } else if (!open) {
        open = true, curly = false, begin = i + 1;
      }
      ++i;
      continue;
    }
    if (text.compare(i, kOpen.size(), kOpen) == 0) {
      if (!open) open = true, curly = true, begin = i + kOpen.size();
      i += kOpen.size();
      continue;
    }
    if (text.compare(i, kClose.size(), kClose) == 0) {
      if (open && curly) close_at(i);
      i += kClose.size();
      continue;
    }
    ++i;
  }
  if (open) close_at(n);
  return out;
}

std::vector<std::uint64_t> word_runs(const std::vector<std::uint64_t>& words) {
  std::vector<std::uint64_t> out;
  if (words.size() < kQuoteRunWords) return out;
  out.reserve(words.size() - kQuoteRunWords + 1);
  for (std::size_t i = 0; i + kQuoteRunWords <= words.size(); ++i) {
    out.push_back(XXH3_64bits_withSeed(words.data() + i, kQuoteRunWords * sizeof(std::uint64_t),
                                       0x51ed270b27a1f0c3ULL));
  }
  return out;
}

std::vector<std::string> telling_clauses(std::string_view quote) {
  std::vector<std::string> out;
  NormalizedPassage scratch;
  auto take = [&](std::size_t b, std::size_t e) {
    if (e <= b) return;
    normalize_passage(quote.substr(b, e - b), scratch);
    if (scratch.words.size() < kTellingClauseWords) return;
    const auto content = std::count_if(scratch.words.begin(), scratch.words.end(),
                                       [](std::uint64_t w) { return !is_stop_word(w); });
    if (content >= 2) out.push_back(scratch.text);
  };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t start = 0;
  for (std::size_t i = 0; i < quote.size(); ++i) {
    const char c = quote[i];
    std::size_t width = 0;
    if (c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')') {
      width = 1;
    } else if (c == ',' || c == '.') {
      const bool in_number =
          i > 0 && i + 1 < quote.size() && is_digit(quote[i - 1]) && is_digit(quote[i + 1]);
      width = in_number ? 0 : 1;
    } else if (quote.compare(i, 3, "\u2014") == 0 || quote.compare(i, 3, "\u2013") == 0) {
      width = 3;
    } else if (c == '-' && i > 0 && quote[i - 1] == ' ') {
      width = 1;
    }
    if (width == 0) continue;
    take(start, i);
    start = i + width;
    i += width - 1;
  }
  take(start, quote.size());
  return out;
}

bool contains_clause(std::string_view text, std::string_view clause) {
  for (std::size_t at = text.find(clause); at != std::string_view::npos;
       at = text.find(clause, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const std::size_t end = at + clause.size();
    const bool ends = end == text.size() || text[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace dedup
