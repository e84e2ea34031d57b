#include "normalize.hpp"

#include <gtest/gtest.h>

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
