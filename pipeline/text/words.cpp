#include "newspipe/text/words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>
#include <vector>

#include "newspipe/text/utf8.hpp"

namespace newspipe::text {

namespace {

// Function words of English news: pronouns, determiners, auxiliaries, prepositions,
// conjunctions, and reporting filler ("said", "also"). Sorted, for binary search.
constexpr std::string_view kStopWords[] = {
    "a",        "about",      "above",   "after",  "again",   "against",   "all",        "also",
    "am",       "an",         "and",     "any",    "are",     "around",    "as",         "at",
    "be",       "because",    "been",    "before", "being",   "below",     "between",    "both",
    "but",      "by",         "can",     "could",  "did",     "do",        "does",       "doing",
    "down",     "during",     "each",    "even",   "ever",    "every",     "few",        "for",
    "from",     "further",    "had",     "has",    "have",    "having",    "he",         "her",
    "here",     "hers",       "herself", "him",    "himself", "his",       "how",        "however",
    "i",        "if",         "in",      "into",   "is",      "it",        "its",        "itself",
    "just",     "last",       "like",    "ll",     "many",    "may",       "me",         "might",
    "more",     "most",       "much",    "must",   "my",      "myself",    "never",      "no",
    "nor",      "not",        "now",     "of",     "off",     "on",        "once",       "one",
    "only",     "or",         "other",   "our",    "ours",    "ourselves", "out",        "over",
    "own",      "re",         "s",       "said",   "same",    "say",       "says",       "shall",
    "she",      "should",     "since",   "so",     "some",    "still",     "such",       "t",
    "than",     "that",       "the",     "their",  "theirs",  "them",      "themselves", "then",
    "there",    "these",      "they",    "this",   "those",   "though",    "through",    "thus",
    "to",       "too",        "under",   "until",  "up",      "upon",      "us",         "ve",
    "very",     "was",        "we",      "well",   "were",    "what",      "when",       "where",
    "whether",  "which",      "while",   "who",    "whom",    "whose",     "why",        "will",
    "with",     "within",     "without", "would",  "yet",     "you",       "your",       "yours",
    "yourself", "yourselves", "d",       "m",      "o"};

bool ends_with(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         std::string_view(w).substr(w.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

bool is_word_code_point(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

bool detail_word_char_len(std::string_view text, std::size_t pos, std::size_t& len) {
  std::size_t next = pos;
  const char32_t cp = decode_utf8(text, next);
  len = next - pos;
  return is_word_code_point(cp);
}

void append_lower(std::string_view word, std::string& out) {
  // ASCII words (nearly all of English news) are lowered in one pass without re-allocation.
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    const std::size_t at = out.size();
    out.resize(at + word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      out[at + i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  for (std::size_t i = 0; i < word.size();) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    const char32_t cp = decode_utf8(word, i);
    append_utf8(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
  }
}

bool is_stop_word(std::string_view w) {
  // Called for every word of every article: bucket the list by length and first letter so that
  // a lookup compares against two or three candidates at most.
  constexpr std::size_t kMaxLen = 12;
  static const auto buckets = [] {
    std::vector<std::vector<std::string_view>> b(kMaxLen * 26);
    for (std::string_view sw : kStopWords) b[(sw.size() - 1) * 26 + (sw[0] - 'a')].push_back(sw);
    return b;
  }();
  if (w.empty() || w.size() > kMaxLen || w[0] < 'a' || w[0] > 'z') return false;
  for (std::string_view sw : buckets[(w.size() - 1) * 26 + (w[0] - 'a')]) {
    if (sw == w) return true;
  }
  return false;
}

void light_stem(std::string& w) {
  if (w.size() <= 4) return;
  if (ends_with(w, "ies")) {
    w.resize(w.size() - 3);
    w.push_back('y');
  } else if (ends_with(w, "sses") || ends_with(w, "shes") || ends_with(w, "ches") ||
             ends_with(w, "xes")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) {
    // "press", "virus", "crisis" are not plurals.
  } else if (ends_with(w, "s")) {
    w.pop_back();
  } else if (ends_with(w, "ing") && w.size() >= 6) {
    w.resize(w.size() - 3);
  } else if (ends_with(w, "ed") && w.size() >= 5) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ly") && w.size() >= 6) {
    w.resize(w.size() - 2);
  }
  // "talked" -> "talk", "planned" -> "plann" -> "plan": undo a doubled final consonant.
  const std::size_t n = w.size();
  if (n >= 4 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' &&
      w[n - 1] != 'z') {
    w.pop_back();
  }
}

}  // namespace newspipe::text
