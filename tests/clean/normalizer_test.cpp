// Character-level normalisation: markup, entities, invisible characters, Unicode forms.
#include "normalizer.hpp"

#include <gtest/gtest.h>

namespace newspipe::clean {
namespace {

std::string norm(std::string_view in, NormalizeOptions opt = {}) {
  NormalizeStats stats;
  return normalize_characters(in, opt, stats);
}

TEST(CleanNormalizer, StripsInlineTagsAndBreaksLinesAtBlockTags) {
  NormalizeStats stats;
  const std::string out = normalize_characters(
      "<p>The mayor <b>opened</b> the <a href=\"/x?a=1&b=2\">new bridge</a>.</p><p>Crowds "
      "cheered.<br/>Traffic flowed.</p>",
      {}, stats);
  EXPECT_EQ(out, "\nThe mayor opened the new bridge.\n\nCrowds cheered.\nTraffic flowed.\n");
  EXPECT_EQ(stats.html_tags, 9);
}

TEST(CleanNormalizer, DropsScriptsStylesAndComments) {
  EXPECT_EQ(norm("Before<script type=\"text/javascript\">var x = 1 < 2;</script> after"),
            "Before after");
  EXPECT_EQ(norm("A<style>p { color: red }</style>B<!-- hidden -->C"), "ABC");
}

TEST(CleanNormalizer, UnclosedScriptDoesNotHideALaterStyle) {
  EXPECT_EQ(norm("a <script>never closed b <style>p{}</style>c"), "a never closed b c");
}

TEST(CleanNormalizer, LeavesLessThanSignsInProseAlone) {
  EXPECT_EQ(norm("Inflation < 2% and x<y in the model"), "Inflation < 2% and x<y in the model");
  EXPECT_EQ(norm("A <b unterminated tag"), "A <b unterminated tag");
}

TEST(CleanNormalizer, DecodesNamedNumericAndHexEntities) {
  NormalizeStats stats;
  EXPECT_EQ(normalize_characters("Caf&eacute; &amp; bar&#39;s &#x2014; &quot;ok&quot;", {}, stats),
            "Caf\u00e9 & bar's \u2014 \"ok\"");
  EXPECT_EQ(stats.html_entities, 6);
  // Numeric references in the C1 range mean windows-1252 characters.
  EXPECT_EQ(norm("&#146;"), "\u2019");
  // Unknown names and bare ampersands stay as they are.
  EXPECT_EQ(norm("AT&T and &madeup; R&D"), "AT&T and &madeup; R&D");
}

TEST(CleanNormalizer, EscapedMarkupIsStrippedOnceDecoded) {
  EXPECT_EQ(norm("a &lt;span class=&quot;q&quot;&gt;quoted&lt;/span&gt; word"), "a quoted word");
  EXPECT_EQ(norm("double&amp;nbsp;escaped"), "double escaped");
}

TEST(CleanNormalizer, NoBreakSpacesAndInvisiblesInsideMarkup) {
  EXPECT_EQ(norm("a <span\u00a0class=\"x\">b</span> c"), "a b c");
  EXPECT_EQ(norm("one&\u200dnbsp;two"), "one two");
}

TEST(CleanNormalizer, DropsZeroWidthFormatAndControlCharacters) {
  NormalizeStats stats;
  const std::string out = normalize_characters(
      "zero\u200bwidth soft\u00adhyphen join\u2060er \ufeffbom bell\x07 del\x7f", {}, stats);
  EXPECT_EQ(out, "zerowidth softhyphen joiner bom bell del");
  EXPECT_EQ(stats.invisible, 6);
}

TEST(CleanNormalizer, EverySpaceBecomesAPlainSpaceAndLineEndingsBecomeNewlines) {
  EXPECT_EQ(norm("a\u00a0b\u2009c\u3000d\te"), "a b c d e");
  EXPECT_EQ(norm("one\r\ntwo\rthree\u2029four"), "one\ntwo\nthree\nfour");
}

TEST(CleanNormalizer, ComposesToNfc) {
  EXPECT_EQ(norm("Cafe\u0301 Zu\u0308rich"), "Caf\u00e9 Z\u00fcrich");
  // Already composed text and curly quotes pass unchanged.
  EXPECT_EQ(norm("\u201cCaf\u00e9\u201d \u2014 na\u00efve"),
            "\u201cCaf\u00e9\u201d \u2014 na\u00efve");
}

TEST(CleanNormalizer, NfkcFoldsCompatibilityCharactersOnlyWhenAsked) {
  NormalizeOptions nfkc;
  nfkc.nfkc = true;
  EXPECT_EQ(norm("\ufb01nance \uff21\uff22 x\u00b2", nfkc), "finance AB x2");
  EXPECT_EQ(norm("\ufb01nance", {}), "\ufb01nance");
}

TEST(CleanNormalizer, AsciiPunctuationIsAnOption) {
  NormalizeOptions ascii;
  ascii.ascii_punctuation = true;
  EXPECT_EQ(norm("\u2018It\u2019s \u201cfine\u201d \u2013 really\u2014yes", ascii),
            "'It's \"fine\" - really--yes");
  EXPECT_EQ(norm("\u201cfine\u201d"), "\u201cfine\u201d");
}

TEST(CleanNormalizer, RepairsInvalidUtf8AndCountsIt) {
  NormalizeStats stats;
  const std::string out = normalize_characters("bad \xff byte and \xe2\x82 cut", {}, stats);
  EXPECT_EQ(out, "bad \ufffd byte and \ufffd\ufffd cut");
  EXPECT_EQ(stats.invalid_utf8, 3);
  // A real U+FFFD in the input is not an error.
  NormalizeStats clean;
  normalize_characters("\ufffd", {}, clean);
  EXPECT_EQ(clean.invalid_utf8, 0);
}

TEST(CleanNormalizer, HtmlStrippingCanBeSwitchedOff) {
  NormalizeOptions keep;
  keep.strip_html = false;
  EXPECT_EQ(norm("<b>bold</b> &amp;", keep), "<b>bold</b> &amp;");
}

}  // namespace
}  // namespace newspipe::clean
