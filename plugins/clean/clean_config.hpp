// The clean stage's settings, read from its checked options.
#pragma once
#include <string>
#include <vector>

#include "newspipe/options.hpp"
#include "newspipe/plugin.hpp"
#include "normalizer.hpp"
#include "rule_group.hpp"

namespace newspipe::clean {

struct CleanConfig {
  NormalizeOptions normalize;
  /// Join hard-wrapped lines of a paragraph into one line.
  bool unwrap = true;
  /// Remove debris lines at all (false: only normalise).
  bool remove_debris = true;
  RuleGroupSet groups = RuleGroupSet::all();
  std::vector<std::string> custom_rules;
  /// Above this share of an article's characters, removal is called off for that article.
  double max_removed_share = 0.6;
  /// List every removed line in the output (counts are always given).
  bool report_removed = true;
};

/// The plugin's self-description with its declared options.
PluginInfo clean_plugin_info();

/// Reads the checked options. Throws std::invalid_argument for a group name that does not exist.
CleanConfig config_from_options(const Options& options);

}  // namespace newspipe::clean
