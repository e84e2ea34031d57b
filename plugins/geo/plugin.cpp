// The geo plugin's entry point: everything else lives in geo_core (src/).
#include "geo_stage.hpp"

namespace {
newspipe::PluginInfo geo_plugin_info() { return newspipe::geo::geo_info(); }
}  // namespace

NEWSPIPE_PLUGIN(geo_plugin_info, newspipe::geo::GeoStage)
