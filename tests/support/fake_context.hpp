// The SDK's test context (newspipe/testing.hpp), under the name the project's tests include.
#pragma once

#include "newspipe/testing.hpp"
