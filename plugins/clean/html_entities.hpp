// Decoding HTML named character references (&eacute; and friends).
#pragma once
#include <string_view>

namespace newspipe::clean {

/// The code point of the named entity `name` (without '&' and ';'), or 0 when the name is unknown.
/// Names are case-sensitive, as in HTML (&Eacute; differs from &eacute;).
char32_t lookup_named_entity(std::string_view name);

}  // namespace newspipe::clean
