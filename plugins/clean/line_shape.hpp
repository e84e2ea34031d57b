// What a line of text looks like: the features that tell article prose from page debris.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newspipe::clean {

/// Surface features of one line (or one paragraph made of wrapped lines).
struct LineShape {
  int bytes = 0;
  int words = 0;           ///< space-separated tokens with a letter or digit
  int letter_words = 0;    ///< ... with a letter
  int capitalised = 0;     ///< ... starting with an upper-case letter
  int all_caps = 0;        ///< ... of two letters or more, all upper case
  int numeric = 0;         ///< ... made mostly of digits
  int function_words = 0;  ///< the, of, and, said, ... (counted up to 3: enough to tell prose)
  int sentence_ends = 0;   ///< terminal marks followed by a space or the end
  int separators = 0;      ///< stand-alone | > » • · / tokens (menus, breadcrumbs)
  /// One bit per distinct word (from its first two letters, last letter and length, punctuation
  /// trimmed), for lines of up to 24 words: a phrase can only occur in a line whose signature
  /// holds all of the phrase's bits.
  std::uint64_t signature = 0;
  bool has_digit = false;
  bool ends_terminal = false;  ///< last mark is . ! ? or … (closing quotes/brackets allowed after)
  bool ends_period = false;
  bool ends_question = false;
  bool ends_colon = false;
  bool ends_comma = false;
  bool starts_lower = false;
  bool starts_upper = false;

  /// Ends like a sentence and is made like one: has function words and a few words.
  bool sentence_like() const { return ends_terminal && words >= 5 && function_words >= 1; }
  /// A sentence-shaped line long enough that removing it by mistake would lose real content.
  bool long_sentence() const { return sentence_like() && words >= 12; }
  bool has_letters() const { return letter_words > 0; }
};

LineShape measure_line(std::string_view line);

/// The line's words, lower-cased (ASCII), with ':' '|' '/' '>' and similar marks kept as tokens of
/// their own and other punctuation dropped: "READ MORE: Foo" -> {"read", "more", ":", "foo"}.
/// Rules match on these tokens. Stops after `max_tokens`.
std::vector<std::string> rule_tokens(std::string_view line, std::size_t max_tokens = 64);
/// The same into `out`, reusing its strings (no allocation once warm).
void rule_tokens_into(std::string_view line, std::size_t max_tokens, std::vector<std::string>& out);

/// Whether `word` (lower case) is an English function word.
bool is_function_word(std::string_view word);

}  // namespace newspipe::clean
