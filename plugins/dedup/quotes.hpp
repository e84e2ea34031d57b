// Quoted speech as passages of its own: the same quote turns up in every story of a night, often
// cut differently and inside sentences that are otherwise new ("...adding: “The ball is in their
// court, they have to give us some response.”"), so sentence comparison alone misses it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dedup {

/// The words inside a pair of quotation marks, as a byte range of the text (marks excluded).
struct QuoteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Quotations in `text`: “curly” or "straight" pairs. A quotation left open runs to the end of its
/// paragraph, as news style does for a quote that continues in the next paragraph.
std::vector<QuoteSpan> find_quotes(std::string_view text);

/// Words that must follow each other in two quotes before they are compared at all: five words
/// in a row are rare by chance ("the ball is in their") but survive a quote being cut short.
inline constexpr std::size_t kQuoteRunWords = 5;

/// Hashes of every run of kQuoteRunWords consecutive words (word hashes from normalize_passage).
std::vector<std::uint64_t> word_runs(const std::vector<std::uint64_t>& words);

/// Clauses of a quote (between punctuation marks) long and specific enough that finding one word
/// for word in an earlier quote shows the quote is repeated, however the rest was reworded ("The
/// door stays open tonight, and they ..."): at least kTellingClauseWords words, two of them content
/// words. Returned normalised.
inline constexpr std::size_t kTellingClauseWords = 6;
std::vector<std::string> telling_clauses(std::string_view quote);

/// Whether the normalised `clause` occurs word for word in the normalised `text`.
bool contains_clause(std::string_view text, std::string_view clause);

}  // namespace dedup
