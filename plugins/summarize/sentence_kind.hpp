// Recognising sentences that make poor summary picks: debris, teasers, speakerless quotes.
#pragma once

#include <cstddef>
#include <string_view>

namespace newspipe::summarize {

/// Whether the sentence ends in . ! ? or an ellipsis, possibly followed by closing quotes or
/// brackets. Headlines, list lines, captions' credit lines and widget labels do not.
bool is_terminated(std::string_view sentence);

/// Whether the sentence's final mark is a question mark.
bool is_question(std::string_view sentence);

/// What a sentence's quotation marks say about it.
struct QuoteState {
  bool starts_inside = false;  ///< opens with a quote, or continues one from the sentence before
  bool ends_inside = false;    ///< a quotation is still open at its end
  bool attributed = false;     ///< an attribution word ("said", "told") outside the quotes
};

/// Follows quotation marks through one sentence; `inside` is whether a quotation was open when it
/// began (reset at paragraph breaks by the caller). Curly quotes open and close explicitly,
/// straight double quotes toggle.
QuoteState follow_quotes(std::string_view sentence, bool inside);

/// Whether a lower-cased word attributes speech or a source ("said", "told", "according").
bool is_attribution_word(std::string_view lower_word);

/// Whether two consecutive lower-cased words (or `word` alone, with `previous` empty or not)
/// mark page furniture rather than story: "Getty Images", "image caption", "click here", "read
/// more", "sign up", "all rights reserved", "advertisement", cookie notices, links.
bool is_debris_marker(std::string_view previous, std::string_view word);

/// Whether the sentence says where someone stands in a picture ("(left)", "(pictured)"): the mark
/// of a photo caption.
bool has_caption_position(std::string_view sentence);

/// Length in bytes of a news-agency dateline at the start of an article's first sentence, e.g.
/// "(CNN)", "LONDON, England (Reuters) -- " or "WASHINGTON (AP) — "; 0 if there is none.
std::size_t dateline_length(std::string_view first_sentence);

}  // namespace newspipe::summarize
