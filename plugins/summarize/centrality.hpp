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
///
/// `length_bias` rescales each vector to length norm^length_bias before the products: 0 gives
/// cosine weights (LexRank); towards 1 the weights approach raw weighted word overlap, which lets
/// longer sentences, sharing more words, gather more weight (as TextRank's log-length
/// normalisation does).
std::vector<double> textrank(const Document& doc, double length_bias = 0.0, double damping = 0.85,
                             int max_iterations = 50);

}  // namespace newspipe::summarize
