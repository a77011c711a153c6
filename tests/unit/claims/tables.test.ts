import { extractClaims } from "@/lib/claims/extract";
import { attributions, quotes } from "./helpers";

const cells = (text: string) => extractClaims(text).map((c) => [c.quote, c.value, c.unit, c.category, c.location]);

describe("text tables", () => {
  test("a cell's figure counts what its column's heading names, in the place its row names", () => {
    const text = "Settlement | Strikes | Killed | Injured\nHuliaipole | 612 | 1 | 4\nOrikhiv | 488 | 0 | 2";
    expect(cells(text)).toEqual([
      ["612", 612, "count", "attacks", "Huliaipole"], ["1", 1, "count", "killed", "Huliaipole"], ["4", 4, "count", "injured", "Huliaipole"],
      ["488", 488, "count", "attacks", "Orikhiv"], ["0", 0, "count", "killed", "Orikhiv"], ["2", 2, "count", "injured", "Orikhiv"],
    ]);
  });

  test("a row's label may end in a dash or a colon before figures set apart by slashes, and each column keeps its heading's count", () => {
    const text = "By district (attacks / injured):\n• Kupiansk district — 51 / 9\n• Izium district: 38 / 11";
    expect(cells(text).map(([quote, , , category, location]) => [quote, category, location])).toEqual([
      ["51", "attacks", "Kupiansk"], ["9", "injured", "Kupiansk"], ["38", "attacks", "Izium"], ["11", "injured", "Izium"],
    ]);
  });

  test("a short label's bracket heads the rows under it without a colon ('WHERE  (killed / injured)'), and 'obl.' is an oblast", () => {
    const text = "WHERE  (killed / injured)\n  Donetsk obl. ........... 61 / 214\n  Kharkiv obl. ........... 34 / 203";
    expect(cells(text).map(([quote, , , category, location]) => [quote, category, location])).toEqual([
      ["61", "killed", "Donetsk Oblast"], ["214", "injured", "Donetsk Oblast"], ["34", "killed", "Kharkiv Oblast"], ["203", "injured", "Kharkiv Oblast"],
    ]);
    // (a sentence is no such label)
    expect(cells("The strike on the market was the worst of the month (killed / injured)\n  Donetsk obl. ........... 61 / 214")).toEqual([]);
  });

  test("a column whose heading gives its unit after a comma or in brackets measures in it ('Occupied, sq km', 'Depth (km)')", () => {
    const table = "Table by direction (May 2025):\n\nDirection         | Occupied, sq km | Settlements | Max depth (km)\nPokrovsk          | 96.4            | 4           | 6.5";
    expect(extractClaims(table).map((c) => [c.quote, c.category, c.normalized.unit])).toEqual([["96.4", "area", "km2"], ["4", "settlements", "count"], ["6.5", "distance", "km"]]);
  });

  test("'incl. children' counts what the column before it counts; 'Objects damaged' counts damaged objects, 'Items destroyed' not", () => {
    const table = "Region            Attacks   Injured   incl. children   Objects damaged\nKharkiv              412       48          5               263";
    expect(extractClaims(table).map((c) => [c.quote, c.category])).toEqual([["412", "attacks"], ["48", "injured"], ["5", "injured"], ["263", "infrastructure"]]);
    const demining = "Oblast          Hectares released     Items destroyed\nKharkiv               1,095                 2,604";
    expect(extractClaims(demining).map((c) => [c.quote, c.category])[1]).toEqual(["2,604", "other"]);
  });

  test("an infographic's label over its figure, each on its own line, and a part of it under it ('incl. children')", () => {
    const page = "WEEK IN NUMBERS\n\nRussian attacks on settlements\n1,842\nCivilians killed\n64\nincl. children\n7\nSettlements shelled\n417\nin 11 regions";
    expect(extractClaims(page).map((c) => [c.quote, c.category])).toEqual([["1,842", "attacks"], ["64", "killed"], ["7", "killed"], ["417", "settlements"], ["11 regions", "other"]]);
    // (a heading over the other layout, figure over label, is no label: "Week in numbers" over "31" over "civilians killed")
    expect(extractClaims("Week in numbers\n31\ncivilians killed").map((c) => [c.quote, c.category])).toEqual([["31\ncivilians", "killed"]]);
    // (a figure line under a navigation bar is no label's figure)
    expect(extractClaims("UA NOW\nHome | War | Politics | Live\nKyiv +12°C\n\nA drone hit a house.").map((c) => c.quote)).toEqual([]);
  });

  test("a column of things remaining counts the things ('Mines remaining')", () => {
    expect(cells("District     Mines remaining\nIzium        1,200").map(([quote, , , category]) => [quote, category])).toEqual([["1,200", "other"]]);
  });

  test("a total row may leave its last column empty, and a column of those remaining counts people", () => {
    const text = "Town      Evacuated   Children   Est. remaining   Shelters\nPokrovsk    112          9          ~1,300          4\nTotal       804        126         ~9,100";
    expect(cells(text).map(([quote, , , category]) => [quote, category])).toEqual([
      ["112", "people"], ["9", "people"], ["~1,300", "people"], ["4", "infrastructure"], ["804", "people"], ["126", "people"], ["~9,100", "people"],
    ]);
  });

  test("an infographic's figure alone on its line counts what the line under it names", () => {
    const text = "[Slide 1 of 4 — CONSEQUENCES OF ENEMY ATTACKS]\n\n31\ncivilians killed\n\n463\nresidential buildings damaged or destroyed";
    expect(cells(text).map(([quote, value, , category]) => [quote, value, category])).toEqual([["31\ncivilians", 31, "killed"], ["463\nresidential buildings", 463, "infrastructure"]]);
  });

  test("a key-figures box's row, 'figure | label', counts what its label names, and quotes the figure", () => {
    const text = "KEY FIGURES\n142      | civilians killed in November\n6,870    | people evacuated from Donetsk Oblast";
    expect(cells(text)).toEqual([["142", 142, "count", "killed", null], ["6,870", 6870, "count", "people", "Donetsk Oblast"]]);
  });

  test("a caption's 'Source:' line right above a table credits its cells", () => {
    const table = "Region         Claimed   Peak night\nBryansk Oblast     612   94\nKursk Oblast       587   71";
    const text = `Kontur Monitoring Group\n\nTable 1. Ukrainian drones claimed destroyed, by region, April 2025\nSource: Russian Defence Ministry daily statements\n\n${table}`;
    expect(attributions(text)).toEqual(Array(4).fill("Russian Defence Ministry"));
    expect(attributions(text.replace("Source: Russian Defence Ministry daily statements\n", ""))).not.toContain("Russian Defence Ministry");
    expect(attributions(text.replace("Source:", "Sources:"))).toEqual(Array(4).fill("Russian Defence Ministry"));
  });

  test("the caption's counted noun gives the columns whose heading names nothing, not the towns its rows are", () => {
    const table = "Region         Claimed   Peak night\nBryansk Oblast     612   94";
    expect(cells(`Table 1. Ukrainian drones claimed destroyed, by region, April 2025\n${table}`).map(([quote, , , category]) => [quote, category])).toEqual([["612", "drones"], ["94", "drones"]]);
    expect(cells(`Estimated remaining population, selected towns\nTown   Remaining\nDruzhkivka   16,500`).map(([quote, , , category]) => [quote, category])).toEqual([["16,500", "people"]]);
    // (a sentence of prose above a table is no caption)
    expect(cells(`Ukrainian drones were claimed destroyed overnight.\nRegion         Claimed   Peak night\nBryansk Oblast     612   94`).map(([quote, , , category]) => [quote, category])).toEqual([["612", "other"], ["94", "other"]]);
  });

  test("rows under 'Oblast' are regions, 'Kyiv (city)' the city", () => {
    const text = "Oblast | IDPs hosted | Educational institutions damaged\nKharkiv | 398,000 | 1,214\nKyiv (city) | 366,000 | 318";
    expect(cells(text)).toEqual([
      ["398,000", 398000, "count", "people", "Kharkiv Oblast"], ["1,214", 1214, "count", "infrastructure", "Kharkiv Oblast"],
      ["366,000", 366000, "count", "people", "Kyiv"], ["318", 318, "count", "infrastructure", "Kyiv"],
    ]);
  });

  test("the caption's '(thousand tonnes)' scales every cell", () => {
    const text = "Cargo handling by type, ports of Greater Odesa (thousand tonnes)\n\nCargo type | February 2025\nIron ore | 1,120\nTotal | 7,200";
    expect(cells(text).map(([quote, value, unit]) => [quote, value, unit])).toEqual([["1,120", 1120000, "tonnes"], ["7,200", 7200000, "tonnes"]]);
  });

  test("the caption's unit before its source's bracket ('..., sq km (DeepState)') measures every cell, whatever a column calls it", () => {
    const text = "Month by month: area captured by Russian forces, sq km (DeepState)\nMonth | Captured | Main axis\nJan | 31 | Avdiivka";
    expect(cells(text).map(([quote, value, unit, category]) => [quote, value, unit, category])).toEqual([["31", 31, "sq km", "area"]]);
  });

  test("a page's header line with bars is no table; a table ends at a blank line", () => {
    expect(cells("Society | 02 September 2025, 13:05 | Updated 14:20")).toEqual([]);
    expect(cells("Region | Strikes\nSumy | 84\n\nKharkiv | 12 |")).toEqual([["84", 84, "count", "attacks", "Sumy Oblast"]]);
  });
  test("a 'Sources:' line under a table credits each column's figures to the source named for it", () => {
    const text = "Oblast | IDPs hosted | Educational institutions damaged\nDnipropetrovsk | 427,000 | 452\nKharkiv | 398,000 | 1,214\n\nSources: IDPs – IOM DTM, Round 20; educational institutions – Ministry of Education and Science.";
    expect(attributions(text)).toEqual(["IOM", "Ministry of Education and Science", "IOM", "Ministry of Education and Science"]);
  });

  test("a column whose heading ends in a source's name holds that source's figures; '(our count)' the page's own", () => {
    const page = "NEBO MONITOR · independent air-attack monitoring\nMonthly summary: December 2025\n\nWeek          Drones (our count)   Drones (Air Force)\n1–7 Dec                    1,318                1,296";
    expect(extractClaims(page).map((c) => [c.quote, c.attribution])).toEqual([["1,318", "Nebo Monitor"], ["1,296", "Ukrainian Air Force"]]);
    // (over a caption's credit too)
    const captioned = page.replace("\n\nWeek", "\n\nSource: Ukrainian Air Force daily reports\nWeek");
    expect(extractClaims(captioned).map((c) => [c.quote, c.attribution])).toEqual([["1,318", "Nebo Monitor"], ["1,296", "Ukrainian Air Force"]]);
  });

  test("a column's source followed by the documents and dates it was read from, whose range's dash separates nothing", () => {
    const text = "FRONTLINE MONITOR\nWeekly summary #87\n\nDirection   Clashes   Guided bombs\nKupiansk         97             35\nLyman           143             22\n\nSource: clashes and guided bombs, Ukrainian General Staff morning reports, 21–27 October 2024; change of area, DeepState.";
    expect(extractClaims(text).map((claim) => claim.attribution)).toEqual(Array(4).fill("Ukrainian General Staff"));
  });

  test("a credit naming a column exactly comes before one naming several columns at once", () => {
    const text = "Region | Drones | Drones downed\nSumy | 40 | 31\n\nSources: drones, Ukrainian Air Force; drones downed, Ukrainian General Staff.";
    expect(attributions(text)).toEqual(["Ukrainian Air Force", "Ukrainian General Staff"]);
  });

  test("a column's source after a comma, a credit naming two columns at once, over the page's own voice", () => {
    const page = "Energy Security Analytics Centre\nAssessment of damage to Ukraine's energy system\n\nTable 2. Largest attacks\n\nNight of     Missiles   Drones   Energy facilities hit\n10 Oct             32      465                      14\n\nSources: missiles and drones launched, Ukrainian Air Force; energy facilities hit, Ministry of Energy.";
    expect(extractClaims(page).map((c) => [c.quote, c.attribution])).toEqual([["32", "Ukrainian Air Force"], ["465", "Ukrainian Air Force"], ["14", "Ministry of Energy"]]);
  });
});

