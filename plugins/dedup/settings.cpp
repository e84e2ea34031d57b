#include "settings.hpp"

namespace dedup {

std::vector<newspipe::OptionSpec> option_specs() {
  using newspipe::OptionType;
  return {
      {.name = "mode",
       .type = OptionType::String,
       .default_value = "drop",
       .doc = "drop: remove repeated passages from the text and leave whole duplicate articles out "
              "of the output; mark: keep the text and report where the repeats are.",
       .choices = {"drop", "mark"}},
      {.name = "unit",
       .type = OptionType::String,
       .default_value = "sentence",
       .doc = "What is compared: sentences (finds a quote reused inside another paragraph) or "
              "paragraphs (blocks separated by blank lines).",
       .choices = {"sentence", "paragraph"}},
      {.name = "min_words",
       .type = OptionType::Int,
       .default_value = 5,
       .doc = "Passages with fewer words are never duplicates (\"he said.\").",
       .min = 1,
       .max = 1000},
      {.name = "threshold",
       .type = OptionType::Double,
       .default_value = 0.8,
       .doc = "How similar two passages must be to count as the same: the Jaccard similarity of "
              "their word sets, a word with a typing slip counting as the same word.",
       .min = 0.3,
       .max = 1.0},
      {.name = "within_article",
       .type = OptionType::Bool,
       .default_value = true,
       .doc = "Find passages that repeat an earlier passage (or the title) of the same article."},
      {.name = "across_run",
       .type = OptionType::Bool,
       .default_value = true,
       .doc = "Find passages that repeat any earlier article of this run, whatever its batch."},
      {.name = "across_runs",
       .type = OptionType::Bool,
       .default_value = true,
       .doc = "Find passages seen on earlier runs, through the index in the state folder."},
      {.name = "read_only",
       .type = OptionType::Bool,
       .default_value = false,
       .doc = "Consult the cross-run index but do not add this run's passages to it."},
      {.name = "retention_days",
       .type = OptionType::Int,
       .default_value = 30,
       .doc = "Passages from runs older than this many days are forgotten (0 keeps them all).",
       .min = 0,
       .max = 100000},
      {.name = "whole_article_share",
       .type = OptionType::Double,
       .default_value = 0.8,
       .doc = "An article whose repeated words from one earlier article reach this share of its "
              "words is a duplicate of that article (duplicate_of; dropped in drop mode).",
       .min = 0.1,
       .max = 1.0},
      {.name = "quotes",
       .type = OptionType::Bool,
       .default_value = true,
       .doc = "Also compare quotations on their own, so that a quote repeated inside an otherwise "
              "new sentence, or cut shorter, is found."},
      {.name = "quote_overlap",
       .type = OptionType::Double,
       .default_value = 0.7,
       .doc = "A quotation sharing five words in a row with an earlier one repeats it when this "
              "share of its content words occurs in the earlier one (or when one of its clauses "
              "of six words or more occurs there word for word).",
       .min = 0.3,
       .max = 1.0},
  };
}

Settings read_settings(const newspipe::Options& options) {
  Settings s;
  s.mode = options.get_string("mode") == "mark" ? Mode::Mark : Mode::Drop;
  s.unit = options.get_string("unit") == "paragraph" ? Unit::Paragraph : Unit::Sentence;
  s.min_words = static_cast<int>(options.get_int("min_words"));
  s.threshold = options.get_double("threshold");
  s.within_article = options.get_bool("within_article");
  s.across_run = options.get_bool("across_run");
  s.across_runs = options.get_bool("across_runs");
  s.read_only = options.get_bool("read_only");
  s.retention_days = options.get_int("retention_days");
  s.whole_article_share = options.get_double("whole_article_share");
  s.quotes = options.get_bool("quotes");
  s.quote_overlap = options.get_double("quote_overlap");
  return s;
}

}  // namespace dedup
