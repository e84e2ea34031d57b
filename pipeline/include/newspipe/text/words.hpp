// newspipe text library: words of news text, lower-casing, English stop words and a light stemmer,
// for stages that compare sentences or passages by their vocabulary.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newspipe::text {

/// Whether `cp` belongs inside a word: a letter or digit in any script.
bool is_word_code_point(char32_t cp);

/// Implementation detail of for_each_word: whether the non-ASCII character at `pos` is a word
/// character; `len` receives its length in bytes.
bool detail_word_char_len(std::string_view text, std::size_t pos, std::size_t& len);

/// Calls `fn(begin, end)` for every word of `text`, in order, as byte ranges: maximal runs of
/// letters and digits. Apostrophes, hyphens and other punctuation separate words ("Russia's" gives
/// "Russia" and "s"), as the usual ROUGE and IR tokenisers do.
template <class Fn>
void for_each_word(std::string_view text, Fn&& fn) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Skip to the next word character; ASCII is decided inline, the rest by Unicode category.
    std::size_t begin = i;
    for (;;) {
      if (begin >= n) return;
      const unsigned char c = static_cast<unsigned char>(text[begin]);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) break;
        ++begin;
      } else {
        std::size_t len = 0;
        if (detail_word_char_len(text, begin, len)) break;
        begin += len;
      }
    }
    std::size_t end = begin;
    for (;;) {
      if (end >= n) break;
      const unsigned char c = static_cast<unsigned char>(text[end]);
      if (c < 0x80) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
        ++end;
      } else {
        std::size_t len = 0;
        if (!detail_word_char_len(text, end, len)) break;
        end += len;
      }
    }
    fn(begin, end);
    i = end;
  }
}

/// Appends `word` lower-cased (full Unicode simple case mapping) to `out`.
void append_lower(std::string_view word, std::string& out);

/// Whether a lower-cased word is an English function word that says nothing about the topic.
bool is_stop_word(std::string_view lower_word);

/// Strips common English inflections from a lower-cased word in place (plural and possessive -s,
/// -es, -ies, -ed, -ing, -ly), so that "talks", "talked" and "talking" match. Much lighter than
/// Porter: words of four letters or fewer are left alone.
void light_stem(std::string& lower_word);

}  // namespace newspipe::text
