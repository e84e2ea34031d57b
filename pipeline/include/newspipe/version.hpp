// newspipe SDK: the API version a plugin is compiled against.
#pragma once

#include <cstdint>

namespace newspipe {

/// The SDK's API version. It changes whenever a change to these headers would make a plugin built
/// against the old headers misbehave in the new host (a changed class layout, virtual function or
/// signature). The host accepts plugins whose version equals its own; rebuild a plugin against the
/// installed SDK to move it to a new version.
inline constexpr std::uint32_t kApiVersion = 1;

}  // namespace newspipe
