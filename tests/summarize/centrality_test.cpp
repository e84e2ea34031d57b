// The linear-time TextRank must equal the textbook one built on the explicit similarity matrix.
#include "centrality.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "articles.hpp"
#include "document.hpp"

namespace newspipe::summarize {
namespace {

// PageRank on the n x n cosine matrix without self-loops; dangling nodes spread uniformly.
std::vector<double> textbook_textrank(const Document& doc, double damping = 0.85) {
  const std::size_t n = doc.sentences.size();
  std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
  std::vector<double> degree(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      const auto& a = doc.sentences[i];
      const auto& b = doc.sentences[j];
      w[i][j] = cosine(doc.terms_of(a), doc.size_of(a), doc.terms_of(b), doc.size_of(b));
      degree[i] += w[i][j];
    }
  }
  std::vector<double> rank(n, 1.0 / n), next(n);
  for (int it = 0; it < 200; ++it) {
    double dangling = 0;
    for (std::size_t j = 0; j < n; ++j) dangling += degree[j] <= 1e-12 ? rank[j] : 0.0;
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double in = 0;
      for (std::size_t j = 0; j < n; ++j) {
        if (degree[j] > 1e-12) in += w[j][i] * rank[j] / degree[j];
      }
      next[i] = (1 - damping) / n + damping * dangling / n + damping * in;
      total += next[i];
    }
    for (std::size_t i = 0; i < n; ++i) rank[i] = next[i] / total;
  }
  return rank;
}

TEST(Centrality, LinearTimeTextRankEqualsTheMatrixDefinition) {
  const Document doc = analyse(testing::kFloodArticle, testing::kFloodTitle, {});
  ASSERT_GT(doc.sentences.size(), 8u);
  const std::vector<double> fast = textrank(doc);
  const std::vector<double> slow = textbook_textrank(doc);
  ASSERT_EQ(fast.size(), slow.size());
  for (std::size_t i = 0; i < fast.size(); ++i) EXPECT_NEAR(fast[i], slow[i], 1e-5) << i;
}

TEST(Centrality, TheSentenceSharingMostWithTheOthersRanksFirst) {
  const char* text =
      "The harbour strike stopped the ferries. "
      "Ferries and cargo ships stayed in the harbour as the strike went on. "
      "A bakery opened on Main Street. "
      "The strike leaves the harbour without ferries for a third day.";
  const Document doc = analyse(text, "", {});
  const std::vector<double> rank = textrank(doc);
  ASSERT_EQ(rank.size(), 4u);
  EXPECT_LT(rank[2], rank[0]);
  EXPECT_LT(rank[2], rank[1]);
  EXPECT_LT(rank[2], rank[3]);
}

}  // namespace
}  // namespace newspipe::summarize
