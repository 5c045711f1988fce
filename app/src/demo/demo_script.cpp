#include "demo/demo_script.hpp"

#include <cstdio>
#include <sstream>

namespace spiegel::app::demo {
namespace {

// Written for Spiegel: a short session of a hulpverlener with a mother, a
// father and their teenager. It opens, asks about the week, meets a
// reluctant jeugdige, a moment of tension between the parents, a light joke,
// and ends with a small plan — the moments a reviewer would tag.
constexpr std::string_view kScript = R"(H|Goedemiddag allemaal, fijn dat jullie er weer zijn. Zullen we beginnen?
M|Ja hoor, we zijn er klaar voor. Denk ik.
H|Daan, jij ook? Je kijkt een beetje alsof je liever ergens anders was.
J|Het gaat wel.
H|Dat is eerlijk. Hoe was de afgelopen week bij jullie thuis?
M|Wisselend. Maandag en dinsdag gingen goed, daarna werd het lastiger.
V|Lastiger is zacht uitgedrukt. Woensdag was er weer ruzie over de telefoon.
J|Ja, omdat jij hem gewoon afpakte zonder iets te zeggen.
V|Omdat het half twaalf was en je de volgende dag school had.
H|Ik hoor twee kanten. Daan, wat gebeurde er voor jou op dat moment?
J|Weet ik niet. Ik was gewoon met vrienden aan het praten.
H|Dus het voelde alsof je midden in een gesprek werd afgebroken.
J|Ja. Zoiets.
M|Maar we hadden toch afgesproken dat de telefoon om tien uur beneden ligt?
V|Dat hadden we afgesproken, maar jij controleert het nooit. Dan ben ik weer de boeman.
M|Dat is niet eerlijk. Ik sta er 's avonds vaak alleen voor.
H|Ik merk dat dit voor jullie allebei gevoelig ligt. Mag ik even stilstaan bij wat er nu gebeurt?
V|Ga je gang.
H|Jullie willen allebei hetzelfde: dat Daan genoeg slaapt. Alleen voelen jullie je er allebei alleen in.
M|Ja. Dat klopt eigenlijk wel.
V|Hm. Misschien wel, ja.
H|Daan, wat doet het met jou als je ouders hierover botsen?
J|Dan ga ik naar boven. Koptelefoon op.
H|Dat snap ik. Het is ook niet jouw taak om dat op te lossen.
J|Nee. Maar het gaat wel steeds over mij.
H|Dat is een belangrijk punt. Dank je dat je dat zegt.
V|Nou, die telefoon zoemt anders vaker dan onze wasmachine.
J|Pap, de wasmachine zoemt niet. Die piept.
M|Dat klopt. Drie keer, midden in de nacht.
H|Dan is er in ieder geval één ding waar jullie het alle drie over eens zijn.
H|Zullen we een klein plan maken voor deze week? Iets wat haalbaar is.
M|Graag. Iets kleins.
J|Als ik de telefoon om half elf zelf beneden leg, hoeft niemand hem af te pakken.
V|Half elf. Dat vind ik redelijk, als het dan ook echt gebeurt.
M|En dan zeggen wij er verder niets van. Geen gezeur.
H|Mooi. Daan legt hem zelf weg en jullie laten het bij hem. Volgende week kijken we hoe het ging.
J|Oké. Mag ik nu gaan?
H|Bijna. Eerst nog de volgende afspraak. Dank jullie wel voor vandaag.
)";

std::string vttTime(Micros t) {
  const long long ms = t / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", ms / 3'600'000, ms / 60'000 % 60, ms / 1000 % 60,
                ms % 1000);
  return buf;
}

} // namespace

const std::vector<Speaker> &speakers() {
  // Four clearly different voices: two female variants, a low male voice
  // and a higher, quicker one for the teenager.
  static const std::vector<Speaker> kSpeakers = {
      {"Hulpverlener", "nl+f3", 50, 150},
      {"Moeder", "nl+f4", 62, 160},
      {"Vader", "nl+m3", 32, 145},
      {"Jeugdige", "nl+m1", 72, 172},
  };
  return kSpeakers;
}

std::vector<Line> script() {
  std::vector<Line> lines;
  std::istringstream in{std::string(kScript)};
  for (std::string row; std::getline(in, row);) {
    if (row.size() < 3 || row[1] != '|')
      continue;
    const int who = row[0] == 'H' ? 0 : row[0] == 'M' ? 1 : row[0] == 'V' ? 2 : 3;
    lines.push_back({who, row.substr(2)});
  }
  return lines;
}

std::string toWebVtt(const std::vector<Cue> &cues) {
  std::string out = "WEBVTT\n\n";
  int n = 1;
  for (const auto &c : cues) {
    out += std::to_string(n++) + "\n" + vttTime(c.start) + " --> " + vttTime(c.end) + "\n<v " +
           std::string(speakers()[static_cast<std::size_t>(c.speaker)].role) + ">" + c.text + "\n\n";
  }
  return out;
}

} // namespace spiegel::app::demo