describe("a chart's series on one line", () => {
  const read = (text: string) => extractClaims(text).map((c) => [c.quote, c.category, c.normalized.unit, c.attribution]);
  test("each period's figure counts what the caption names, credited to the source line under it", () => {
    const text = "Chart: Russian casualties as claimed by Kyiv\nRussian troops killed and wounded, per month\nOct 2024: 41,980 | Nov: 45,720\nSource: Ukrainian General Staff.";
    expect(read(text)).toEqual([["41,980", "casualties", "count", "Ukrainian General Staff"], ["45,720", "casualties", "count", "Ukrainian General Staff"]]);
  });
  test("a caption's unit makes the figures areas; a thing it names wins over a toll word", () => {
    expect(read("Territory captured by Russian forces in Ukraine, sq km per month\nSep 2024: 476 | Oct: 610\nSource: ISW.")).toEqual([["476", "area", "km2", "ISW"], ["610", "area", "km2", "ISW"]]);
    expect(read("Russian armoured vehicles visually confirmed destroyed, damaged or captured, per month\nOct 2024: 312 | Nov: 298").map((c) => c[1])).toEqual(["equipment", "equipment"]);
  });
  test("... and a series set out line by line under its caption ('January — 427')", () => {
    expect(read("📊 Dynamics in 2025, km²\nJanuary — 427\nFebruary — 368")).toEqual([["427", "area", "km2", null], ["368", "area", "km2", null]]);
  });
  test("a line of cells that are no periods is no series", () => {
    expect(read("Russian troops killed and wounded\nKharkiv: 41,980 | Sumy: 45,720")).toEqual([]);
  });
});

