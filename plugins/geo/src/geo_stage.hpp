// The geo stage: options, the loaded gazetteer, and the result object of contract §5.
#pragma once

#include <memory>

#include "gazetteer.hpp"
#include "geoparser.hpp"
#include "newspipe/sdk.hpp"

namespace newspipe::geo {

/// The plugin's self-description and declared options.
PluginInfo geo_info();

/// The `geo` result object for `text` (contract §5), with code-point offsets.
Value geo_result(std::string_view text, const Gazetteer& gazetteer, const GeoConfig& config);

class GeoStage : public Stage {
 public:
  /// Loads the gazetteer named by the options; throws std::runtime_error with a message for the
  /// user when a file is missing or malformed or an option value is unusable.
  GeoStage(const Options& options, StageContext& ctx);
  void process_article(Article& article, StageContext& ctx) override;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  std::unique_ptr<Gazetteer> gazetteer_;
  GeoConfig config_;
};

}  // namespace newspipe::geo
