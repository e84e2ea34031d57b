// Splits text into word and punctuation tokens for gazetteer matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newspipe::geo {

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  bool word = false;  // letters/digits (with inner apostrophes); otherwise one punctuation mark
  bool capitalised = false;   // a word whose first letter is upper case
  bool all_caps = false;      // a word with two or more letters, all upper case
  bool space_before = false;  // white space separates it from the previous token
  bool break_before = false;  // a line break separates it from the previous token
  char punct = 0;             // for punctuation: the ASCII mark, or a stand-in for a Unicode one
};

/// Punctuation stand-ins for Unicode marks, so rules can compare one char.
inline constexpr char kApostrophe = '\'';  // ' and U+2019
inline constexpr char kQuote = '"';        // " and U+201C/U+201D/U+2018
inline constexpr char kDash = '-';         // - and U+2010..U+2014
inline constexpr char kOther = '?';        // any other mark ('?' itself is mapped to '!')

/// Tokenises `text`. A possessive ('s / ’s) is split off its word; a word followed by '.' and a
/// letter ("U.S", "W.Va") stays separate from the dots, which are punctuation tokens.
std::vector<Token> tokenize(std::string_view text);

/// Appends the matching form of a token: its text, with Unicode quote and dash marks mapped to
/// their ASCII stand-ins, so that "Côte d’Ivoire" and "Côte d'Ivoire" build the same key.
void append_key_text(std::string& key, std::string_view text, const Token& t);

/// The gazetteer key of tokens [first, last): token texts, one space where white space was.
std::string make_key(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                     std::size_t last);

}  // namespace newspipe::geo
