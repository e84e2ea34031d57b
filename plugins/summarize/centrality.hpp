// How central each sentence is to its article: TextRank over cosine similarities (LexRank-style
// weights), in time linear in the article's length.
#pragma once

#include <vector>

#include "document.hpp"

namespace newspipe::summarize {

/// PageRank scores of the sentence graph whose edge weights are the cosine similarities between
/// sentence vectors (self-loops excluded), summing to 1. Sentences with no shared terms get the
/// teleport share only.
///
/// Never builds the n x n matrix: with unit vectors v_i the weight matrix is V Vᵀ − I, so one
/// power iteration is two sparse products (V ᵀ x, then V y): O(terms) instead of O(n²).
std::vector<double> textrank(const Document& doc, double damping = 0.85, int max_iterations = 50);

}  // namespace newspipe::summarize
