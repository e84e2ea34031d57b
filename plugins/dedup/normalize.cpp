#include "normalize.hpp"

#include <utf8proc.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <array>

#include "newspipe/text/utf8.hpp"

namespace dedup {

namespace {

enum CharClass : std::uint8_t {
  kSpace = 0,
  kLower,
  kUpper,
  kDigit,
  kApostrophe,
  kSeparator,
  kPercent
};

constexpr std::array<std::uint8_t, 128> make_ascii_classes() {
  std::array<std::uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['\''] = kApostrophe;
  t['.'] = kSeparator;
  t[','] = kSeparator;
  t['%'] = kPercent;
  return t;
}
constexpr auto kAscii = make_ascii_classes();

bool is_word_char(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018'; }

class WordSink {
 public:
  explicit WordSink(NormalizedPassage& out) : out_(out) {}

  void push_char(char c) { out_.text.push_back(c); }
  void begin_word_if_needed() {
    if (in_word_) return;
    if (!out_.text.empty()) out_.text.push_back(' ');
    word_begin_ = out_.text.size();
    in_word_ = true;
  }
  void end_word() {
    if (!in_word_) return;
    in_word_ = false;
    std::string_view w(out_.text.data() + word_begin_, out_.text.size() - word_begin_);
    // "per cent" / "percent" / "%" are one word, so that a restyled figure still matches.
    if (w == "percent") {
      out_.text.resize(word_begin_);
      out_.text += "pct";
    } else if (w == "cent" && last_was_per_) {
      const std::size_t per_begin = word_begin_ - 4;  // "per "
      out_.text.resize(per_begin);
      out_.text += "pct";
      out_.words.pop_back();
      word_begin_ = per_begin;
    }
    w = std::string_view(out_.text.data() + word_begin_, out_.text.size() - word_begin_);
    last_was_per_ = (w == "per");
    out_.words.push_back(hash_word(w));
  }
  void push_word(std::string_view w) {
    end_word();
    begin_word_if_needed();
    out_.text += w;
    end_word();
  }
  bool in_word() const { return in_word_; }

 private:
  NormalizedPassage& out_;
  std::size_t word_begin_ = 0;
  bool in_word_ = false;
  bool last_was_per_ = false;
};

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::uint64_t hash_word(std::string_view word) { return XXH3_64bits(word.data(), word.size()); }

std::uint64_t fingerprint(std::string_view normalized_text) {
  return XXH3_64bits_withSeed(normalized_text.data(), normalized_text.size(),
                              0x9e3779b97f4a7c15ULL);
}

// A dateline is a short run of capitalised words (a place, a date, an agency in brackets) that
// starts with an all-capitals word or a bracket, ended by a dash or a colon. Requiring every word
// to be capitalised keeps ordinary sentences with a dash ("Sales rose - again") intact.
std::size_t dateline_length(std::string_view p) {
  const std::size_t limit = std::min<std::size_t>(p.size(), 80);
  std::size_t i = 0;
  while (i < limit && (p[i] == ' ' || p[i] == '\t')) ++i;
  if (i >= limit) return 0;
  // The first word: "(AFP)" or an all-capitals word of two letters or more.
  if (p[i] != '(') {
    std::size_t j = i, upper = 0;
    while (j < limit && p[j] != ' ' && p[j] != ',' && p[j] != ':') {
      if (is_upper_ascii(p[j])) {
        ++upper;
      } else if ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= '0' && p[j] <= '9')) {
        return 0;
      }
      ++j;
    }
    if (upper < 2) return 0;
  }
  std::size_t words = 0;
  bool word_start = true;
  for (std::size_t j = i; j < limit; ++j) {
    const char c = p[j];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    // Separators: " - ", " -- ", " — ", " – " after a space, or ":" right after the prefix.
    if (word_start && j > i && p[j - 1] == ' ') {
      std::size_t sep = 0;
      if (p.compare(j, 2, "--") == 0) {
        sep = 2;
      } else if (c == '-') {
        sep = 1;
      } else if (p.compare(j, 3, "\u2014") == 0 || p.compare(j, 3, "\u2013") == 0) {
        sep = 3;
      }
      if (sep) {
        std::size_t k = j + sep;
        if (k < p.size() && p[k] == ' ') {
          while (k < p.size() && p[k] == ' ') ++k;
          return k;
        }
        return 0;
      }
    }
    if (c == ':' && j + 1 < p.size() && p[j + 1] == ' ' && words <= 3) {
      std::size_t k = j + 1;
      while (k < p.size() && p[k] == ' ') ++k;
      return k;
    }
    if (word_start) {
      word_start = false;
      ++words;
      if (words > 8) return 0;
      const bool capital = is_upper_ascii(c) || (c >= '0' && c <= '9') || c == '(';
      if (!capital) return 0;
    }
    if (c == '.' && j + 1 < p.size() && p[j + 1] == ' ' && j + 2 < p.size() &&
        !(is_upper_ascii(p[j + 2]) || (p[j + 2] >= '0' && p[j + 2] <= '9') || p[j + 2] == '(' ||
          p[j + 2] == '-')) {
      return 0;  // a full stop followed by a lower-case word ends a sentence, not a dateline
    }
  }
  return 0;
}

void normalize_passage(std::string_view passage, NormalizedPassage& out) {
  out.text.clear();
  out.words.clear();
  passage.remove_prefix(dateline_length(passage));
  WordSink sink(out);
  const std::size_t n = passage.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(passage[i]);
    if (c < 0x80) {
      switch (kAscii[c]) {
        case kLower:
        case kDigit:
          sink.begin_word_if_needed();
          sink.push_char(static_cast<char>(c));
          break;
        case kUpper:
          sink.begin_word_if_needed();
          sink.push_char(static_cast<char>(c + 32));
          break;
        case kApostrophe:
          // Inside a word ("Conti's", "don't") the apostrophe is dropped, so that straight and
          // curly apostrophes compare equal; elsewhere it is a quote mark.
          if (!sink.in_word()) break;
          if (i + 1 < n && static_cast<unsigned char>(passage[i + 1]) < 0x80 &&
              (kAscii[static_cast<unsigned char>(passage[i + 1])] == kLower ||
               kAscii[static_cast<unsigned char>(passage[i + 1])] == kUpper)) {
            break;
          }
          sink.end_word();
          break;
        case kSeparator:
          // "1,888,000" and "1.16" stay one word.
          if (sink.in_word() && i > 0 && i + 1 < n && passage[i - 1] >= '0' &&
              passage[i - 1] <= '9' && passage[i + 1] >= '0' && passage[i + 1] <= '9') {
            break;
          }
          sink.end_word();
          break;
        case kPercent:
          sink.push_word("pct");
          break;
        default:
          sink.end_word();
      }
      ++i;
      continue;
    }
    std::size_t pos = i;
    const char32_t cp = newspipe::text::decode_utf8(passage, pos);
    if (is_apostrophe(cp)) {
      bool inside = false;
      if (sink.in_word() && pos < n) {
        std::size_t next = pos;
        const char32_t ncp = newspipe::text::decode_utf8(passage, next);
        inside = is_word_char(ncp);
      }
      if (!inside) sink.end_word();
    } else if (is_word_char(cp)) {
      sink.begin_word_if_needed();
      const auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
      newspipe::text::append_utf8(out.text, lower);
    } else {
      sink.end_word();
    }
    i = pos;
  }
  sink.end_word();
}

}  // namespace dedup
