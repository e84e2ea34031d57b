// The true similarity of two passages, checked for every candidate pair the LSH proposes.
#pragma once

#include <string_view>

namespace dedup {

/// Jaccard similarity of the two passages' word sets (normalised texts, words separated by single
/// spaces), where a word left over on one side also matches a word left over on the other that is
/// one typing slip away (one letter added, dropped, changed, or two neighbours swapped; words of
/// five letters or more, never numbers). Syndicated copy picks up typos; a sentence that only
/// shares a stock phrase with another shares few words and stays far below any useful threshold.
/// When the result is certain to be below `floor`, typing slips are not looked for and the result
/// is a lower bound.
double similarity(std::string_view a, std::string_view b, double floor = 0.0);

/// The share of `a`'s content words (function words left out, unless fewer than two remain) that
/// occur in `b`, typing slips forgiven as in `similarity`: 1.0 when `a` is a cut of `b`. Used for
/// quotes, which outlets cut to different lengths; "it is not going to" alone says nothing.
/// `floor` as for `similarity`.
double containment(std::string_view a, std::string_view b, double floor = 0.0);

/// Whether two words are one typing slip apart (see `similarity`).
bool one_slip_apart(std::string_view a, std::string_view b);

}  // namespace dedup
