// Small closed word classes that decide whether a capitalised name is a place: titles before a
// person's name, words that end an organisation's name, prepositions of place.
#pragma once

#include <string_view>

namespace newspipe::geo {

/// "Mr", "President", "Sen": a name right after one is a person's.
bool is_title(std::string_view word);
/// "University", "Post", "Airlines": a place name right before one is part of an organisation's.
bool is_organisation_word(std::string_view word);
/// "Street", "Avenue", "River", "Valley": a place name right before one names a street or a
/// physical feature.
bool is_street_word(std::string_view word);
/// "in", "near", "from": lower-case words after which a capitalised name is likely a place.
bool is_place_preposition(std::string_view word);
/// "said", "told", "says": a name right before one is usually a person (or metonymy for a
/// capital, which the caller allows for prominent places).
bool is_speech_verb(std::string_view word);
/// "The", "In", "But": capitalised at a sentence start, they never name a place on their own.
bool is_function_word(std::string_view word);

}  // namespace newspipe::geo
