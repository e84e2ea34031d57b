#include "line_shape.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <utf8proc.h>

#include "newspipe/text/utf8.hpp"

namespace newspipe::clean {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Sorted for binary search. Words that glue English prose together and that headlines, labels
// and menus mostly leave out.
constexpr std::array<std::string_view, 122> kFunctionWords = {
    "a",     "about",   "after",  "against", "all",    "also",  "although", "am",    "an",
    "and",   "any",     "are",    "as",      "at",     "be",    "because",  "been",  "before",
    "being", "between", "both",   "but",     "by",     "can",   "could",    "did",   "do",
    "does",  "during",  "each",   "either",  "even",   "for",   "from",     "had",   "has",
    "have",  "having",  "he",     "her",     "here",   "hers",  "him",      "his",   "how",
    "i",     "if",      "in",     "into",    "is",     "it",    "its",      "just",  "may",
    "me",    "might",   "more",   "most",    "much",   "must",  "my",       "no",    "nor",
    "not",   "of",      "on",     "only",    "or",     "other", "our",      "out",   "over",
    "said",  "says",    "shall",  "she",     "should", "since", "so",       "some",  "such",
    "than",  "that",    "the",    "their",   "them",   "then",  "there",    "these", "they",
    "this",  "those",   "though", "through", "to",     "told",  "too",      "under", "until",
    "up",    "upon",    "us",     "very",    "was",    "we",    "were",     "what",  "when",
    "where", "whether", "which",  "while",   "who",    "whom",  "whose",    "why",   "will",
    "with",  "would",   "yet",    "you",     "your",
};

bool is_closing(unsigned char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// Multi-byte closing quotes: ’ ” » (UTF-8).
std::size_t closing_suffix(std::string_view s) {
  std::size_t n = s.size();
  while (n > 0) {
    const auto c = static_cast<unsigned char>(s[n - 1]);
    if (is_closing(c) || c == ' ') {
      --n;
      continue;
    }
    if (n >= 3 && static_cast<unsigned char>(s[n - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[n - 2]) == 0x80 &&
        (c == 0x99 || c == 0x9D || c == 0xBA)) {  // ’ ” ›
      n -= 3;
      continue;
    }
    if (n >= 2 && static_cast<unsigned char>(s[n - 2]) == 0xC2 && c == 0xBB) {  // »
      n -= 2;
      continue;
    }
    break;
  }
  return n;
}

bool is_separator_token(std::string_view t) {
  return t == "|" || t == ">" || t == "/" || t == "\xC2\xBB" /* » */ ||
         t == "\xE2\x80\xA2" /* • */ || t == "\xC2\xB7" /* · */ || t == "\xE2\x80\xBA" /* › */ ||
         t == "\xE2\x96\xBA" /* ► */;
}

// Words of up to 8 letters packed into an integer: looking one up is a few integer compares.
std::uint64_t pack_word(std::string_view w) {
  std::uint64_t v = 0;
  for (char c : w) v = (v << 8) | static_cast<unsigned char>(c);
  return v;
}

const std::array<std::uint64_t, kFunctionWords.size()>& packed_function_words() {
  static const auto table = [] {
    std::array<std::uint64_t, kFunctionWords.size()> t{};
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = pack_word(kFunctionWords[i]);
    std::sort(t.begin(), t.end());
    return t;
  }();
  return table;
}

bool is_ascii_alnum(unsigned char c) { return is_upper(c) || is_lower(c) || is_digit(c); }
unsigned char lower(unsigned char c) {
  return is_upper(c) ? static_cast<unsigned char>(c + 32) : c;
}

// A word's bit in a line signature, from its first two letters, last letter and length after
// trimming punctuation: constant work per word, and the same for "cookies," and "Cookies".
std::uint64_t word_bit(std::string_view tok) {
  std::size_t b = 0, e = tok.size();
  while (b < e && !is_ascii_alnum(static_cast<unsigned char>(tok[b]))) ++b;
  while (e > b && !is_ascii_alnum(static_cast<unsigned char>(tok[e - 1]))) --e;
  if (b == e) return 0;
  const std::uint64_t len = e - b;
  const std::uint64_t c0 = lower(static_cast<unsigned char>(tok[b]));
  const std::uint64_t c1 = len > 1 ? lower(static_cast<unsigned char>(tok[b + 1])) : 0;
  const std::uint64_t c2 = lower(static_cast<unsigned char>(tok[e - 1]));
  const std::uint64_t h = (c0 * 0x9E3779B97F4A7C15ull) ^ (c1 * 0xC2B2AE3D27D4EB4Full) ^
                          (c2 * 0x165667B19E3779F9ull) ^ (len * 0x27D4EB2F165667C5ull);
  return 1ull << ((h * 0x9E3779B97F4A7C15ull) >> 58);
}

}  // namespace

bool is_function_word(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  const auto& t = packed_function_words();
  return std::binary_search(t.begin(), t.end(), pack_word(word));
}

namespace {

// The full per-word analysis of `line`.
LineShape measure_all_words(std::string_view line) {
  LineShape s;
  s.bytes = static_cast<int>(line.size());
  std::size_t i = 0;
  const std::size_t n = line.size();
  bool first_word = true;
  char lower_buf[24];
  while (i < n) {
    while (i < n && line[i] == ' ') ++i;
    if (i >= n) break;
    std::size_t j = i;
    while (j < n && line[j] != ' ') ++j;
    const std::string_view tok = line.substr(i, j - i);
    i = j;
    int letters = 0, uppers = 0, digits = 0;
    std::size_t lb = 0;
    bool lb_ok = true;
    unsigned char first_alpha = 0;
    for (std::size_t b = 0; b < tok.size(); ++b) {
      const auto c = static_cast<unsigned char>(tok[b]);
      if (is_upper(c) || is_lower(c)) {
        ++letters;
        if (!first_alpha) first_alpha = c;
        if (is_upper(c)) ++uppers;
        if (lb < sizeof lower_buf)
          lower_buf[lb++] = static_cast<char>(is_upper(c) ? c + 32 : c);
        else
          lb_ok = false;
      } else if (is_digit(c)) {
        ++digits;
        lb_ok = false;
      } else if (c >= 0xC0) {
        // A non-ASCII character: a letter, a digit or a symbol, as Unicode says.
        std::size_t pos = b;
        const char32_t cp = text::decode_utf8(tok, pos);
        b = pos - 1;
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
          ++letters;
          if (cat == UTF8PROC_CATEGORY_LU) ++uppers;
          if (!first_alpha) first_alpha = cat == UTF8PROC_CATEGORY_LU ? 'A' : 'a';
        } else if (cat == UTF8PROC_CATEGORY_ND) {
          ++digits;
        }
        if (lb > 0) lb_ok = false;  // "’s" and friends end the ASCII word
      } else if (c == '\'' && lb > 0) {
        lb_ok = false;
      }
    }
    if (tok.size() <= 3 && is_separator_token(tok)) ++s.separators;
    if (letters == 0 && digits == 0) {
      first_word = false;
      continue;
    }
    ++s.words;
    if (letters > 0) ++s.letter_words;
    if (digits > letters) ++s.numeric;
    if (digits > 0) s.has_digit = true;
    if (first_alpha && is_upper(first_alpha)) ++s.capitalised;
    if (uppers >= 2 && uppers == letters) ++s.all_caps;
    s.signature |= word_bit(tok);
    // Three function words settle whether a line is prose; more lookups would only cost time.
    if (s.function_words < 3 && lb_ok && lb > 0 && lb <= 8 && digits == 0 &&
        is_function_word(std::string_view(lower_buf, lb))) {
      ++s.function_words;
    }
    if (first_word) {
      // The first letter or digit decides how the line starts ("'Quote" starts upper).
      for (unsigned char c : tok) {
        if (is_upper(c) || is_digit(c) || (c >= 0xC0 && first_alpha && first_alpha < 'a')) {
          s.starts_upper = true;
          break;
        }
        if (is_lower(c)) {
          s.starts_lower = true;
          break;
        }
      }
      first_word = false;
    }
    // Sentence ends inside the line: a token ending in . ! ? (before closing quotes). Most words
    // end in a letter, which settles it without a closer look.
    const auto tail = static_cast<unsigned char>(tok.back());
    if (is_lower(tail) || is_upper(tail) || is_digit(tail) || tail == ',') continue;
    const std::size_t core = closing_suffix(tok);
    if (core > 0) {
      const char last = tok[core - 1];
      const bool ellipsis = core >= 3 && tok.substr(core - 3, 3) == "\xE2\x80\xA6";
      if (last == '.' || last == '!' || last == '?' || ellipsis) ++s.sentence_ends;
    }
  }
  const std::size_t core = closing_suffix(line);
  if (core > 0) {
    const char last = line[core - 1];
    const bool ellipsis = core >= 3 && line.substr(core - 3, 3) == "\xE2\x80\xA6";
    s.ends_period = last == '.';
    s.ends_question = last == '?';
    s.ends_terminal = last == '.' || last == '!' || last == '?' || ellipsis;
    s.ends_colon = last == ':';
    s.ends_comma = last == ',' || last == ';';
  }
  return s;
}

}  // namespace

// Phrase rules that look inside lines stop at this many words: longer lines need no signature.
constexpr int kSignedWords = 24;

LineShape measure_line(std::string_view line) {
  // Long lines are prose or, rarely, debris recognised by how they start or end: measure the
  // first words fully and only count and sign the rest. This is most of the text, so it matters.
  constexpr std::size_t kFull = 160, kHead = 48;
  if (line.size() <= kFull) return measure_all_words(line);
  const std::size_t cut = line.find(' ', kHead);
  if (cut == std::string_view::npos) return measure_all_words(line);
  LineShape s = measure_all_words(line.substr(0, cut));
  if (s.function_words == 0) return measure_all_words(line);
  const LineShape end = measure_all_words(line.substr(line.rfind(' ') + 1));
  s.bytes = static_cast<int>(line.size());
  // Lines are folded to single spaces, so words are spaces plus one.
  const int words = static_cast<int>(
      std::count(line.begin() + static_cast<std::ptrdiff_t>(cut), line.end(), ' '));
  if (s.words + words <= kSignedWords) {
    std::size_t i = cut + 1;
    while (i < line.size()) {
      const void* sp = std::memchr(line.data() + i, ' ', line.size() - i);
      const std::size_t j = sp ? static_cast<const char*>(sp) - line.data() : line.size();
      if (j > i) s.signature |= word_bit(line.substr(i, j - i));
      i = j + 1;
    }
  }
  s.words += words;
  s.letter_words += words;
  s.ends_terminal = end.ends_terminal;
  s.ends_period = end.ends_period;
  s.ends_question = end.ends_question;
  s.ends_colon = end.ends_colon;
  s.ends_comma = end.ends_comma;
  s.sentence_ends += end.sentence_ends;
  // has_digit is left to the head: only rules for short lines read it.
  return s;
}

void rule_tokens_into(std::string_view line, std::size_t max_tokens,
                      std::vector<std::string>& out) {
  // Reuses the strings already in `out`: after the first lines no token allocates.
  std::size_t used = 0;
  auto next = [&]() -> std::string& {
    if (used == out.size()) out.emplace_back();
    std::string& t = out[used++];
    t.clear();
    return t;
  };
  std::string cur;
  auto flush = [&] {
    // Trailing dots, hyphens and apostrophes belong to punctuation, not the word.
    while (!cur.empty() && (cur.back() == '.' || cur.back() == '-' || cur.back() == '\'')) {
      cur.pop_back();
    }
    if (!cur.empty()) next() = cur;
    cur.clear();
  };
  const std::size_t n = line.size();
  for (std::size_t i = 0; i < n && used < max_tokens; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (is_upper(c)) {
      cur.push_back(static_cast<char>(c + 32));
    } else if (is_lower(c) || is_digit(c)) {
      cur.push_back(static_cast<char>(c));
    } else if ((c == '.' || c == '-' || c == '\'') && !cur.empty()) {
      cur.push_back(static_cast<char>(c));
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
               static_cast<unsigned char>(line[i + 2]) == 0x99 && !cur.empty()) {
      cur.push_back('\'');  // ’ inside a word
      i += 2;
    } else if (c >= 0x80) {
      // Multi-byte: separators and © become tokens; other characters are kept inside words.
      std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      const std::string_view ch = line.substr(i, std::min(len, n - i));
      if (is_separator_token(ch) || ch == "\xC2\xA9" /* © */ || ch == "\xE2\x96\xBC" /* ▼ */) {
        flush();
        next() = ch;
      } else if (ch == "\xE2\x80\x94" || ch == "\xE2\x80\x93" || ch == "\xE2\x80\x9C" ||
                 ch == "\xE2\x80\x9D" || ch == "\xE2\x80\x98" || ch == "\xE2\x80\x99" ||
                 ch == "\xE2\x80\xA6") {
        flush();  // dashes, quotes, ellipsis: punctuation
      } else {
        cur.append(ch);
      }
      i += ch.size() - 1;
    } else if (c == ':' || c == '|' || c == '/' || c == '>') {
      flush();
      next() = std::string(1, static_cast<char>(c));
    } else {
      flush();
    }
  }
  flush();
  out.resize(std::min(used, max_tokens));
}

std::vector<std::string> rule_tokens(std::string_view line, std::size_t max_tokens) {
  std::vector<std::string> out;
  rule_tokens_into(line, max_tokens, out);
  return out;
}

}  // namespace newspipe::clean
