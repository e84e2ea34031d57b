// The output line of one article (contract §5): id, title, text, the other input fields verbatim,
// then each stage's results under its name.
#pragma once

#include <string>

#include "newspipe/article.hpp"

namespace newspipe::host {

/// Appends the article as one JSON object, without a newline.
void append_article_json(std::string& out, const Article& a);

}  // namespace newspipe::host
