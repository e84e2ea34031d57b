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
  // Jumps from mark to mark with find (memchr underneath) instead of looking at every byte.
  std::vector<QuoteSpan> out;
  constexpr std::string_view kParagraph = "\n\n";
  const auto npos = std::string_view::npos;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t straight = text.find('"', i);
    const std::size_t curly = text.find(kOpen, i);
    if (straight == npos && curly == npos) break;
    const bool is_curly = curly < straight;
    const std::size_t begin = is_curly ? curly + kOpen.size() : straight + 1;
    const std::size_t close = is_curly ? text.find(kClose, begin) : text.find('"', begin);
    const std::size_t paragraph_end = text.find(kParagraph, begin);
    if (close != npos && (paragraph_end == npos || close < paragraph_end)) {
      if (close > begin) out.push_back({begin, close});
      i = close + (is_curly ? kClose.size() : 1);
    } else {
      // Left open: the quote runs to the end of its paragraph.
      const std::size_t end = paragraph_end == npos ? text.size() : paragraph_end;
      if (end > begin) out.push_back({begin, end});
      i = end;
    }
  }
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