describe("a text table aligned with spaces", () => {
  test("its columns are read as a '|' table's are, and its figures are no phone number", () => {
    const text = "DISTRICT              KILLED   INJURED   ATTACKS\nKharkiv district         3        35        41\nKupiansk district        5        12       187";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.location])).toEqual([
      ["3", "killed", "Kharkiv"], ["35", "injured", "Kharkiv"], ["41", "attacks", "Kharkiv"],
      ["5", "killed", "Kupiansk"], ["12", "injured", "Kupiansk"], ["187", "attacks", "Kupiansk"],
    ]);
  });
  test("an 'Evacuated' column counts people, as one of those remaining does, and an estimate's tilde stays in its cell", () => {
    const text = "Town              Evacuated   Children   Est. remaining\nPokrovsk             112          9           ~1,300";
    expect(extractClaims(text).map((c) => [c.quote, c.category])).toEqual([["112", "people"], ["9", "people"], ["~1,300", "people"]]);
  });
  test("a phone number's groups, one space apart, are still no figures", () => {
    expect(extractClaims("Hotline: 0 800 330 330. Two people were injured.").map((c) => c.quote)).toEqual(["Two people"]);
  });
});

describe("a text table set out with spaced em dashes", () => {
  test("'Oblast — attacks — killed — injured' over 'Kharkiv — 27 — 5 — 24': one figure a cell, no range across a cell's dash", () => {
    const text = "Oblast — attacks — killed — injured\nKharkiv — 27 — 5 — 24";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.location])).toEqual([["27", "attacks", "Kharkiv Oblast"], ["5", "killed", "Kharkiv Oblast"], ["24", "injured", "Kharkiv Oblast"]]);
  });
  test("a line with one dash is no table, and a spaced dash between two figures is still a range", () => {
    expect(extractClaims("Kupiansk district — consequences of the night\nKupiansk — 3 injured").map((c) => [c.quote, c.category])).toEqual([["3 injured", "injured"]]);
    expect(extractClaims("The drones flew 10 — 15 km into the region.").map((c) => [c.lower, c.upper])).toEqual([[10, 15]]);
  });
});

