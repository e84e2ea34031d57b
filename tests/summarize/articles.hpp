// Short news-style articles written for these tests.
#pragma once

namespace newspipe::summarize::testing {

// A story with a lead, debris (caption with credit, a link line, a timestamp), a teaser question,
// a bare quote, and one sentence that repeats the lead almost word for word.
inline constexpr const char* kFloodArticle =
    "Valley floods: thousands leave their homes\n\n"
    "Rescue boats on the Marren river near Oldbridge on Monday. Reuters\n\n"
    "Heavy rain flooded the Marren valley on Monday, forcing thousands of residents to leave their "
    "homes as the river burst its banks.\n\n"
    "Emergency crews used boats to reach families trapped in villages along the river, the "
    "regional fire service said.\n\n"
    "Heavy rain flooded the Marren valley on Monday and forced thousands of residents to leave "
    "their homes when the river burst its banks.\n\n"
    "Will the valley ever be safe again?\n\n"
    "\"We lost everything in an hour.\"\n\n"
    "The regional government said it would pay for temporary housing and repair the flood "
    "defences of the valley before the winter.\n\n"
    "Read more: how the valley flood defences were built\n\n"
    "Forecasters expect the rain over the Marren valley to ease by Wednesday, but warned that the "
    "river would stay high for days.\n\n"
    "Insurers said the cost of the flooding in the valley could reach several hundred million "
    "euros.\n\n"
    "Updated: 14 March, 10:02";

inline constexpr const char* kFloodTitle = "Thousands leave their homes as Marren valley floods";

}  // namespace newspipe::summarize::testing
