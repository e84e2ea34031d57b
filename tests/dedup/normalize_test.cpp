#include "normalize.hpp"

#include <gtest/gtest.h>

#include <string>

#include "minhash.hpp"
#include "passages.hpp"

namespace {

std::string norm(std::string_view s) {
  dedup::NormalizedPassage p;
  dedup::normalize_passage(s, p);
  return p.text;
}

TEST(Normalize, IgnoresCasePunctuationQuotesAndSpacing) {
  EXPECT_EQ(norm("\u201cWe\u2019re ready,\u201d the minister said."),
            norm("\"We're  ready\", THE minister said"));
  EXPECT_EQ(norm("It's you who must\n send the papers!"), "its you who must send the papers");
}

TEST(Normalize, KeepsNumbersWhole) {
  EXPECT_EQ(norm("Profit rose to 1,888,000 dlrs, or 1.16 a share."),
            "profit rose to 1888000 dlrs or 116 a share");
}

TEST(Normalize, SpellsPercentOneWay) {
  EXPECT_EQ(norm("up 21% at 8.6bn"), norm("up 21 per cent at 8.6bn"));
  EXPECT_EQ(norm("up 21 percent at 8.6bn"), "up 21 pct at 86bn");
}

TEST(Normalize, RespellsOnlyPercentAndPerCent) {
  EXPECT_EQ(norm("Percent of voters"), "pct of voters");
  EXPECT_EQ(norm("per cent"), "pct");
  EXPECT_EQ(norm("a five cent coin, per person"), "a five cent coin per person");
  EXPECT_EQ(norm("cent by cent"), "cent by cent");
  EXPECT_EQ(norm("rates per year rose 3 per cent, 4 percent and 5%."),
            "rates per year rose 3 pct 4 pct and 5 pct");
  // The same words again: the second time they come from the memo of words seen.
  EXPECT_EQ(norm("rates per year rose 3 per cent, 4 percent and 5%."),
            "rates per year rose 3 pct 4 pct and 5 pct");
}

// Each word's hash and function-word flag must be those of the word as written in the text, at
// every word length and wherever the word falls: across the 64-byte windows the text is read in,
// in the last 16 bytes of the passage, longer than 16 bytes.
TEST(Normalize, WordHashesAreThoseOfTheWordsOfTheText) {
  const char* words[] = {"a",
                         "of",
                         "The",
                         "said",
                         "Harbour",
                         "ministers",
                         "0123456789",
                         "Reconstruction",
                         "abcdefghijklmnopq",
                         "extraordinarily-long",
                         "x9",
                         "per",
                         "cent",
                         "percent",
                         "don't"};
  for (std::size_t start = 0; start < 15; ++start) {
    std::string passage;
    for (std::size_t k = 0; k < 60; ++k) {
      if (k) passage += (k % 7 == 0) ? ", " : " ";
      passage += words[(start + k * 4) % std::size(words)];
    }
    for (std::size_t cut : {passage.size(), passage.size() - 1, std::size_t{63}, std::size_t{64},
                            std::size_t{65}, std::size_t{17}}) {
      dedup::NormalizedPassage p;
      dedup::normalize_passage(std::string_view(passage).substr(0, cut), p);
      std::vector<std::string> text_words;
      for (std::size_t i = 0; i <= p.text.size();) {
        const std::size_t j = std::min(p.text.find(' ', i), p.text.size());
        if (j > i) text_words.push_back(p.text.substr(i, j - i));
        i = j + 1;
      }
      ASSERT_EQ(p.words.size(), text_words.size()) << passage.substr(0, cut);
      ASSERT_EQ(p.stop.size(), text_words.size());
      for (std::size_t k = 0; k < text_words.size(); ++k) {
        EXPECT_EQ(p.words[k], dedup::hash_word(text_words[k])) << text_words[k];
        EXPECT_EQ(p.stop[k] != 0, dedup::is_stop_word(dedup::hash_word(text_words[k])))
            << text_words[k];
      }
    }
  }
}

TEST(Normalize, DropsLeadingDatelines) {
  EXPECT_EQ(norm("OSLO, May 4 (Agency) - The ferry left late."), "the ferry left late");
  EXPECT_EQ(norm("(AFP) - The ferry left late."), "the ferry left late");
  EXPECT_EQ(norm("NORTH BAY, Ont., May 4 \u2014 The ferry left late."), "the ferry left late");
  EXPECT_EQ(norm("BERGEN: The ferry left late."), "the ferry left late");
  // Not datelines: an ordinary sentence with a dash, a capitalised sentence start.
  EXPECT_EQ(norm("Sales rose - again - in May."), "sales rose again in may");
  EXPECT_EQ(norm("The Ferry Company - a small firm - left."),
            "the ferry company a small firm left");
}

TEST(Normalize, FoldsNonAsciiCase) {
  EXPECT_EQ(norm("\u00c9COLE Z\u00dcRICH"), norm("\u00e9cole z\u00fcrich"));
}

TEST(Passages, ParagraphsAreBlankLineSeparated) {
  const std::string text = "First line\nstill first.\n\n  \nSecond one.\n\nThird.";
  auto p = dedup::split_passages(text, dedup::Unit::Paragraph);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(text.substr(p[0].begin, p[0].end - p[0].begin), "First line\nstill first.");
  EXPECT_EQ(text.substr(p[2].begin, p[2].end - p[2].begin), "Third.");
}

TEST(Passages, RewrappedParagraphGivesTheSameSentences) {
  const std::string flat =
      "The harbour board said on Tuesday that the new ferry would enter service in June. "
      "Tickets go on sale next week.";
  const std::string wrapped =
      "The harbour board said on Tuesday that the new ferry would\nenter service in June. "
      "Tickets go on sale\nnext week.";
  auto a = dedup::split_passages(flat, dedup::Unit::Sentence);
  auto b = dedup::split_passages(wrapped, dedup::Unit::Sentence);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(norm(flat.substr(a[i].begin, a[i].end - a[i].begin)),
              norm(wrapped.substr(b[i].begin, b[i].end - b[i].begin)));
  }
}

}  // namespace