describe("a source line naming one of the UN's bodies", () => {
  test("narrows figures the caption gave to the UN at large", () => {
    const text = "Chart caption: Civilians killed in Ukraine, as verified by the UN. 2022: 8,231 | 2023: 2,034\nSource: UN Human Rights Monitoring Mission in Ukraine (HRMMU)";
    expect(attributions(text)).toEqual(["UN Human Rights Monitoring Mission", "UN Human Rights Monitoring Mission"]);
  });
});

test("a row whose last cell is a known source, maybe dated, credits the row's figures to it; a row's last cell of other words does not", () => {
  const figures = "The fact sheet's key figures for May.\n14.6 million    People in need of humanitarian assistance        OCHA – January 2024\n3.7 million     IDPs in Ukraine        IOM\n1.1 million     People reached        Kharkiv and Sumy";
  expect(extractClaims(figures).map((c) => c.attribution)).toEqual(["OCHA", "IOM", null]);
});

test("a table whose columns are periods: its heading's numbers are no figures, and each row's label says what its figures count, in which unit, and who counted them", () => {
  const table = [
    "Table 1. Week 23 compared with week 22",
    "Metric (source)                                 Week 23    Week 22",
    "Area captured, sq km (DeepState)                     96        143",
    "Combat clashes (General Staff)                    1,084      1,197",
    "Assaults, Pokrovsk direction (General Staff)        312        355",
  ].join("\n");
  expect(extractClaims(table).map((c) => [c.quote, c.unit, c.category, c.location, c.attribution])).toEqual([
    ["96", "sq km", "area", null, "DeepState"],
    ["143", "sq km", "area", null, "DeepState"],
    ["1,084", "count", "attacks", null, "Ukrainian General Staff"],
    ["1,197", "count", "attacks", null, "Ukrainian General Staff"],
    ["312", "count", "attacks", "Pokrovsk", "Ukrainian General Staff"],
    ["355", "count", "attacks", "Pokrovsk", "Ukrainian General Staff"],
  ]);
});

