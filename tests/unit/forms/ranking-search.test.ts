import { describe, expect, it } from "vitest";
import { rankingViewParams } from "#app/domain/ranking-list.ts";
import { parseRankingView } from "#app/forms/ranking-search.ts";

const parse = (query: string) => parseRankingView(new URLSearchParams(query));

describe("the ranking page's address", () => {
  it("gives the default view for an empty address", () => {
    expect(parse("")).toEqual({
      sort: "rank",
      direction: "asc",
      flag: undefined,
      search: undefined,
      page: 1,
      size: 25,
    });
  });

  it("reads sort, direction, flag, search, page and size", () => {
    expect(parse("sort=score&dir=asc&flag=too-few&q=%20Sol%20&page=3&size=100")).toEqual({
      sort: "score",
      direction: "asc",
      flag: "too-few",
      search: "Sol",
      page: 3,
      size: 100,
    });
    expect(parse("sort=spread").direction).toBe("desc");
  });

  it("falls back to the default for nonsense instead of failing", () => {
    expect(parse("sort=drop%20table&dir=up&flag=x&page=-1&size=7&q=")).toEqual(parse(""));
    expect(parse("page=1e99&size=abc")).toMatchObject({ page: 1, size: 25 });
    expect(parse(`q=${"x".repeat(500)}`).search).toBeUndefined();
    expect(parse("page=2.5").page).toBe(1);
  });

  it("writes a view back to the shortest address that reads the same", () => {
    for (const query of ["", "sort=score&dir=asc&flag=any&q=Sol&page=3&size=50", "sort=title"]) {
      const view = parse(query);
      expect(parse(new URLSearchParams(rankingViewParams(view)).toString())).toEqual(view);
    }
    expect(rankingViewParams(parse("sort=rank&dir=asc&page=1&size=25"))).toEqual({});
  });
});
