import { describe, expect, it } from "vitest";
import { parseCaseListParams, parseJuryOverviewParams, parsePageParam } from "#app/forms/list-params.ts";

const params = (query: string) => new URLSearchParams(query);

describe("the chair's list parameters", () => {
  it("read what the links and filters put in the address", () => {
    expect(
      parseCaseListParams(params("competition=2&category=5&status=draft&q=%20Fjord%20&sort=title&dir=desc&page=3")),
    ).toEqual({ competition: 2, category: 5, status: "draft", q: "Fjord", sort: "title", dir: "desc", page: 3 });
  });

  it("fall back to the defaults for anything that makes no sense, instead of refusing", () => {
    expect(
      parseCaseListParams(params(`competition=x&category=-1&status=lost&q=${"a".repeat(101)}&sort=x&dir=up&page=0`)),
    ).toEqual({ sort: "reference", dir: "asc", page: 1 });
    expect(parseCaseListParams(params("page=2.5&q=%20%20"))).toEqual({ sort: "reference", dir: "asc", page: 1 });
    expect(parseCaseListParams(params("page=99999999999"))).toMatchObject({ page: 1 });
  });

  it("keep the jury overview's lists apart", () => {
    expect(
      parseJuryOverviewParams(params("csort=final&cdir=desc&cpage=2&cstatus=short&jstanding=late&jsort=x&jpage=4")),
    ).toEqual({
      csort: "final",
      cdir: "desc",
      cpage: 2,
      cstatus: "short",
      jstanding: "late",
      jsort: "name",
      jdir: "asc",
      jpage: 4,
      fpage: 1,
    });
  });

  it("read a juror's page, the first when missing or wrong", () => {
    expect(parsePageParam(params("page=2"))).toBe(2);
    expect(parsePageParam(params(""))).toBe(1);
    expect(parsePageParam(params("page=-1"))).toBe(1);
  });
});
