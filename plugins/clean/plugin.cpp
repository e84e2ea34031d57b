// The clean plugin's entry point: its description and its stage.
#include "clean_config.hpp"
#include "clean_stage.hpp"
#include "newspipe/sdk.hpp"

namespace {
newspipe::PluginInfo clean_info() { return newspipe::clean::clean_plugin_info(); }
}  // namespace

NEWSPIPE_PLUGIN(clean_info, newspipe::clean::CleanStage)
