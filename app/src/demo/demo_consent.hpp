#pragma once
// The demo project's consent records (issue #13 §1), so the Consent tab has
// something true to show: a family that agreed to reflection, supervision,
// intervision and recall on the day of recording; teaching with the young
// person's face hidden only and refused by the father; research never asked.
//   addDemoConsent(project, rec, {hulpverlener, moeder, vader, jeugdige}, localToday());
#include "spiegel/annotate/civil_date.hpp"
#include "spiegel/store/project.hpp"

#include <array>

namespace spiegel::app::demo {

// `people`: hulpverlener, moeder, vader, jeugdige (the demo's order). The
// recording is dated 14 days before `today`, kept a year; the young person
// is 13 or 14 today, with both parents holding custody (checked in the
// register three days before the recording).
void addDemoConsent(store::Project &p, store::Recording rec, const std::array<annotate::Uuid, 4> &people,
                    annotate::CivilDate today);

} // namespace spiegel::app::demo