test("a table's period columns may be 'This week', 'Since 1 Oct' or 'Total', under a label holding its own period ('KEY FIGURES, WEEK 47')", () => {
  const table = "Our winter response.\nKEY FIGURES, WEEK 47                    This week    Since 1 Oct\nHouseholds reached with winter support        3,412        18,960\nGenerators installed at collective sites         62           240";
  expect(extractClaims(table).map((c) => [c.quote, c.category])).toEqual([["3,412", "people"], ["18,960", "people"], ["62", "other"], ["240", "other"]]);
  expect(extractClaims("Metric        Last week    Total\nHouseholds reached        3,412        18,960").map((c) => [c.quote, c.category])).toEqual([["3,412", "people"], ["18,960", "people"]]);
});

test("a series set out line by line by place ('Germany — 1,163,000') counts what its caption names, and the 'Source:' line under it credits every line", () => {
  const chart = "Chart 2. Internally displaced people by host region\nDnipropetrovsk Oblast — 441,000\nKharkiv Oblast — 398,000\nSource: IOM Displacement Tracking Matrix, December 2024";
  expect(extractClaims(chart).map((c) => [c.quote, c.category, c.location, c.attribution])).toEqual([
    ["441,000", "people", "Dnipropetrovsk Oblast", "IOM"],
    ["398,000", "people", "Kharkiv Oblast", "IOM"],
  ]);
  // (a place's line under a sentence that counts nothing counts nothing)
  expect(quotes("The minister visited the regions.\nDnipropetrovsk Oblast — 441,000")).toEqual([]);
});


describe("a table whose caption names its columns in a bracket, its rows led by dots", () => {
  test("'By district (strikes / injured):' over 'Kharkiv (city) ............ 41 / 19': each figure its column's, in its row's place", () => {
    const text = "By district (strikes / injured):\nKharkiv (city) ............ 41 / 19\nChuhuiv district .......... 47 / 6";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.location])).toEqual([
      ["41", "attacks", "Kharkiv"], ["19", "injured", "Kharkiv"], ["47", "attacks", "Chuhuiv"], ["6", "injured", "Chuhuiv"],
    ]);
    // (a spaced slash between prices in cents is still a rate's buy and sell, no cell)
    expect(extractClaims("USD 41.35 / 41.90 · EUR 44.10 / 44.80").filter((c) => c.isClaim !== false)).toEqual([]);
  });

  test("the bracket alone under its caption, a blank line before the rows", () => {
    const text = "Consequences of enemy attacks in the region, by community\n(strikes / killed / injured)\n\nOrikhiv ..................... 312 / 1 / 5";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.location])).toEqual([["312", "attacks", "Orikhiv"], ["1", "killed", "Orikhiv"], ["5", "injured", "Orikhiv"]]);
  });
});

describe("a table of oblasts by their adjectives, under its own 'Source:' line", () => {
  const table = (source: string) =>
    `OCHA Ukraine: Evacuation update\n\nTable 1. Evacuations by oblast\nOblast                      Evacuated   of whom children\nДонецька / Donetska            41,700        6,350\nСумська / Sumska               20,480        3,310\n${source}`;
  test("rows named 'Донецька / Donetska', 'Сумська / Sumska' are those oblasts", () => {
    expect(extractClaims(table("")).map((c) => c.location)).toEqual(["Donetsk Oblast", "Donetsk Oblast", "Sumy Oblast", "Sumy Oblast"]);
  });
  test("the line's first source outranks the page's voice the cells took; a later one does not", () => {
    expect(new Set(attributions(table("Source: Ministry of Social Policy; regional military administrations. Compiled by OCHA.")))).toEqual(new Set(["Ministry of Social Policy"]));
    expect(new Set(attributions(table("Source: OCHA field teams; Ministry of Social Policy.")))).toEqual(new Set(["OCHA"]));
  });
});
