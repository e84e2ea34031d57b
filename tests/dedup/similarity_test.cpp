#include "similarity.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "minhash.hpp"
#include "normalize.hpp"

namespace {

std::string norm(std::string_view s) {
  dedup::NormalizedPassage p;
  dedup::normalize_passage(s, p);
  return p.text;
}

double sim(std::string_view a, std::string_view b) { return dedup::similarity(norm(a), norm(b)); }

TEST(Similarity, TypingSlips) {
  EXPECT_TRUE(dedup::one_slip_apart("harbour", "harbuor"));   // swapped neighbours
  EXPECT_TRUE(dedup::one_slip_apart("harbour", "harbur"));    // dropped letter
  EXPECT_TRUE(dedup::one_slip_apart("harbour", "harbourr"));  // added letter
  EXPECT_TRUE(dedup::one_slip_apart("harbour", "harbiur"));   // changed letter
  EXPECT_FALSE(dedup::one_slip_apart("harbour", "arbors"));
  EXPECT_FALSE(dedup::one_slip_apart("1500", "1600"));  // numbers must match exactly
  EXPECT_FALSE(dedup::one_slip_apart("cat", "cut"));    // too short to tell a slip from a word
}

TEST(Similarity, EditedCopiesStayAboveTheDefaultThreshold) {
  const char* original =
      "The harbour board said the new ferry would enter service in June after sea trials "
      "off the northern coast.";
  EXPECT_DOUBLE_EQ(sim(original, original), 1.0);
  EXPECT_GE(sim(original,
                "The harbour board said the new ferry will enter service in June after sea trials "
                "off the northern coast."),
            0.8);  // one word changed
  EXPECT_GE(sim(original,
                "The harbuor board said the new ferry would enter service in June after sea "
                "trails off the northren coast."),
            0.8);  // three typos
}

TEST(Similarity, StockPhraseIsNotEnough) {
  EXPECT_LT(sim("The mayor said in a statement that the bridge would reopen on Monday.",
                "The union said in a statement that its members would strike on Friday."),
            0.5);
}

TEST(MinHash, IdenticalSetsShareEveryBandAndDisjointSetsNone) {
  std::vector<std::uint64_t> a, b;
  for (std::uint64_t i = 1; i <= 12; ++i) {
    a.push_back(i * 7919);
    b.push_back(i * 104729);
  }
  const auto ka = dedup::band_keys(a);
  std::vector<std::uint64_t> a_shuffled(a.rbegin(), a.rend());
  a_shuffled.push_back(a[0]);  // repeats do not matter
  EXPECT_EQ(dedup::band_keys(a_shuffled), ka);
  const auto kb = dedup::band_keys(b);
  for (int i = 0; i < dedup::kBands; ++i) {
    if (ka[i] != dedup::kNoBand) {
      EXPECT_NE(ka[i], kb[i]);
    }
  }
}

TEST(MinHash, SimilarSetsShareABand) {
  // 20 shared of 22 distinct (Jaccard 0.91): collision probability above 0.999 per pair.
  std::vector<std::uint64_t> a, b;
  for (std::uint64_t i = 1; i <= 20; ++i) a.push_back(dedup::hash_word("w" + std::to_string(i)));
  b = a;
  a.push_back(dedup::hash_word("alpha"));
  b.push_back(dedup::hash_word("beta"));
  const auto ka = dedup::band_keys(a), kb = dedup::band_keys(b);
  int shared = 0;
  for (int i = 0; i < dedup::kBands; ++i) shared += ka[i] == kb[i];
  EXPECT_GE(shared, 1);
}

// The word-pair fold (bins kept in registers) must give the signature of the same shingles added
// one at a time: pairs with a content word, or the words themselves when every pair is of
// function words.
TEST(MinHash, WordPairsGiveTheSignatureOfTheirShingles) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 2000; ++round) {
    const std::size_t n = 1 + rng() % 40;
    std::vector<std::uint64_t> words(n);
    std::vector<std::uint8_t> stop(n);
    const unsigned stop_share = static_cast<unsigned>(round % 5);  // 0 to 4 in 4
    for (std::size_t i = 0; i < n; ++i) {
      words[i] = rng();
      stop[i] = rng() % 4 < stop_share ? 1 : 0;
    }
    std::vector<std::uint64_t> shingles;
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (stop[i] && stop[i + 1]) continue;
      shingles.push_back(words[i] * 0x9e3779b97f4a7c15ULL ^ (words[i + 1] + 0x632be59bd9b4e019ULL));
    }
    if (shingles.empty()) shingles = words;
    dedup::SignatureBuilder folded;
    folded.add_word_pairs(words, stop);
    ASSERT_EQ(folded.finish(), dedup::signature(shingles)) << "round " << round;
  }
}

}  // namespace
