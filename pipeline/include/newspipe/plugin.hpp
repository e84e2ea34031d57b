// newspipe SDK: describing a plugin and exporting it from a shared library.
//
// A plugin library exports exactly one symbol, through NEWSPIPE_PLUGIN: a PluginEntry whose first
// member is the SDK API version it was compiled against. The host reads that number before it runs
// any other code of the plugin and refuses a library whose version it does not support.
//
//   class Shout : public newspipe::Stage { ... };
//   newspipe::PluginInfo shout_info() {
//     return {.name = "shout", .version = "1.0.0", .description = "Upper-cases the title",
//             .options = {...}, .access = newspipe::Access::ReadsText};
//   }
//   NEWSPIPE_PLUGIN(shout_info, Shout)   // Shout(const newspipe::Options&,
//   newspipe::StageContext&)
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newspipe/options.hpp"
#include "newspipe/stage.hpp"
#include "newspipe/version.hpp"

namespace newspipe {

/// What a stage does with an article, checked by the host when it validates the stage order
/// (a stage that rewrites text may not run after one that reports offsets into it). Combine with |.
enum class Access : std::uint32_t {
  None = 0,
  ReadsText = 1u << 0,       ///< reads `text` / `title`
  RewritesText = 1u << 1,    ///< changes `text` (offsets reported earlier would go stale)
  ReportsOffsets = 1u << 2,  ///< its results hold code-point offsets into `text`
  DropsArticles = 1u << 3,   ///< may call Article::drop
  UsesState = 1u << 4,       ///< keeps state across runs in its state folder
};
constexpr Access operator|(Access a, Access b) {
  return static_cast<Access>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
constexpr bool has(Access set, Access flag) {
  return (static_cast<std::uint32_t>(set) & static_cast<std::uint32_t>(flag)) != 0;
}

/// A plugin's self-description, shown by `newspipe plugins` and `newspipe describe`.
struct PluginInfo {
  /// The plugin's name, used as `plugin = "<name>"` in TOML and as the default stage name.
  std::string name;
  /// The plugin's own version (semantic versioning suggested).
  std::string version;
  /// One line: what the stage does.
  std::string description;
  /// Every option the stage accepts; anything else in `[stages.options]` is a config error.
  std::vector<OptionSpec> options;
  /// What the stage reads and writes.
  Access access = Access::ReadsText;
};

/// Creates a stage from its checked options. May throw; the host reports the message.
using StageFactory = std::unique_ptr<Stage> (*)(const Options& options, StageContext& ctx);

/// The one exported symbol of a plugin library. Its layout starts with the API version and must
/// never change in a way that moves that member.
struct PluginEntry {
  /// kApiVersion of the SDK the plugin was compiled against.
  std::uint32_t api_version;
  /// Returns the plugin's description. Called only after the API version has been accepted.
  PluginInfo (*info)();
  /// Creates a stage. Called only after the API version has been accepted.
  StageFactory create;
};

/// The name under which NEWSPIPE_PLUGIN exports the PluginEntry.
inline constexpr const char* kPluginEntrySymbol = "newspipe_plugin_entry";

}  // namespace newspipe

#include <boost/dll/alias.hpp>  // only for the macro below; no Boost type is part of the SDK

/// Exports a plugin: INFO_FN is a function `newspipe::PluginInfo()`, STAGE_TYPE a class derived
/// from newspipe::Stage with a constructor `(const newspipe::Options&, newspipe::StageContext&)`.
/// Use once per library, at namespace scope.
#define NEWSPIPE_PLUGIN(INFO_FN, STAGE_TYPE)                                           \
  namespace newspipe_plugin_detail {                                                   \
  static std::unique_ptr<::newspipe::Stage> create(const ::newspipe::Options& options, \
                                                   ::newspipe::StageContext& ctx) {    \
    return std::make_unique<STAGE_TYPE>(options, ctx);                                 \
  }                                                                                    \
  const ::newspipe::PluginEntry entry{::newspipe::kApiVersion, &INFO_FN, &create};     \
  }                                                                                    \
  BOOST_DLL_ALIAS(newspipe_plugin_detail::entry, newspipe_plugin_entry)
