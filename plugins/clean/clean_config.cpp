#include "clean_config.hpp"

#include <stdexcept>

namespace newspipe::clean {

PluginInfo clean_plugin_info() {
  std::string groups;
  for (RuleGroup g : kAllRuleGroups) {
    if (!groups.empty()) groups += ", ";
    groups += rule_group_name(g);
  }
  return PluginInfo{
      .name = "clean",
      .version = "1.0.0",
      .description =
          "Normalises scraped text and removes page debris (captions, share prompts, "
          "related links, ads...) line by line, reporting every removed line",
      .options =
          {
              {.name = "unicode_form",
               .type = OptionType::String,
               .default_value = "nfc",
               .doc = "Unicode normal form of the output: nfc, or nfkc to also fold "
                      "compatibility characters (ligatures, full-width letters, superscripts).",
               .choices = {"nfc", "nfkc"}},
              {.name = "strip_html",
               .type = OptionType::Bool,
               .default_value = true,
               .doc = "Strip HTML tags (block tags become line breaks, scripts and styles are "
                      "dropped) and decode character references such as &amp; and &#8217;."},
              {.name = "ascii_punctuation",
               .type = OptionType::Bool,
               .default_value = false,
               .doc = "Turn curly quotes, primes and dashes into their ASCII forms."},
              {.name = "unwrap",
               .type = OptionType::Bool,
               .default_value = true,
               .doc = "Join the hard-wrapped lines of a paragraph into one line (and words "
                      "hyphenated across a line break into one word)."},
              {.name = "remove_debris",
               .type = OptionType::Bool,
               .default_value = true,
               .doc = "Remove debris lines. With false the stage only normalises the text."},
              {.name = "disable",
               .type = OptionType::StringList,
               .default_value = Value::array(),
               .doc = "Rule groups to switch off, any of: " + groups + "."},
              {.name = "custom_rules",
               .type = OptionType::StringList,
               .default_value = Value::array(),
               .doc = "Extra debris rules: a literal phrase removes lines that are or start with "
                      "it (case and punctuation ignored); \"re:PATTERN\" removes lines where the "
                      "regular expression matches (ECMAScript, case ignored)."},
              {.name = "max_removed_share",
               .type = OptionType::Double,
               .default_value = 0.6,
               .doc = "If the rules would remove more than this share of an article's "
                      "characters, the article is kept whole and a warning is counted.",
               .min = 0.0,
               .max = 1.0},
              {.name = "report_removed",
               .type = OptionType::Bool,
               .default_value = true,
               .doc = "List every removed line with its reason in the output (counts are "
                      "always reported)."},
          },
      .access = Access::ReadsText | Access::RewritesText,
  };
}

CleanConfig config_from_options(const Options& options) {
  CleanConfig c;
  c.normalize.nfkc = options.get_string("unicode_form") == "nfkc";
  c.normalize.strip_html = options.get_bool("strip_html");
  c.normalize.ascii_punctuation = options.get_bool("ascii_punctuation");
  c.unwrap = options.get_bool("unwrap");
  c.remove_debris = options.get_bool("remove_debris");
  for (const std::string& name : options.get_string_list("disable")) {
    const auto g = parse_rule_group(name);
    if (!g) {
      std::string known;
      for (RuleGroup k : kAllRuleGroups) {
        if (!known.empty()) known += ", ";
        known += rule_group_name(k);
      }
      throw std::invalid_argument("disable: unknown rule group \"" + name + "\" (known: " + known +
                                  ")");
    }
    c.groups.remove(*g);
  }
  c.custom_rules = options.get_string_list("custom_rules");
  c.max_removed_share = options.get_double("max_removed_share");
  c.report_removed = options.get_bool("report_removed");
  return c;
}

}  // namespace newspipe::clean
