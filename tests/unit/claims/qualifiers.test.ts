import { only } from "./helpers";

describe("qualifiers become intervals", () => {
  test.each([
    ["16 airstrikes", "exact", 16, 16],
    ["about 100 drones", "about", 90, 110],
    ["around 12,000 people", "about", 10800, 13200],
    ["roughly 50 armored vehicles", "about", 45, 55],
    ["some 200 troops", "about", 180, 220],
    ["nearly 30 houses", "nearly", 27, 30],
    ["almost 30 private houses", "nearly", 27, 30],
    ["more than 11,000 residents", "more_than", 11000, null],
    ["well over 100,000 lives", "more_than", 100000, null],
    ["over 600 children", "more_than", 600, null],
    ["at least six people", "at_least", 6, null],
    ["no fewer than 20 tanks", "at_least", 20, null],
    ["up to 95 servicemen", "up_to", 0, 95],
    ["as many as 40 drones", "up_to", 0, 40],
    ["fewer than 20 soldiers", "fewer_than", 0, 20],
  ])("%s", (quote, qualifier, lower, upper) => {
    const claim = only(`Officials counted ${quote} in the area.`);
    expect(claim).toMatchObject({ quote, qualifier, lower, upper });
    expect(claim.rule).toBeTruthy();
  });

  test("exclusive ends are recorded", () => {
    expect(only("They saw more than 5 tanks.")).toMatchObject({ lowerExclusive: true, upperExclusive: false });
    expect(only("They saw nearly 5 tanks.")).toMatchObject({ lowerExclusive: false, upperExclusive: true });
  });
});
