// The named groups that debris rules belong to; each can be switched off in the config.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace newspipe::clean {

enum class RuleGroup {
  Placeholder,   ///< image placeholders, spacer lines, figure labels ("... map", "Graphic: ...")
  Caption,       ///< photo captions and credits ("Image caption ...", "... . AFP", "Getty Images")
  Widget,        ///< page widgets: translation, audio players, text size, reading time
  Dateline,      ///< "Updated: ...", "Published 3 hours ago", lines that are only a date and time
  Related,       ///< related-story headers and lists of headlines
  CallToAction,  ///< read more, share, newsletter, print, comment prompts
  CookieAds,     ///< cookie notices, advertisement and sponsored-content labels
  Byline,        ///< bylines, reporting credits, agency footers
  Navigation,    ///< menus, breadcrumbs, tags and topics, live/breaking badges
  Legal,         ///< copyright and rights notices
  Markup,        ///< lines with no letters or digits left (separators, stray symbols)
  Custom,        ///< rules from the config's custom_rules
};

inline constexpr std::array<RuleGroup, 12> kAllRuleGroups = {
    RuleGroup::Placeholder, RuleGroup::Caption,      RuleGroup::Widget,    RuleGroup::Dateline,
    RuleGroup::Related,     RuleGroup::CallToAction, RuleGroup::CookieAds, RuleGroup::Byline,
    RuleGroup::Navigation,  RuleGroup::Legal,        RuleGroup::Markup,    RuleGroup::Custom};

/// The name used in the config (`disable = [...]`) and as `reason` in the output.
constexpr std::string_view rule_group_name(RuleGroup g) {
  switch (g) {
    case RuleGroup::Placeholder:
      return "placeholder";
    case RuleGroup::Caption:
      return "caption";
    case RuleGroup::Widget:
      return "widget";
    case RuleGroup::Dateline:
      return "dateline";
    case RuleGroup::Related:
      return "related";
    case RuleGroup::CallToAction:
      return "call_to_action";
    case RuleGroup::CookieAds:
      return "cookie_ads";
    case RuleGroup::Byline:
      return "byline";
    case RuleGroup::Navigation:
      return "navigation";
    case RuleGroup::Legal:
      return "legal";
    case RuleGroup::Markup:
      return "markup";
    case RuleGroup::Custom:
      return "custom";
  }
  return "?";
}

inline std::optional<RuleGroup> parse_rule_group(std::string_view name) {
  for (RuleGroup g : kAllRuleGroups) {
    if (rule_group_name(g) == name) return g;
  }
  return std::nullopt;
}

/// Which groups are switched on.
class RuleGroupSet {
 public:
  static RuleGroupSet all() {
    RuleGroupSet s;
    s.bits_ = (1u << kAllRuleGroups.size()) - 1;
    return s;
  }
  bool contains(RuleGroup g) const { return (bits_ >> static_cast<unsigned>(g)) & 1u; }
  void remove(RuleGroup g) { bits_ &= ~(1u << static_cast<unsigned>(g)); }

 private:
  unsigned bits_ = 0;
};

}  // namespace newspipe::clean
