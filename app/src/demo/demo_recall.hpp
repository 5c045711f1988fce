#pragma once
// The demo project's recall work (issue #14), so the Recall tab and
// `spiegel record` have something true to show: one stimulated-recall
// session Joost held with Sanne the day after the recording, with three
// moments from the demo's tags, what was asked and answered, lessons
// learned and the three SKJ dimensions; and one intervision session that
// is prepared but not held yet.
//   addDemoRecall(project, rec, joost.id, recordedOn);
#include "spiegel/annotate/civil_date.hpp"
#include "spiegel/store/project.hpp"

namespace spiegel::app::demo {

// `rec` carries the demo's tags already; `inquirer` is the reviewer row
// who prepared both sessions; the held one is dated the day after
// `recordedOn`. Only role labels appear in what is written: the family is
// never named.
void addDemoRecall(store::Project &p, const store::Recording &rec, const annotate::Uuid &inquirer,
                   annotate::CivilDate recordedOn);

} // namespace spiegel::app::demo
