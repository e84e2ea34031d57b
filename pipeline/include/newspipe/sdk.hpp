// newspipe SDK: everything a plugin needs, in one include.
#pragma once

#include "newspipe/article.hpp"
#include "newspipe/context.hpp"
#include "newspipe/options.hpp"
#include "newspipe/plugin.hpp"
#include "newspipe/stage.hpp"
#include "newspipe/value.hpp"
#include "newspipe/version.hpp"
